// Reliability tests for the extension host.
//   - “accept” never clobbers a .cluetrain.yaml changed on disk behind the editor's back, and
//     never saves nor loses the user's unsaved edits to it. index.ts imports this file, so these
//     run in its host, on its workspace copy; they keep to folders of their own (reliability*/)
//     and delete them, so the order they run in does not matter to them nor to index.ts's tests.
//   - an audit of 10,000 files runs with bounded memory and the host stays responsive. This one
//     takes minutes, more than index.ts's 60 s per test, so it runs in a host of its own:
//     scripts/e2e/test-extension.mjs bundles this file, sets CLUETRAIN_E2E_SUITE=memory and calls
//     run() below.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import * as vscode from 'vscode'
import { parse } from 'yaml'
import { ACCEPT_COMMAND } from '../../../src/extension/actions.js'
import type { ExtensionApi } from '../../../src/extension/extension.js'
import { assert, assertEqual, runAll, test, waitFor } from './harness.js'
// The accept tests on configs that corrupted, and on a file another process appends to.
import './accept-config.js'

const folder = () => vscode.workspace.workspaceFolders![0].uri
const file = (path: string) => vscode.Uri.joinPath(folder(), path)
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Cluetrain')
const onDisk = (uri: vscode.Uri) => readFileSync(uri.fsPath, 'utf8')

// A config with comments, a blank line, an odd indentation (4 spaces) and trailing comments: the
// accepted word must come in as one line in that style, and nothing else may move.
const CONFIG = `# House style for the reliability tests.
language: en   # keep English

accept:          # words we keep
    - Nimbus     # our product
rules:
  hype: warning
`
// What a teammate's \`git pull\` (or another editor) writes meanwhile: a comment at the top, which
// shifts every offset, and one more accepted word.
const EXTERNAL = `# Reviewed on Monday: keep Zephyr too.
${CONFIG.replace('    - Nimbus     # our product\n', '    - Nimbus     # our product\n    - Zephyr     # the other product\n')}`
// EXTERNAL plus the accepted word, inserted after the last item in the list's own indentation.
const EXTERNAL_ACCEPTED = EXTERNAL.replace('    - Zephyr     # the other product\n', '    - Zephyr     # the other product\n    - synergies\n')

async function freshConfig(dir: string): Promise<{ config: vscode.Uri; copy: vscode.Uri }> {
  rmSync(file(dir).fsPath, { recursive: true, force: true })
  mkdirSync(file(dir).fsPath, { recursive: true })
  const config = file(`${dir}/.cluetrain.yaml`)
  const copy = file(`${dir}/copy.md`)
  writeFileSync(config.fsPath, CONFIG)
  writeFileSync(copy.fsPath, 'We leverage synergies across the board.\n')
  return { config, copy }
}

/** Opens the config in an editor and waits until the editor's copy is the file on disk. */
async function openConfig(config: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(config)
  const editor = await vscode.window.showTextDocument(document)
  await waitFor(() => document.getText() === onDisk(config), 'the editor to show the config as on disk')
  return editor
}

/** Throws away unsaved edits in the active editor (the config) and closes it. */
async function revertAndClose(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
}

/** Whatever happened: no dirty editor left (closing one would ask “Save?”), no folder left. */
async function cleanUp(dir: string): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || !document.uri.path.startsWith(`${file(dir).path}/`)) continue
    await vscode.window.showTextDocument(document)
    await revertAndClose()
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors')
  rmSync(file(dir).fsPath, { recursive: true, force: true })
}

const MEMORY_RUN = process.env.CLUETRAIN_E2E_SUITE === 'memory'
const inMainRun = MEMORY_RUN ? () => {} : test

/** A fresh folder with the config and a copy to accept a word from; removed afterwards, whatever happened. */
async function withConfig(dir: string, body: (paths: { config: vscode.Uri; copy: vscode.Uri }) => Promise<void>): Promise<void> {
  try {
    await body(await freshConfig(dir))
  } finally {
    await cleanUp(dir)
  }
}

/** The config open in an editor, with an edit the user has not saved. */
async function withUnsavedNote(config: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await openConfig(config)
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# my unsaved note\n'))
  return editor
}

async function acceptSynergies(copy: vscode.Uri): Promise<void> {
  const ok = await vscode.commands.executeCommand<boolean>(ACCEPT_COMMAND, copy, 'synergies')
  assert(ok, 'the accept command reports success')
}

