// Lints open documents: on open and on change (debounced), on save, or on demand, as the user
// chose. Each run takes a generation number; a result that comes back after a newer run started
// is dropped, so a slow run never overwrites a fresher one.
import * as vscode from 'vscode'
import type { LintResult, Score } from '../engine/index.js'
import { isCluetrainReport } from '../report/marker.js'
import type { ConfigStore } from './config-store.js'
import { FindingStore, toDiagnostic } from './diagnostics.js'
import { loadEngine } from './engine.js'
import type { Log } from './log.js'
import { lintOptions, readSettings, type Settings } from './settings.js'

export interface DocumentReport {
  uri: vscode.Uri
  version: number
  result: LintResult
  score: Score
}

/** Why a text is not linted when it is a report Cluetrain wrote (their phrases are quoted findings). */
export function writtenByCluetrain(text: string): string | undefined {
  return isCluetrainReport(text) ? vscode.l10n.t('an audit report Cluetrain wrote (reports are never linted)') : undefined
}

export class Linter implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('cluetrain')
  readonly findings = new FindingStore()
  private readonly reports = new Map<string, DocumentReport>()
  /** One engine session per open document: a keystroke re-checks the paragraph it changed. */
  private readonly sessions = new Map<string, { key: string; session: import('../engine/index.js').LintSession }>()
  private readonly generations = new Map<string, number>()
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>()
  private readonly linted = new vscode.EventEmitter<vscode.Uri>()
  readonly onDidLint = this.linted.event
  private readonly disposables: vscode.Disposable[] = []
  /** Toggled by "Toggle Live Linting"; the setting stays the user's. */
  live = true

  constructor(
    private readonly configs: ConfigStore,
    private readonly log: Log,
  ) {
    const ws = vscode.workspace
    ws.onDidOpenTextDocument((d) => this.onEvent(d, 'open'), null, this.disposables)
    ws.onDidChangeTextDocument((e) => this.onEvent(e.document, 'change'), null, this.disposables)
    ws.onDidSaveTextDocument((d) => this.onEvent(d, 'save'), null, this.disposables)
    ws.onDidCloseTextDocument((d) => this.clear(d.uri), null, this.disposables)
    configs.onDidChange(() => this.relintAll(), null, this.disposables)
    ws.onDidChangeConfiguration((e) => e.affectsConfiguration('cluetrain') && this.relintAll(), null, this.disposables)
    this.disposables.push(this.diagnostics, this.linted)
  }

  report(uri: vscode.Uri): DocumentReport | undefined {
    return this.reports.get(uri.toString())
  }

  isTarget(document: vscode.TextDocument, settings = readSettings(document.uri)): boolean {
    return settings.enable && settings.documentLanguages.includes(document.languageId) && document.uri.scheme !== 'output'
  }

  relintAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (this.isTarget(document)) this.schedule(document, 0)
      else this.clear(document.uri)
    }
  }

  private onEvent(document: vscode.TextDocument, event: 'open' | 'change' | 'save'): void {
    const settings = readSettings(document.uri)
    if (!this.isTarget(document, settings)) return
    if (!this.live || settings.run === 'manual') return
    if (settings.run === 'onSave' && event === 'change') return
    this.schedule(document, event === 'change' ? settings.debounceMs : 0)
  }

  schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString()
    clearTimeout(this.timers.get(key))
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key)
        void this.lintNow(document)
      }, delay),
    )
  }

  async lintNow(document: vscode.TextDocument): Promise<DocumentReport | undefined> {
    const key = document.uri.toString()
    const generation = (this.generations.get(key) ?? 0) + 1
    this.generations.set(key, generation)
    const settings = readSettings(document.uri)
    const text = document.getText()
    if (text.length > settings.maxFileSizeBytes) {
      this.log.info(vscode.l10n.t('Skipped {0}: larger than {1} MB. Raise "cluetrain.maxFileSizeMB" to lint it.', document.uri.fsPath, settings.maxFileSizeBytes / 1e6))
      this.clear(document.uri)
      return undefined
    }
    const notCopy = writtenByCluetrain(text)
    if (notCopy) {
      this.log.info(vscode.l10n.t('Skipped {0}: {1}', document.uri.fsPath, notCopy))
      this.clear(document.uri)
      return undefined
    }
    try {
      const { config } = await this.configs.forDocument(document.uri)
      if (this.generations.get(key) !== generation || document.isClosed) return undefined
      const engine = loadEngine()
      const options = lintOptions(document.languageId === 'markdown' ? 'markdown' : 'text', settings, config)
      const sessionKey = JSON.stringify(options)
      let held = this.sessions.get(key)
      if (!held || held.key !== sessionKey) this.sessions.set(key, (held = { key: sessionKey, session: new engine.LintSession(options) }))
      const result = held.session.lint(text)
      const report = { uri: document.uri, version: document.version, result, score: engine.scoreOf(result.findings, result.words) }
      this.publish(document, report, settings)
      return report
    } catch (error) {
      this.log.error(vscode.l10n.t('Could not lint {0}: {1}', document.uri.fsPath, String((error as Error)?.stack ?? error)))
      return undefined
    }
  }

  /** Shows a report (from the editor or from an audit) as diagnostics. */
  publish(document: Pick<vscode.TextDocument, 'uri' | 'positionAt'>, report: DocumentReport, settings: Settings): void {
    const linted = report.result.findings.map((finding) => ({ finding, diagnostic: toDiagnostic(document as vscode.TextDocument, finding, settings) }))
    this.findings.set(document.uri, linted)
    this.reports.set(document.uri.toString(), report)
    this.diagnostics.set(document.uri, linted.map((l) => l.diagnostic))
    this.linted.fire(document.uri)
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString()
    clearTimeout(this.timers.get(key))
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1)
    this.diagnostics.delete(uri)
    this.findings.delete(uri)
    this.reports.delete(key)
    this.sessions.delete(key)
    this.linted.fire(uri)
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t))
    this.disposables.forEach((d) => d.dispose())
  }
}
