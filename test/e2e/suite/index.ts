// Extension-host tests: run inside a real VS Code (code-server) with the packaged extension's
// code, against a copy of test/e2e/workspace. See test/e2e/README.md.
import * as path from 'node:path'
import * as vscode from 'vscode'
import { assert, assertEqual, runAll, test, waitFor } from './harness.js'
import './report.js'
import './reliability.js'
import './stale-edits.js'
import './live.js'

const folder = () => vscode.workspace.workspaceFolders![0].uri
const file = (path: string) => vscode.Uri.joinPath(folder(), path)
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Cluetrain')
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))

async function open(path: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(file(path))
  return vscode.window.showTextDocument(document)
}

async function diagnosticsOf(path: string, minimum = 1): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const found = ours(file(path))
    return found.length >= minimum ? found : undefined
  }, `diagnostics on ${path}`)
}

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? []
}

test('lints an English Markdown file: source, rule code with docs link, exact range', async () => {
  const editor = await open('en.md')
  const diagnostics = await diagnosticsOf('en.md', 2)
  const leverage = diagnostics.find((d) => editor.document.getText(d.range) === 'leverage')
  assert(leverage, `no diagnostic on “leverage”: ${diagnostics.map((d) => d.message).join(' | ')}`)
  assertEqual(codeOf(leverage), 'buzzwords', 'rule id as code')
  assert(typeof leverage.code === 'object' && leverage.code.target.toString().includes('rules.md#buzzwords'), 'code target is the rule docs')
  assert(leverage.message.includes('F1'), `message names the principle: ${leverage.message}`)
})

test('lints a French file with the French rules', async () => {
  const editor = await open('fr.md')
  const diagnostics = await diagnosticsOf('fr.md', 2)
  const texts = diagnostics.map((d) => editor.document.getText(d.range))
  assert(texts.includes('booster'), `booster flagged: ${texts.join(', ')}`)
  assert(diagnostics.some((d) => codeOf(d) === 'anglicisms'), 'anglicisms rule fires')
})

test('the hover names the principle and the theses', async () => {
  const editor = await open('en.md')
  const [first] = await diagnosticsOf('en.md')
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, first.range.start.translate(0, 1))
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n')
  assert(/Cluetrain — F\d+/.test(text) && /theses|thèses/.test(text), `hover: ${text}`)
})

test('the extension reads the precompiled matchers packaged beside its engine, not compiling the rules', async () => {
  // The hover above ran in the host, so the host's engine is loaded (loadEngine); the same file
  // required again is the same module. A rule set of its own (an accepted word) is compiled now: it
  // reads the packaged snapshot (a subtree decoded per first word reached) when the files are
  // there, and compiles every rule (no subtree decoded) when they are not.
  const extension = vscode.extensions.getExtension('cluetrain.cluetrain-lint')!
  const engine = require(path.join(extension.extensionPath, 'dist/extension/engine.cjs')) as { subtreesDecoded(): number; lint(text: string, options: object): { findings: unknown[] } }
  const before = engine.subtreesDecoded()
  const { findings } = engine.lint('We leverage our synergies. Il faut booster la croissance.', { config: { accept: [`Nimbus${Date.now()}`] } })
  assert(findings.length >= 2, `findings in both languages: ${findings.length}`)
  assert(engine.subtreesDecoded() > before, `snapshot subtrees decoded: ${before} → ${engine.subtreesDecoded()}`)
})

test('a quick fix replaces the phrase with the preferred suggestion', async () => {
  const editor = await open('en.md')
  const diagnostics = await diagnosticsOf('en.md')
  const target = diagnostics.find((d) => editor.document.getText(d.range) === 'leverage')!
  const actions = await actionsAt(editor.document.uri, target.range, vscode.CodeActionKind.QuickFix.value)
  const preferred = actions.find((a) => a.isPreferred)
  assert(preferred?.edit, `a preferred fix: ${actions.map((a) => a.title).join(' | ')}`)
  assert(actions.some((a) => a.title.includes('Disable')) && actions.some((a) => a.title.includes('Accept')), 'disable and accept actions offered')
  await vscode.workspace.applyEdit(preferred.edit)
  assert(editor.document.getText().includes('We use synergies'), `text after fix: ${editor.document.lineAt(2).text}`)
  await vscode.commands.executeCommand('undo')
  assert(editor.document.getText().includes('We leverage synergies'), 'undo restores')
})