inMainRun('accept: a .cluetrain.yaml changed on disk just before is not clobbered (editor open, no unsaved edits)', () =>
  withConfig('reliability', async ({ config, copy }) => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy), { preview: false })
    await waitFor(() => ours(copy).some((d) => d.message.includes('synergies')), '“synergies” flagged before it is accepted')
    const editor = await openConfig(config)
    // Behind the editor's back, with Node's fs, and no wait: VS Code has not seen the change yet
    // when the command runs, so the editor's copy of the file is stale.
    writeFileSync(config.fsPath, EXTERNAL)
    await acceptSynergies(copy)
    const text = onDisk(config)
    assert(text.includes('# Reviewed on Monday') && text.includes('- Zephyr'), `the change made on disk is kept:\n${text}`)
    assert(text.includes('- synergies'), `the accepted word is on disk:\n${text}`)
    assertEqual(text, EXTERNAL_ACCEPTED, 'one line added in the file’s own style; comments, blank line and indentation kept')
    assertEqual(parse(text).accept, ['Nimbus', 'Zephyr', 'synergies'], 'the YAML reads as intended')
    await waitFor(() => !editor.document.isDirty && editor.document.getText() === text, 'the editor shows the saved file, not dirty')
    await waitFor(() => !ours(copy).some((d) => d.message.includes('synergies')), 'the accepted word is no longer flagged')
  }),
)

inMainRun('accept: unsaved edits to .cluetrain.yaml are neither saved nor lost', () =>
  withConfig('reliability-dirty', async ({ config, copy }) => {
    const editor = await withUnsavedNote(config)
    assert(editor.document.isDirty, 'the config has unsaved edits')
    await acceptSynergies(copy)
    assertEqual(onDisk(config), CONFIG, 'nothing saved: the file on disk is unchanged')
    assert(editor.document.isDirty, 'the config still has unsaved changes, left for the user to save')
    assertEqual(editor.document.getText(), `# my unsaved note\n${CONFIG.replace('# our product\n', '# our product\n    - synergies\n')}`, 'the editor has the user’s edit and the accepted word')
    await revertAndClose()
  }),
)

inMainRun('accept: unsaved edits and a change on disk at the same time: neither is lost, nothing is saved', () =>
  withConfig('reliability-both', async ({ config, copy }) => {
    const editor = await withUnsavedNote(config)
    writeFileSync(config.fsPath, EXTERNAL)
    await acceptSynergies(copy)
    assertEqual(onDisk(config), EXTERNAL, 'the change on disk is kept, and the unsaved edits were not saved over it')
    const text = editor.document.getText()
    assert(editor.document.isDirty && text.startsWith('# my unsaved note\n') && text.includes('    - synergies\n'), `the editor keeps the user’s edit and has the word, unsaved:\n${text}`)
    await revertAndClose()
  }),
)

// ---------------------------------------------------------------------------------------------
// Memory. The audit reads each file, sends its text to a worker thread, gets the findings back and
// publishes them; nothing else about a file should outlive its turn (no text, no tree). What must
// stay is what the Problems panel shows: the diagnostics and the findings behind them.

const FILES = 10_000
// Copy with findings (one or two per file, English or French) and plain sentences around them.
const FINDINGS = [
  'We leverage our synergies to move the needle.',
  'Our best-in-class team is passionate about seamless solutions.',
  'Il faut booster la transformation digitale.',
  'Nous proposons une offre innovante et disruptive.',
]
const PLAIN = [
  'The shop opens at nine, and Ana answers the phone herself.',
  'We bake the bread on site every morning, before the first customers arrive.',
  'Last winter the oven broke twice; a part from the supplier in Lyon fixed it.',
  'Prices went up by ten cents in March, because flour costs more than a year ago.',
  'Le marché du samedi commence à huit heures, et le pain de la veille y est à moitié prix.',
]

/** 2 KB to 2.5 KB of Markdown with findings, different for every file. */
function generated(i: number): string {
  const size = 2000 + (i % 6) * 100
  let text = `# Note ${i}\n\n${FINDINGS[i % FINDINGS.length]}\n\n`
  for (let p = i; text.length < size; p++) text += `${PLAIN[p % PLAIN.length]} Entry ${i}.${p}.\n\n`
  return text
}

/** V8's gc(), to measure what stays alive. The host is not started with --expose-gc. */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc
  if (existing) return existing
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

