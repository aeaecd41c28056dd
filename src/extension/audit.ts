// "Audit Workspace": every prose file of every workspace folder (minus files.exclude, .gitignore
// and the config's ignore globs), with a cancellable progress notification, results in the
// Problems panel, a summary in the "Cluetrain Audit" output channel and the report (report-panel.ts).
import ignore from 'ignore'
import * as vscode from 'vscode'
import { formatOfPath, PROSE_GLOB } from '../node/document-files.js'
import { FileReadError } from '../node/read-file.js'
import type { ConfigStore } from './config-store.js'
import { loadEngine, loadReport } from './engine.js'
import { LintPool } from './lint-pool.js'
import { writtenByCluetrain, type Linter } from './linter.js'
import type { Log } from './log.js'
import type { AuditedReport } from './report-panel.js'
import { readUri } from './read-uri.js'
import { lintOptions, messageLocale, readSettings } from './settings.js'

export interface AuditSummary {
  files: number
  skipped: number
  findings: number
  cancelled: boolean
  /** Worker threads that linted (0: the host did, where workers cannot start). */
  threads: number
  byPrinciple: Record<string, number>
  worst: Array<{ path: string; score: number; findings: number }>
  /** The report of what was linted (also when cancelled: it then says so in its title). */
  report: AuditedReport
}

/** `cancel`: a caller's own token (the extension API), besides the notification's Cancel button. */
export async function auditWorkspace(linter: Linter, configs: ConfigStore, log: Log, channel: vscode.OutputChannel, cancel?: vscode.CancellationToken): Promise<AuditSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Cluetrain: auditing the workspace'), cancellable: true },
    async (progress, button) => {
      const source = new vscode.CancellationTokenSource()
      button.onCancellationRequested(() => source.cancel())
      cancel?.onCancellationRequested(() => source.cancel())
      if (cancel?.isCancellationRequested) source.cancel()
      const token = source.token
      const uris = await proseFiles(configs, token)
      const builder = new (loadReport().ReportBuilder)({ title: reportTitle() })
      const reportUris = new Map<string, vscode.Uri>()
      const summary: Omit<AuditSummary, 'report'> = { files: 0, skipped: 0, findings: 0, cancelled: false, threads: 0, byPrinciple: {}, worst: [] }
      const pool = new LintPool()
      summary.threads = pool.threads
      token.onCancellationRequested(() => pool.dispose())
      // A few files in flight per worker: enough to keep them busy, little held in memory.
      const window = Math.max(2, pool.threads * 2)
      let nextFile = 0
      const one = async (uri: vscode.Uri) => {
        const settings = readSettings(uri)
        const text = await readProse(uri, settings.maxFileSizeBytes)
        if (typeof text !== 'string') {
          summary.skipped++
          builder.skip(vscode.workspace.asRelativePath(uri), text.skipped)
          log.info(vscode.l10n.t('Audit skipped {0}: {1}', vscode.workspace.asRelativePath(uri), text.skipped))
          return
        }
        const { config } = await configs.forDocument(uri)
        const { result, score } = await pool.lint(text, lintOptions(formatOfPath(uri.path), settings, config))
        if (token.isCancellationRequested) return
        await linter.publish({ uri, positionAt: positionsOf(text) }, { uri, version: 0, result, score }, settings)
        summary.files++
        summary.findings += result.findings.length
        const path = vscode.workspace.asRelativePath(uri)
        builder.add({ path, language: result.language, words: result.words, findings: result.findings })
        reportUris.set(path, uri)
        progress.report({ message: `${summary.files + summary.skipped}/${uris.length}`, increment: 100 / uris.length })
      }
      const lane = async () => {
        while (nextFile < uris.length && !token.isCancellationRequested) {
          await one(uris[nextFile++]).catch((error) => token.isCancellationRequested || log.error(String(error?.message ?? error)))
        }
      }
      try {
        await Promise.all(Array.from({ length: window }, lane))
      } finally {
        pool.dispose()
      }
      summary.cancelled = token.isCancellationRequested
      // The channel's summary is read off the report: one tally of principles and scores.
      const report = builder.finish()
      const locale = messageLocale()
      for (const f of report.byFamily) if (f.count) summary.byPrinciple[`${f.id} ${f.name[locale]}`] = f.count
      summary.worst = report.files.slice(0, 10).map((f) => ({ path: f.path, score: f.score, findings: f.total }))
      writeSummary(channel, summary)
      if (summary.cancelled) report.title = vscode.l10n.t('{0} (cancelled after {1} of {2} files)', report.title, summary.files + summary.skipped, uris.length)
      return { ...summary, report: { report, uris: reportUris } }
    },
  )
}

