// Extension-host tests in an UNTRUSTED workspace (VS Code's Restricted Mode), on a copy of
// test/e2e/workspace-untrusted. scripts/e2e/test-extension.mjs runs this suite in its own
// code-server with workspace trust on and nothing trusted (run-vscode.mjs `workspaceTrust: true`).
// The extension declares `untrustedWorkspaces: limited`: it runs, its built-in rules lint, the
// workspace's .cluetrain.yaml keeps its switches, but the phrases it adds are ignored, and the
// "Cluetrain" log says so.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as vscode from 'vscode'
import { assert, assertEqual, runAll, test, waitFor } from './harness.js'

const EXTENSION_ID = 'cluetrain.cluetrain-lint'
const folder = () => vscode.workspace.workspaceFolders![0].uri
const file = (path: string) => vscode.Uri.joinPath(folder(), path)
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Cluetrain')
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))

/** The words each finding covers, read from the file. */
function flagged(uri: vscode.Uri, text: string): string[] {
  const lines = text.split('\n')
  return ours(uri).map((d) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character))
}

/**
 * The "Cluetrain" log channel's file. It lives in the extension host's log folder, under the
 * user-data dir of the run (see test/e2e/README.md: the result file sits beside user-data/).
 */
function cluetrainLog(): string | undefined {
  const logs = join(dirname(process.env.CLUETRAIN_E2E_RESULT ?? process.env.E2E_RESULT_FILE ?? '.'), 'user-data/logs')
  const found: string[] = []
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name)
      if (e.isDirectory()) walk(path)
      else if (path.endsWith(`/${EXTENSION_ID}/Cluetrain.log`)) found.push(path)
    }
  }
  if (existsSync(logs)) walk(logs)
  return found.map((f) => readFileSync(f, 'utf8')).join('\n') || undefined
}

test('the workspace is untrusted, and the extension runs in it as it declares (limited support)', async () => {
  assertEqual(vscode.workspace.isTrusted, false, 'vscode.workspace.isTrusted')
  const extension = vscode.extensions.getExtension(EXTENSION_ID)
  assert(extension?.isActive, 'the extension is active in Restricted Mode')
  const declared = extension.packageJSON.capabilities?.untrustedWorkspaces
  assertEqual(declared?.supported, 'limited', 'capabilities.untrustedWorkspaces.supported')
  assert(typeof declared.description === 'string' && declared.description.length > 0, 'the limitation is described')
})

test('built-in rules lint; the workspace’s own phrase is not flagged; its switches still apply', async () => {
  const document = await vscode.workspace.openTextDocument(file('team.md'))
  await vscode.window.showTextDocument(document)
  const words = await waitFor(() => {
    const found = flagged(document.uri, document.getText())
    return found.includes('leverage') ? found : undefined
  }, 'the built-in rule flags “leverage”')
  assert(!words.includes('purple widget'), `the workspace’s phrase “purple widget” is not flagged: ${words.join(', ')}`)
  assert(!ours(document.uri).some((d) => codeOf(d) === 'custom'), 'no finding of the rule `custom`')
  assert(!words.includes('move the needle'), `the workspace’s accept list still applies: ${words.join(', ')}`)
})

test('the “Cluetrain” log tells the user the phrases are ignored until the workspace is trusted', async () => {
  const log = await waitFor(() => {
    const text = cluetrainLog()
    return text?.includes('purple widget') ? text : undefined
  }, 'a line about the ignored phrase in the Cluetrain log')
  const line = log.split('\n').find((l) => l.includes('purple widget'))!
  assert(/\[warning\]/.test(line), `logged as a warning: ${line}`)
  assert(line.includes('.cluetrain.yaml') && /not trusted/.test(line) && /until you trust it/.test(line), `names the file, the reason and the way out: ${line}`)
})

test('Audit Workspace ignores the workspace’s phrases too', async () => {
  const summary = await vscode.commands.executeCommand<{ files: number; cancelled: boolean }>('cluetrain.auditWorkspace')
  assert(summary && !summary.cancelled && summary.files >= 2, `audit summary: ${JSON.stringify(summary)?.slice(0, 300)}`)
  const notes = file('notes.txt')
  const words = flagged(notes, readFileSync(notes.fsPath, 'utf8'))
  assert(words.includes('leverage'), `the closed file was audited: ${words.join(', ')}`)
  assert(!words.includes('purple widget'), `the workspace’s phrase is not flagged by the audit: ${words.join(', ')}`)
})

test('the workspace cannot raise cluetrain.maxFileSizeMB: its own 50 MB is ignored, a 1.2 MB file is not linted', async () => {
  // .vscode/settings.json of this workspace says 50; only the user's settings count here.
  assertEqual(vscode.workspace.getConfiguration('cluetrain').get('maxFileSizeMB'), 1, 'the limit in force')
  const big = file('big.md')
  const small = file('small.md')
  writeFileSync(big.fsPath, 'We leverage our synergies.\n\n'.repeat(45_000)) // 1.2 MB
  writeFileSync(small.fsPath, 'We leverage our synergies.\n')
  try {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(big))
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(small))
    await waitFor(() => ours(small).length > 0 || undefined, 'the small file, opened after, linted')
    assertEqual(ours(big).length, 0, 'no finding on the 1.2 MB file')
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors')
    rmSync(big.fsPath, { force: true })
    rmSync(small.fsPath, { force: true })
  }
})

export async function run(): Promise<void> {
  const resultFile = process.env.CLUETRAIN_E2E_RESULT ?? `${__dirname}/results.json`
  await vscode.extensions.getExtension(EXTENSION_ID)?.activate()
  await runAll(resultFile)
}