const MB = 1024 * 1024
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`

if (MEMORY_RUN) test('an audit of 10,000 files keeps memory bounded and the host responsive', async () => {
  const t0 = Date.now()
  const dir = file('memory')
  rmSync(dir.fsPath, { recursive: true, force: true })
  mkdirSync(dir.fsPath, { recursive: true })
  const uris: vscode.Uri[] = []
  let bytes = 0
  for (let i = 0; i < FILES; i++) {
    const text = generated(i)
    bytes += Buffer.byteLength(text)
    const uri = vscode.Uri.joinPath(dir, `n${i}.md`)
    writeFileSync(uri.fsPath, text)
    uris.push(uri)
  }
  const wrote = Date.now()
  const api = vscode.extensions.getExtension('cluetrain.cluetrain-lint')!.exports as ExtensionApi
  const gc = exposeGc()
  try {
    // Let the file watcher's 10,000 events pass, then measure from a collected heap.
    await new Promise((r) => setTimeout(r, 2000))
    gc()
    gc()
    const before = process.memoryUsage()
    let peakRss = before.rss
    let peakHeap = before.heapUsed
    // The sampler doubles as a responsiveness probe: a 50 ms timer that fires late means the
    // host's event loop was blocked that long.
    let maxLag = 0
    let maxLagAt = 0
    let published = 0
    let publishedAtMaxLag = 0
    const counting = api.linter.onDidLint(() => published++)
    const started = Date.now()
    let last = started
    const sampler = setInterval(() => {
      const now = Date.now()
      if (now - last - 50 > maxLag) [maxLag, maxLagAt, publishedAtMaxLag] = [now - last - 50, now - started, published]
      last = now
      const m = process.memoryUsage()
      peakRss = Math.max(peakRss, m.rss)
      peakHeap = Math.max(peakHeap, m.heapUsed)
    }, 50)
    const { files, findings, threads, cancelled } = await api.audit().finally(() => {
      clearInterval(sampler)
      counting.dispose()
    })
    const audited = Date.now()
    gc()
    gc()
    const after = process.memoryUsage() // the diagnostics of 10,000 files are still shown
    for (const uri of uris) api.linter.clear(uri)
    gc()
    gc()
    const cleared = process.memoryUsage()
    const kept = after.heapUsed - before.heapUsed
    const facts = {
      files,
      findings,
      threads,
      textOnDisk: mb(bytes),
      writeMs: wrote - t0,
      auditMs: audited - started,
      rssBefore: mb(before.rss),
      peakRssGrowth: mb(peakRss - before.rss),
      heapBefore: mb(before.heapUsed),
      peakHeapGrowth: mb(peakHeap - before.heapUsed),
      heapKeptWithDiagnostics: mb(kept),
      heapKeptPerFile: `${(kept / FILES / 1024).toFixed(2)} KB`,
      heapKeptAfterClearingDiagnostics: mb(cleared.heapUsed - before.heapUsed),
      maxTimerLagMs: maxLag,
      maxLagAtMs: maxLagAt,
      publishedAtMaxLag,
    }
    // Beside the bundle, for scripts/e2e/test-extension.mjs to print.
    writeFileSync(__filename.replace(/\.c?js$/, '.facts.json'), JSON.stringify(facts))
    const about = `\n${JSON.stringify(facts, null, 2)}`
    assert(!cancelled && files >= FILES, `every file audited${about}`)
    assert(findings >= FILES, `findings in every file${about}`)
    // The limits, from two runs on 2 busy cores (load average 5 to 8), 10,003 files, 18,043
    // findings: heap kept 50.8 MB (5.2 KB per file: diagnostics, findings, and the audit report,
    // which holds every finding too), peak heap growth 53 to 54 MB, peak RSS growth 156 to 211 MB,
    // longest timer lag 360 to 431 ms (while the files are listed, before the first is linted),
    // and the audit took 209 to 213 s (one worker thread). What the limits must catch: a syntax
    // tree of one of these files weighs about 55 KB (a LintSession kept after linting: 22 KB for
    // 500 B, 96 KB for 3 KB, measured in Node), so keeping the trees of 10,000 files would add
    // ~550 MB, in the host's heap or, in a worker, in the RSS. Two threads (session 36, 3 runs):
    // peak RSS growth 209 to 223 MB, threads reading the precompiled matchers with a 1 GB old
    // generation; 302 to 415 MB before (each thread compiled the rules, and V8 let its heap reach
    // ~115 MB before a full collection).
    assert(kept / FILES < 12 * 1024, `the host keeps less than 12 KB per audited file (a syntax tree is ~55 KB)${about}`)
    assert(peakHeap - before.heapUsed < 250 * MB, `the host's heap grows by less than 250 MB during the audit${about}`)
    assert(peakRss - before.rss < 400 * MB, `the process (host and worker threads) grows by less than 400 MB during the audit${about}`)
    // VS Code calls an extension host unresponsive after seconds; index.ts asks < 1 s for 3,000
    // files. Listing 10,000 takes longer between two yields, hence 1.5 s.
    assert(maxLag < 1500, `the host's event loop never blocked 1.5 s or more${about}`)
  } finally {
    for (const uri of uris) api.linter.clear(uri)
    rmSync(dir.fsPath, { recursive: true, force: true })
  }
})

/** The memory run's entry point (index.ts has its own for everything else). */
export async function run(): Promise<void> {
  const resultFile = process.env.CLUETRAIN_E2E_RESULT ?? `${__dirname}/results.json`
  await vscode.extensions.getExtension('cluetrain.cluetrain-lint')?.activate()
  await runAll(resultFile, 420_000)
}
