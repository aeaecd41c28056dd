// The audit report in VS Code: a webview with a strict CSP and inline SVG charts, findings that
// open their file at their range, and Export Report to standalone HTML and Markdown.
import * as vscode from 'vscode'
import { assert, assertEqual, test, waitFor } from './harness.js'

interface FindingRecord {
  line: number
  column: number
  endLine: number
  endColumn: number
  actual: string
}
interface Api {
  report: {
    html: string
    current?: { report: { score: number; files: Array<{ path: string; findings?: FindingRecord[] }> } }
    open(message: unknown): Promise<vscode.TextEditor | undefined>
  }
}

const folder = () => vscode.workspace.workspaceFolders![0].uri
const api = () => vscode.extensions.getExtension('cluetrain.cluetrain-lint')!.exports as Api
const reportTabs = () =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('cluetrain.report'))

test('Audit Workspace opens the report: strict CSP, nonce, inline SVG charts, no remote content', async () => {
  await vscode.commands.executeCommand('cluetrain.auditWorkspace')
  await waitFor(() => reportTabs().length === 1 || undefined, 'one report tab')
  const { html, current } = api().report
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1] ?? ''
  assert(/default-src 'none'/.test(csp) && /script-src 'nonce-[^']+'/.test(csp), `CSP: ${csp}`)
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]
  assert((html.match(/<script\b[^>]*>/g) ?? []).every((tag) => tag.includes(`nonce="${nonce}"`)), 'every script carries the nonce')
  assert(!/<(script|link|img)\b[^>]*(src|href)="https?:/i.test(html), 'no remote script, style or image')
  assert((html.match(/<svg\b/g) ?? []).length >= 2 && /<rect\b/.test(html), 'charts drawn as inline SVG')
  assert(current && current.report.files.some((f) => f.path.endsWith('audit.md')), 'the report lists the audited files')
  // A second audit reuses the panel.
  await vscode.commands.executeCommand('cluetrain.auditWorkspace')
  assertEqual(reportTabs().length, 1, 'still one report tab')
})

test('a finding clicked in the report opens its file with the finding selected', async () => {
  const { current } = api().report
  const file = current!.report.files.find((f) => f.findings?.length)!
  const finding = file.findings![0]
  const editor = await api().report.open({ type: 'open', path: file.path, line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn })
  assert(editor, 'an editor opened')
  assert(editor.document.uri.path.endsWith(file.path.split('/').pop()!), `opened ${editor.document.uri.path}`)
  assertEqual(editor.document.getText(editor.selection), finding.actual, 'the finding is selected')
  // The page cannot open files the audit did not list, nor send malformed positions.
  assertEqual(await api().report.open({ type: 'open', path: '../../etc/passwd', line: 1, column: 1, endLine: 1, endColumn: 1 }), undefined, 'unknown path ignored')
  assertEqual(await api().report.open({ type: 'open', path: file.path, line: 'x', column: 1, endLine: 1, endColumn: 1 }), undefined, 'malformed message ignored')
})

test('Export Report writes standalone HTML and Markdown with links to the files', async () => {
  const html = vscode.Uri.joinPath(folder(), 'reports', 'audit.html')
  const markdown = vscode.Uri.joinPath(folder(), 'reports', 'audit.md')
  await vscode.commands.executeCommand('cluetrain.exportReport', html)
  await vscode.commands.executeCommand('cluetrain.exportReport', markdown)
  const htmlText = new TextDecoder().decode(await vscode.workspace.fs.readFile(html))
  const markdownText = new TextDecoder().decode(await vscode.workspace.fs.readFile(markdown))
  assert(/^<!doctype html>/i.test(htmlText) && htmlText.includes('<svg'), 'standalone HTML with charts')
  assert(!htmlText.includes('acquireVsCodeApi'), 'no webview script in the exported file')
  assert(htmlText.includes('href="../docs/audit.md"'), 'links relative to the report')
  assert(markdownText.includes('](<../docs/audit.md>)'), `Markdown links: ${markdownText.slice(0, 400)}`)
  await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'reports'), { recursive: true })
})

test('a report exported into the workspace is never linted: the next audit skips it, the editor shows no finding on it', async () => {
  const exported = vscode.Uri.joinPath(folder(), 'cluetrain-report.md')
  await vscode.commands.executeCommand('cluetrain.exportReport', exported)
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(exported))
    assert(/“leverage”|leverage/.test(text), 'the report quotes the phrases it found')
    const summary = await vscode.commands.executeCommand<{ report: { report: { files: Array<{ path: string }>; skipped: Array<{ path: string; reason: string }> } } }>('cluetrain.auditWorkspace')
    const { files, skipped } = summary.report.report
    assert(!files.some((f) => f.path === 'cluetrain-report.md'), `the report is not among the audited files: ${files.map((f) => f.path).join(', ')}`)
    assert(skipped.some((s) => s.path === 'cluetrain-report.md' && /report Cluetrain wrote/.test(s.reason)), `skipped with the reason: ${JSON.stringify(skipped)}`)
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(exported))
    await new Promise((r) => setTimeout(r, 1500)) // a live lint would have shown findings by now
    assert(vscode.languages.getDiagnostics(exported).every((d) => d.source !== 'Cluetrain'), 'no finding on the open report')
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor')
    await vscode.workspace.fs.delete(exported)
  }
})

test('an audit cancelled before its first file shows no score', async () => {
  const source = new vscode.CancellationTokenSource()
  source.cancel()
  const exports = vscode.extensions.getExtension('cluetrain.cluetrain-lint')!.exports as { audit(token: vscode.CancellationToken): Promise<{ files: number; cancelled: boolean }> }
  const summary = await exports.audit(source.token)
  assert(summary.cancelled && summary.files === 0, `cancelled before any file: ${JSON.stringify({ ...summary, report: undefined })}`)
  const { html } = api().report
  assert(!/id="overall-score"|reads like a person|\b100\b<\/span><span class="score-max">/.test(html), 'no score in the report')
  assert(html.includes('No score: no file was linted.'), 'the report says why there is no score')
})
