// Special files in a real VS Code (issue #13, item 3): a `.cluetrain.yaml` that is a FIFO, or a
// link to /dev/zero (git can commit that link), and a .gitignore that is one. The host must not
// hang nor grow without bound (it reached 6.5 GB), the config must get a diagnostic, and the
// documents beside it must be linted with the defaults. scripts/e2e/test-extension.mjs runs this
// suite in a code-server of its own (a host that read /dev/zero would take the others down with it),
// on a copy of test/e2e/workspace; the links and FIFOs are made here, never committed.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import * as vscode from 'vscode'
import { ACCEPT_COMMAND } from '../../../src/extension/actions.js'
import type { ExtensionApi } from '../../../src/extension/extension.js'
import { assert, runAll, test, waitFor } from './harness.js'

const EXTENSION_ID = 'cluetrain.cluetrain-lint'
const folder = () => vscode.workspace.workspaceFolders![0].uri
const file = (path: string) => vscode.Uri.joinPath(folder(), path)
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Cluetrain')
const MB = 1024 * 1024
/**
 * What the host may grow by while it meets these files: linting a sentence and reading a refused
 * config cost a few MB (measured: see the facts the run prints); reading /dev/zero grows it by
 * hundreds of MB a second, so the watch fails the test within a fraction of a second of it.
 */
const GROWTH_LIMIT = 300 * MB
const facts: Record<string, string> = {}

/** Runs `body` while sampling the host's memory every 20 ms; fails as soon as it grows past the limit. */
async function boundedMemory<T>(name: string, body: () => Promise<T>): Promise<T> {
  const before = process.memoryUsage().rss
  let peak = before
  let sampler: NodeJS.Timeout | undefined
  const runaway = new Promise<never>((_, reject) => {
    sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
      if (peak - before > GROWTH_LIMIT) reject(new Error(`the extension host grew by ${((peak - before) / MB).toFixed(0)} MB (limit ${GROWTH_LIMIT / MB} MB)`))
    }, 20)
  })
  try {
    return await Promise.race([body(), runaway])
  } finally {
    clearInterval(sampler)
    facts[name] = `peak RSS growth ${((peak - before) / MB).toFixed(1)} MB`
  }
}

/** A folder with a prose file (one buzzword) and a .cluetrain.yaml made by `make`. */
function folderWithConfig(name: string, make: (config: string) => void): { doc: vscode.Uri; config: vscode.Uri } {
  mkdirSync(file(name).fsPath, { recursive: true })
  const doc = file(`${name}/doc.md`)
  writeFileSync(doc.fsPath, 'We leverage our partners to reach customers.\n')
  const config = file(`${name}/.cluetrain.yaml`)
  make(config.fsPath)
  return { doc, config }
}

/** Opens the document and waits for the defaults to flag “leverage” and for the config's diagnostic. */
async function lintedWithDefaults(doc: vscode.Uri, config: vscode.Uri, reason: string): Promise<void> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc), { preview: false })
  await waitFor(() => ours(doc).some((d) => d.message.includes('leverage')), 'the document linted with the built-in rules', 30_000)
  const [problem] = await waitFor(() => (ours(config).length ? ours(config) : undefined), 'a diagnostic on the config', 30_000)
  assert(problem.severity === vscode.DiagnosticSeverity.Error && problem.range.start.line === 0, `an error on the config's first line: ${JSON.stringify(problem)}`)
  assert(problem.message === reason, `the diagnostic says why: “${problem.message}”`)
}

// At the workspace folder's root, where an accepted word goes when no valid config is nearer. The
// workspace has no config of its own, and nothing is linted before this test.
const ROOT_CONFIG = () => file('.cluetrain.yaml')

test('a .cluetrain.yaml that links to /dev/zero: memory stays bounded, a diagnostic, the document is linted', () =>
  boundedMemory('/dev/zero config', async () => {
    symlinkSync('/dev/zero', ROOT_CONFIG().fsPath)
    await lintedWithDefaults(file('en.md'), ROOT_CONFIG(), 'a link to a file outside its folder, so it is not read')
  }),
)

test('accepting a word into a .cluetrain.yaml that links to /dev/zero is refused, and the link is left alone', () =>
  boundedMemory('accept into /dev/zero', async () => {
    const accepted = await vscode.commands.executeCommand<boolean>(ACCEPT_COMMAND, file('en.md'), 'leverage')
    assert(accepted === false, 'the accept command reports failure')
    assert(readlinkSync(ROOT_CONFIG().fsPath) === '/dev/zero', 'the link is still the link')
  }),
)

test('a .cluetrain.yaml that is a FIFO: the host does not hang, the config gets a diagnostic, the document is linted', () =>
  boundedMemory('FIFO config', async () => {
    const { doc, config } = folderWithConfig('special-fifo', (path) => execFileSync('mkfifo', [path]))
    await lintedWithDefaults(doc, config, 'not a regular file (a FIFO)')
  }),
)

test('Audit Workspace with a .gitignore that links to /dev/zero: memory stays bounded, the audit finishes', () =>
  boundedMemory('audit with a /dev/zero .gitignore', async () => {
    rmSync(file('.gitignore').fsPath, { force: true })
    symlinkSync('/dev/zero', file('.gitignore').fsPath)
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as ExtensionApi
    const summary = await api.audit()
    assert(!summary.cancelled && summary.files >= 2, `the audit finished: ${JSON.stringify({ files: summary.files, skipped: summary.skipped })}`)
    assert(ours(file('fr.md')).some((d) => d.message.includes('booster')), 'a closed file was audited')
  }),
)

export async function run(): Promise<void> {
  const resultFile = process.env.CLUETRAIN_E2E_RESULT ?? `${__dirname}/results.json`
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate()
  try {
    await runAll(resultFile, 90_000)
  } finally {
    // Beside the bundle, for scripts/e2e/test-extension.mjs to print.
    writeFileSync(__filename.replace(/\.c?js$/, '.facts.json'), JSON.stringify(facts))
  }
}
