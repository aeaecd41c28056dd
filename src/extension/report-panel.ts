// The audit report inside VS Code: a webview with a strict Content-Security-Policy (no remote
// content, one nonce for the page's own style and script) in the editor's theme colours. Clicking
// a finding opens its file at its range; only files the audit itself listed can be opened.
// "Export Report" writes the same report as a standalone HTML or Markdown file.
import { randomBytes } from 'node:crypto'
import * as vscode from 'vscode'
import type { AuditReport } from '../report/index.js'
import { loadReport } from './engine.js'
import { messageLocale } from './settings.js'

export interface AuditedReport {
  report: AuditReport
  /** Report path → the file it names. */
  uris: Map<string, vscode.Uri>
}

interface OpenMessage {
  type: 'open'
  path: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined
  private shown: AuditedReport | undefined
  html = ''

  get current(): AuditedReport | undefined {
    return this.shown
  }

  show(audited: AuditedReport): void {
    this.shown = audited
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('cluetrain.report', vscode.l10n.t('Cluetrain Audit Report'), vscode.ViewColumn.Active, {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [],
      })
      this.panel.onDidDispose(() => (this.panel = undefined))
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.open(message))
    }
    const nonce = randomBytes(16).toString('base64')
    this.html = loadReport().renderHtml(audited.report, { target: 'webview', nonce, cspSource: this.panel.webview.cspSource, locale: messageLocale() })
    this.panel.webview.html = this.html
    this.panel.reveal()
  }

  /** What a click in the report asks for; anything else the page might send is ignored. */
  async open(message: unknown): Promise<vscode.TextEditor | undefined> {
    if (!isOpenMessage(message)) return undefined
    const uri = this.shown?.uris.get(message.path)
    if (!uri) return undefined
    const selection = new vscode.Range(message.line - 1, message.column - 1, message.endLine - 1, message.endColumn - 1)
    return vscode.window.showTextDocument(uri, { selection, viewColumn: vscode.ViewColumn.One, preview: true })
  }

  /** Saves the report as HTML or Markdown; `target` skips the save dialog (tests, keybindings). */
  async export(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const audited = this.shown
    if (!audited) return undefined
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri
    target ??= await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, 'cluetrain-report.html'),
      filters: { HTML: ['html', 'htm'], Markdown: ['md', 'markdown'] },
      title: vscode.l10n.t('Export the Cluetrain audit report'),
    })
    if (!target) return undefined
    const report = loadReport()
    const fileHref = (path: string) => {
      const uri = audited.uris.get(path)
      return uri && uri.scheme === target!.scheme ? relativeHref(target!, uri) : undefined
    }
    const markdown = /\.(md|markdown)$/i.test(target.path)
    const text = markdown ? report.renderMarkdown(audited.report, { fileHref, locale: messageLocale() }) : report.renderHtml(audited.report, { target: 'standalone', fileHref, locale: messageLocale() })
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text))
    return target
  }

  dispose(): void {
    this.panel?.dispose()
  }
}

function isOpenMessage(message: unknown): message is OpenMessage {
  if (typeof message !== 'object' || message === null) return false
  const m = message as Record<string, unknown>
  const positive = (n: unknown) => Number.isInteger(n) && (n as number) >= 1
  return m.type === 'open' && typeof m.path === 'string' && positive(m.line) && positive(m.column) && positive(m.endLine) && positive(m.endColumn)
}

/** A link from the report file to a file it lists, relative so the pair can be moved together. */
function relativeHref(from: vscode.Uri, to: vscode.Uri): string {
  const base = from.path.split('/').slice(0, -1)
  const parts = to.path.split('/')
  let common = 0
  while (common < base.length && common < parts.length - 1 && base[common] === parts[common]) common++
  const up = base.slice(common).map(() => '..')
  return [...up, ...parts.slice(common)].map((p) => (p === '..' ? p : encodeURIComponent(p))).join('/')
}