function reportTitle(): string {
  const name = vscode.workspace.name ?? vscode.workspace.workspaceFolders?.[0]?.name
  return name ? vscode.l10n.t('Cluetrain audit of {0}', name) : vscode.l10n.t('Cluetrain audit')
}

async function proseFiles(configs: ConfigStore, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(PROSE_GLOB, undefined, undefined, token)
  const kept: vscode.Uri[] = []
  const gitignores = new Map<string, ReturnType<typeof ignore> | null>()
  for (const [i, uri] of found.entries()) {
    if (token.isCancellationRequested) break
    // Cached lookups resolve at once, so without a pause the scan would hold the host for a second.
    if (i % 256 === 255) await new Promise((resolve) => setImmediate(resolve))
    const folder = vscode.workspace.getWorkspaceFolder(uri)
    if (folder) {
      const key = folder.uri.toString()
      if (!gitignores.has(key)) gitignores.set(key, await readGitignore(folder.uri))
      const rules = gitignores.get(key)
      const relative = uri.path.slice(folder.uri.path.length + 1)
      if (rules?.ignores(relative)) continue
    }
    if (!configs.isIgnored(uri, await configs.forDocument(uri))) kept.push(uri)
  }
  return kept.sort((a, b) => a.path.localeCompare(b.path))
}

/** Bounded like a config: a repository can commit `.gitignore -> /dev/zero` too. */
async function readGitignore(folder: vscode.Uri): Promise<ReturnType<typeof ignore> | null> {
  try {
    return ignore().add(new TextDecoder().decode(await readUri(vscode.Uri.joinPath(folder, '.gitignore'), loadEngine().CONFIG_MAX_BYTES)))
  } catch {
    return null
  }
}

async function readProse(uri: vscode.Uri, maxBytes: number): Promise<string | { skipped: string }> {
  const text = await readFileText(uri, maxBytes)
  const report = typeof text === 'string' && writtenByCluetrain(text)
  return report ? { skipped: report } : text
}

async function readFileText(uri: vscode.Uri, maxBytes: number): Promise<string | { skipped: string }> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
  if (open) return open.getText()
  try {
    // Local files through Node (readUri): the workbench's file service costs ~14 ms a file in
    // code-server against 1 ms, which made a 10,000-file audit wait on reads. An oversized file is
    // never read into memory, nor is anything but a regular file.
    const text = loadEngine().decodeText(await readUri(uri, maxBytes))
    return text ?? { skipped: vscode.l10n.t('binary file') }
  } catch (error) {
    if (error instanceof FileReadError && error.problem.kind === 'too-large') return { skipped: vscode.l10n.t('larger than {0} MB (setting cluetrain.maxFileSizeMB)', maxBytes / 1e6) }
    return { skipped: String((error as Error).message ?? error) }
  }
}

// Positions for a file that is not open in an editor, from its text (the engine's line index).
function positionsOf(text: string): (offset: number) => vscode.Position {
  const place = loadEngine().lineIndex(text)
  return (offset) => {
    const { line, column } = place(offset)
    return new vscode.Position(line - 1, column - 1)
  }
}

function writeSummary(channel: vscode.OutputChannel, summary: Omit<AuditSummary, 'report'>): void {
  channel.clear()
  channel.appendLine(vscode.l10n.t('Cluetrain audit: {0} files, {1} findings, {2} skipped{3}', summary.files, summary.findings, summary.skipped, summary.cancelled ? vscode.l10n.t(' (cancelled)') : ''))
  channel.appendLine('')
  // No file linted: no score, rather than the perfect one an empty sum would give.
  if (!summary.files) {
    channel.appendLine(vscode.l10n.t('No score: no file was linted.'))
    return channel.show(true)
  }
  channel.appendLine(vscode.l10n.t('Findings per principle:'))
  for (const [principle, count] of Object.entries(summary.byPrinciple).sort((a, b) => b[1] - a[1])) channel.appendLine(`  ${String(count).padStart(5)}  ${principle}`)
  channel.appendLine('')
  channel.appendLine(vscode.l10n.t('Files with the most corporate voice (score out of 100):'))
  for (const w of summary.worst) channel.appendLine(`  ${String(w.score).padStart(3)}  ${w.path}  (${w.findings})`)
  channel.show(true)
}