test('fix-all replaces every fixable finding in one undo step', async () => {
  const editor = await open('en.md')
  const before = editor.document.getText()
  await diagnosticsOf('en.md', 2)
  const [fixAll] = await actionsAt(editor.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.cluetrain')
  assert(fixAll?.edit, 'a fix-all action')
  await vscode.workspace.applyEdit(fixAll.edit)
  const after = editor.document.getText()
  // Only fixes the engine stands behind (issue #15), never two within agreement reach of each
  // other: “leverage” → “use”; “synergies”, right after it, stays for the next fix-all.
  assert(!after.includes('leverage') && after.includes('We use synergies'), `after fix-all: ${after}`)
  await vscode.commands.executeCommand('undo')
  assertEqual(editor.document.getText(), before, 'one undo restores everything')
})

test('“disable for this line” inserts a directive that silences the rule', async () => {
  const editor = await open('fr.md')
  const diagnostics = await diagnosticsOf('fr.md')
  const booster = diagnostics.find((d) => editor.document.getText(d.range) === 'booster')!
  const actions = await actionsAt(editor.document.uri, booster.range, vscode.CodeActionKind.QuickFix.value)
  const disable = actions.find((a) => /Disable “anglicisms” for this line|Désactiver « anglicisms » pour cette ligne/.test(a.title))
  assert(disable?.edit, `disable action: ${actions.map((a) => a.title).join(' | ')}`)
  await vscode.workspace.applyEdit(disable.edit)
  assert(editor.document.getText().includes('<!-- cluetrain-disable-next-line anglicisms -->'), 'directive inserted')
  await waitFor(() => !ours(editor.document.uri).some((d) => editor.document.getText(d.range) === 'booster'), 'booster no longer flagged')
  await vscode.commands.executeCommand('undo')
})

test('Audit Workspace lints closed files, honours .gitignore, and reports a summary', async () => {
  const summary = await vscode.commands.executeCommand<{ files: number; findings: number; threads: number; worst: Array<{ path: string }> }>('cluetrain.auditWorkspace')
  assert(summary && summary.files >= 3, `summary: ${JSON.stringify(summary)}`)
  assert(summary.threads >= 1, 'the audit ran on worker threads, off the extension host')
  assert(ours(file('docs/audit.md')).length > 0, 'closed file has diagnostics')
  assertEqual(ours(file('ignored/skip.md')).length, 0, 'gitignored file not audited')
  assert(summary.worst.some((w) => w.path.endsWith('audit.md')), 'worst files listed')
})

test('.cluetrain.yaml is watched: turning a rule off and a broken file', async () => {
  const editor = await open('fr.md')
  await diagnosticsOf('fr.md')
  const config = file('.cluetrain.yaml')
  await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('rules:\n  anglicisms: off\n'))
  await waitFor(() => ours(editor.document.uri).every((d) => codeOf(d) !== 'anglicisms'), 'anglicisms gone after config change')
  await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('rules:\n  anglicisms: loud\n'))
  await waitFor(() => vscode.languages.getDiagnostics(config).some((d) => d.message.includes('rules.anglicisms')), 'config error shown on the config file')
  await waitFor(() => ours(editor.document.uri).some((d) => codeOf(d) === 'anglicisms'), 'linting goes on with defaults')
  await vscode.workspace.fs.delete(config)
})

test('“accept” adds the word to .cluetrain.yaml and it is no longer flagged', async () => {
  const ok = await vscode.commands.executeCommand<boolean>('cluetrain.acceptWord', file('en.md'), 'synergies')
  assert(ok, 'accept command succeeded')
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file('.cluetrain.yaml')))
  assertEqual(text, 'accept:\n  - synergies\n', 'config written')
  const editor = await open('en.md')
  await waitFor(() => !ours(editor.document.uri).some((d) => editor.document.getText(d.range) === 'synergies'), 'accepted word not flagged')
  await vscode.workspace.fs.delete(file('.cluetrain.yaml'))
})

