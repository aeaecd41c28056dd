// Lints open documents: on open and on change (debounced), on save, or on demand, as the user
// chose. The lint itself runs on a worker thread (live-client.ts), never in the extension host
// where it can. Each run takes a generation number; a result that comes back after a newer run
// started is dropped, so a slow run never overwrites a fresher one, and a result is shown only if
// the document is still the version that was linted.
import * as vscode from 'vscode'
import type { LintResult, Score } from '../engine/index.js'
import { isCluetrainReport } from '../report/marker.js'
import type { ConfigStore } from './config-store.js'
import type { FindingSource, VersionFindings } from './actions.js'
import { FindingStore, toDiagnostic, type Linted } from './diagnostics.js'
import { LiveLintClient, yieldToHost } from './live-client.js'
import { FINDINGS_PER_CHUNK } from './live-protocol.js'
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

export class Linter implements vscode.Disposable, FindingSource {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('cluetrain')
  readonly findings = new FindingStore()
  private readonly reports = new Map<string, DocumentReport>()
  /** Holds one engine session per open document: a keystroke re-checks the paragraph it changed. */
  readonly liveLint: LiveLintClient
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
    this.liveLint = new LiveLintClient((message) => log.error(message))
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

  /** `urgent`: an edit waits for it, so it goes before the other documents' lints. */
  async lintNow(document: vscode.TextDocument, urgent = false): Promise<DocumentReport | undefined> {
    const key = document.uri.toString()
    const generation = (this.generations.get(key) ?? 0) + 1
    this.generations.set(key, generation)
    const settings = readSettings(document.uri)
    const { version } = document
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
    const current = () => this.generations.get(key) === generation && !document.isClosed
    try {
      const { config } = await this.configs.forDocument(document.uri)
      if (!current()) return undefined
      const options = lintOptions(document.languageId === 'markdown' ? 'markdown' : 'text', settings, config)
      const linted = await this.liveLint.lint(key, version, text, options, urgent)
      // Diagnostics are placed with the document as it is now: only the version linted fits.
      const fits = () => current() && document.version === version
      if (!linted || !fits()) return undefined
      const report = { uri: document.uri, version, result: linted.result, score: linted.score }
      return (await this.publish(document, report, settings, fits)) ? report : undefined
    } catch (error) {
      this.log.error(vscode.l10n.t('Could not lint {0}: {1}', document.uri.fsPath, String((error as Error)?.stack ?? error)))
      return undefined
    }
  }

  /**
   * The findings of exactly the version of the document in the editor, for an edit: the ones
   * shown when they are of that version, else those of a lint of it run now (the debounce has
   * not fired yet, or a result is on its way). Undefined when nothing is shown for the document
   * (never linted, too large, linting paused) or it kept changing meanwhile.
   */
  async current(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<VersionFindings | undefined> {
    // Three tries: a lint is dropped when a newer one starts (a keystroke, a config change).
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!this.findings.has(document.uri) || document.isClosed || token?.isCancellationRequested) return undefined
      const shown = this.shown(document)
      if (shown) return shown
      await this.lintNow(document, true)
    }
    return undefined
  }

  shown(document: vscode.TextDocument): VersionFindings | undefined {
    const { version } = document
    const linted = this.findings.ofVersion(document.uri, version)
    return linted && { version, linted }
  }

  /**
   * Shows a report (from the editor or from an audit) as diagnostics. Thousands of findings are
   * made into diagnostics a chunk at a time between yields (12,000 in one go: an estimated 30 to
   * 100 ms, measured on a loaded machine against a fixed piece of work);
   * false, and nothing shown, if `fits` says the report no longer fits the document meanwhile.
   */
  async publish(document: Pick<vscode.TextDocument, 'uri' | 'positionAt'>, report: DocumentReport, settings: Settings, fits = () => true): Promise<boolean> {
    const { findings } = report.result
    const linted: Linted[] = []
    for (let start = 0; start < findings.length; start += FINDINGS_PER_CHUNK) {
      if (start) {
        await yieldToHost()
        if (!fits()) return false
      }
      for (const finding of findings.slice(start, start + FINDINGS_PER_CHUNK)) linted.push({ finding, diagnostic: toDiagnostic(document as vscode.TextDocument, finding, settings) })
    }
    this.findings.set(document.uri, report.version, linted)
    this.reports.set(document.uri.toString(), report)
    this.diagnostics.set(document.uri, linted.map((l) => l.diagnostic))
    this.linted.fire(document.uri)
    return true
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString()
    clearTimeout(this.timers.get(key))
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1)
    this.diagnostics.delete(uri)
    this.findings.delete(uri)
    this.reports.delete(key)
    this.liveLint.forget(key)
    this.linted.fire(uri)
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t))
    this.liveLint.dispose()
    this.disposables.forEach((d) => d.dispose())
  }
}
