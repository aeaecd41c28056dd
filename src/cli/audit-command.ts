// `cluetrain audit`: lints like `lint`, then prints a reviewer's summary (the human-voice score,
// findings per principle, the worst files) and writes the report files it is asked for, HTML or
// Markdown by their extension, with links to the files relative to where each report is written.
import { basename, dirname, extname, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isScored, ReportBuilder, renderHtml, renderMarkdown, type AuditReport } from '../report/index.js'
import { UsageError, wholeNumber, type Io } from './args.js'
import { writeAtomically } from './files.js'
import { lintTargets, type RunSettings } from './lint-run.js'
import { safeLine, shown } from './output-safety.js'

interface AuditValues {
  report?: string[]
  'min-score'?: string
  format?: string
  'max-warnings'?: string
  'write-baseline'?: string
}

const REPORT_KINDS: Record<string, 'html' | 'markdown'> = { '.html': 'html', '.htm': 'html', '.md': 'markdown', '.markdown': 'markdown' }

export async function auditCommand(targets: string[], values: AuditValues, settings: RunSettings, io: Io): Promise<number> {
  for (const option of ['format', 'max-warnings', 'write-baseline'] as const) {
    if (values[option] !== undefined) throw new UsageError(`--${option} belongs to \`cluetrain lint\``)
  }
  const reports = (values.report ?? []).map((file) => {
    const kind = REPORT_KINDS[extname(file).toLowerCase()]
    if (!kind) throw new UsageError(`--report takes a .html or .md file, not “${file}”`)
    return { path: resolve(io.cwd, file), kind }
  })
  const minScore = values['min-score'] === undefined ? undefined : wholeNumber(values['min-score'], 'min-score')

  const run = await lintTargets(targets, settings, io)
  if (!run) return 2
  const audited = targets.length === 1 ? basename(resolve(io.cwd, targets[0])) : targets.join(', ')
  const builder = new ReportBuilder({ title: settings.locale === 'fr' ? `Audit Cluetrain de ${audited}` : `Cluetrain audit of ${audited}` })
  run.reports.forEach((r) => builder.add({ path: r.path, language: r.language, words: r.words ?? 0, findings: r.messages }))
  for (const { path, reason } of run.skipped) builder.skip(path, reason)
  const report = builder.finish()

  const absoluteOf = new Map(run.reports.map((r, i) => [r.path, run.absolute[i]]))
  for (const target of reports) {
    const fileHref = (path: string) => {
      const file = absoluteOf.get(path)
      return file ? relative(dirname(target.path), file).split(sep).map(encodeURIComponent).join('/') : undefined
    }
    const text = target.kind === 'html' ? renderHtml(report, { target: 'standalone', fileHref, locale: settings.locale }) : renderMarkdown(report, { fileHref, locale: settings.locale })
    writeAtomically(target.path, text)
    io.stderr(safeLine`cluetrain: wrote ${relative(io.cwd, target.path) || target.path} (${pathToFileURL(target.path).href})\n`)
  }
  io.stdout(summary(report, run.known))
  if (minScore !== undefined && !isScored(report)) {
    io.stderr(`cluetrain: no score to hold to --min-score ${minScore}: no file was linted\n`)
    return 1
  }
  if (minScore !== undefined && report.score < minScore) {
    io.stderr(safeLine`cluetrain: human-voice score ${report.score} is under --min-score ${minScore}\n`)
    return 1
  }
  return 0
}

function summary(report: AuditReport, known: number): string {
  const { totals } = report
  const lines = [
    (isScored(report) ? `Human-voice score: ${report.score}/100 over ${totals.words.toLocaleString('en')} words in ${totals.files} file${totals.files === 1 ? '' : 's'}` : 'No score: no file was linted') +
      (totals.skipped ? ` (${totals.skipped} skipped)` : ''),
    `${totals.findings} finding${totals.findings === 1 ? '' : 's'}: ${totals.bySeverity.error} error${totals.bySeverity.error === 1 ? '' : 's'}, ${totals.bySeverity.warning} warning${totals.bySeverity.warning === 1 ? '' : 's'}, ${totals.bySeverity.info} info` +
      (known ? `; ${known} more in the baseline` : ''),
    '',
  ]
  const families = report.byFamily.filter((f) => f.count > 0).sort((a, b) => b.count - a.count)
  if (families.length) {
    lines.push('Findings per principle:')
    for (const f of families) lines.push(safeLine`  ${String(f.count).padStart(6)}  ${f.id} ${f.name.en}`)
    lines.push('')
  }
  const worst = report.files.filter((f) => f.total > 0).slice(0, 10)
  if (worst.length) {
    lines.push('Files with the most corporate voice (score out of 100):')
    for (const f of worst) lines.push(safeLine`  ${String(f.score).padStart(6)}  ${f.path}  (${f.total} finding${f.total === 1 ? '' : 's'})`)
    lines.push('')
  }
  if (report.repeated.length) {
    lines.push('Most repeated:')
    for (const r of report.repeated.slice(0, 5)) lines.push(`  ${String(r.count).padStart(6)}× “${shown(r.actual)}”${r.expected.length ? ` → ${r.expected.slice(0, 2).map(shown).join(', ')}` : ''}  (${shown(r.ruleId)})`)
    lines.push('')
  }
  return `${lines.join('\n')}`
}