// real-fr.txt is written into the workspace by scripts/e2e/test-extension.mjs, from test/corpus/real.
test('real French copy (plain text) gets findings, hovers and working fixes', async () => {
  const editor = await open('real-fr.txt')
  assertEqual(editor.document.languageId, 'plaintext', 'language id')
  const diagnostics = await diagnosticsOf('real-fr.txt', 3)
  const fixable = diagnostics.find((d) => /Try|Essayez/.test(d.message))
  assert(fixable, `a finding with a suggestion: ${diagnostics.map((d) => d.message).join(' | ')}`)
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, fixable.range.start.translate(0, 1))
  assert(hovers.length > 0, 'a hover on the real copy')
  // Only a finding the engine has a fix for has a preferred action (issue #15): the first such one.
  let fixed: { range: vscode.Range; action: vscode.CodeAction } | undefined
  for (const d of diagnostics.filter((x) => /Try|Essayez/.test(x.message))) {
    const action = (await actionsAt(editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value)).find((a) => a.isPreferred)
    if (action) {
      fixed = { range: d.range, action }
      break
    }
  }
  assert(fixed, 'a finding with a fix on the real copy')
  const before = editor.document.getText(fixed.range)
  await vscode.workspace.applyEdit(fixed.action.edit!)
  assert(editor.document.getText(fixed.range) !== before, `“${before}” was replaced`)
  await vscode.commands.executeCommand('undo')
})

test('a file over cluetrain.maxFileSizeMB is not linted live', async () => {
  const { writeFileSync, rmSync } = await import('node:fs')
  const big = file('big.md')
  writeFileSync(big.fsPath, 'We leverage our synergies.\n\n'.repeat(45_000)) // 1.2 MB, over the 1 MB default
  const small = file('small.md')
  writeFileSync(small.fsPath, 'We leverage our synergies.\n')
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(big))
  await open('small.md')
  await diagnosticsOf('small.md') // the small one, opened after, is linted…
  assertEqual(ours(big).length, 0, 'no findings on the oversized file') // …the big one was skipped
  rmSync(big.fsPath)
  rmSync(small.fsPath)
})

test('a large audit runs off the host, stays cancellable, and stops promptly', async () => {
  const load = file('load')
  // Written with Node's fs: the extension host runs on this machine, and 3,000 round trips through
  // the workbench's file service would take longer than the audit.
  const { mkdirSync, writeFileSync } = await import('node:fs')
  mkdirSync(load.fsPath, { recursive: true })
  const copy = 'We leverage our best-in-class synergies to move the needle.\n\nIl faut booster la transformation digitale.\n'
  for (let i = 0; i < 3000; i++) writeFileSync(`${load.fsPath}/f${i}.md`, copy)
  const wrote = Date.now()
  const api = vscode.extensions.getExtension('cluetrain.cluetrain-lint')!.exports as { audit(token: vscode.CancellationToken): Promise<{ files: number; cancelled: boolean }> }
  const source = new vscode.CancellationTokenSource()
  const started = Date.now()
  if (started - wrote > 5000) throw new Error('slow setup')
  const running = api.audit(source.token)
  // The host keeps answering while the audit runs: a timer fires on time.
  const lag = await new Promise<number>((resolve) => {
    const at = Date.now()
    setTimeout(() => resolve(Date.now() - at - 200), 200)
  })
  await new Promise((r) => setTimeout(r, 1000))
  source.cancel()
  const cancelledAt = Date.now()
  const summary = await Promise.race([running, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`audit still running 20 s after Cancel`)), 20_000))])
  const stoppedIn = Date.now() - cancelledAt
  assert(summary.cancelled, `cancelled: ${JSON.stringify(summary)}`)
  assert(summary.files < 3000, `stopped before the end (${summary.files} files in ${Date.now() - started} ms)`)
  assert(stoppedIn < 5000, `stopped ${stoppedIn} ms after Cancel`)
  assert(lag < 1000, `the host answered a 200 ms timer ${lag} ms late`)
  const { rmSync } = await import('node:fs')
  rmSync(load.fsPath, { recursive: true, force: true })
})

export async function run(): Promise<void> {
  const resultFile = process.env.CLUETRAIN_E2E_RESULT ?? `${__dirname}/results.json`
  const extension = vscode.extensions.getExtension('cluetrain.cluetrain-lint')
  await extension?.activate()
  await runAll(resultFile)
}
