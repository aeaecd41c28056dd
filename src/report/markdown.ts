// The report as GitHub-flavoured Markdown: the same content as the HTML page, for a pull request,
// a wiki or a terminal. Charts are bars of block characters beside their numbers.
import { POINTS_PER_WEIGHT, ruleUrl, SEVERITY_WEIGHT, type Language, type Severity } from '../engine/index.js'
import { escapeMarkdown, fileUrl, markdownUrl, truncate, webUrl } from './escape.js'
import type { Position } from './html.js'
import { formatDate, formatNumber, labelsFor, quote, type Labels, type ReportLocale } from './labels.js'
import { REPORT_MARKER } from './marker.js'
import { isScored, type AuditReport, type FileEntry } from './model.js'

export interface MarkdownOptions {
  /** Where a file (and a finding's position in it) links to; undefined: no link. */
  fileHref?: (path: string, position?: Position) => string | undefined
  locale?: ReportLocale
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
const BAR_CELLS = 24
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉']

/** A bar of `█`, to the eighth of a cell: the largest value fills BAR_CELLS cells. */
export function textBar(value: number, largest: number, cells = BAR_CELLS): string {
  if (largest <= 0 || value <= 0) return ''
  const eighths = Math.max(1, Math.round((value / largest) * cells * 8))
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]
}

export function renderMarkdown(report: AuditReport, options: MarkdownOptions = {}): string {
  const labels = labelsFor(options.locale)
  const n = (value: number) => formatNumber(labels, value)
  const out: string[] = []
  const { totals } = report
  out.push(REPORT_MARKER, `# ${escapeMarkdown(report.title || labels.defaultTitle)}`, '', escapeMarkdown(labels.generated(formatDate(labels, report.generated))), '')

  out.push(`## ${labels.summary}`, '')
  const colon = labels.colon
  out.push(isScored(report) ? `**${labels.score}${colon}${report.score}/100**, ${escapeMarkdown(labels.scoreBand(report.score))}` : `**${escapeMarkdown(labels.noScore)}**`, '')
  const cost = Object.fromEntries(SEVERITIES.map((s) => [s, SEVERITY_WEIGHT[s] * POINTS_PER_WEIGHT])) as Record<Severity, number>
  out.push(escapeMarkdown(labels.scoreFormula(cost)), '')
  out.push(
    `- ${labels.filesLinted}${colon}${n(totals.files)}`,
    `- ${labels.filesWithFindings}${colon}${n(totals.filesWithFindings)}`,
    `- ${labels.filesSkipped}${colon}${n(totals.skipped)}`,
    `- ${labels.words}${colon}${n(totals.words)}`,
    `- ${labels.findings}${colon}${n(totals.findings)} (${SEVERITIES.map((s) => labels.severityCount(n(totals.bySeverity[s]), totals.bySeverity[s], s)).join(', ')})`,
    '',
  )
  if (report.costs.length) {
    const costs = report.costs.slice(0, 6).map((c) => `${link(escapeMarkdown(c.ruleId), ruleUrl(c.ruleId))} × ${n(c.count)} ${labels.points(n(c.points))}`)
    out.push(`${labels.costs}${colon}${costs.join(', ')}.`, '')
  }

  const familyMax = Math.max(0, ...report.byFamily.map((f) => f.count))
  out.push(`## ${labels.byFamily}`, '', table([labels.principle, labels.count, ''], ['l', 'r', 'l'], report.byFamily.map((f) => [escapeMarkdown(`${f.id} ${f.name[labels.locale]}`), n(f.count), textBar(f.count, familyMax)])), '')
  const languageMax = Math.max(0, ...report.byLanguage.map((l) => l.findings))
  out.push(`## ${labels.byLanguage}`, '', table([labels.language, labels.count, ''], ['l', 'r', 'l'], report.byLanguage.map((l) => [labels.languages[l.language], n(l.findings), textBar(l.findings, languageMax)])), '')

  out.push(`## ${labels.repeated}`, '', escapeMarkdown(labels.repeatedDesc), '')
  if (report.repeated.length) {
    out.push(
      table(
        [labels.phrase, labels.rule, labels.times, labels.inFiles, labels.suggestions],
        ['l', 'l', 'r', 'r', 'l'],
        report.repeated.map((p) => [phrase(p.actual), link(escapeMarkdown(p.ruleId), p.url), n(p.count), n(p.files), suggestions(p.expected, p.language, labels)]),
      ),
      '',
    )
  } else out.push(escapeMarkdown(labels.noRepeated), '')

  out.push(`## ${labels.filesWorstFirst}`, '')
  out.push(
    table(
      [labels.file, labels.language, labels.words, labels.scoreShort, ...SEVERITIES.map((s) => labels.severities[s])],
      ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
      report.files.map((f) => [fileLink(f.path, undefined, options), labels.languages[f.language], n(f.words), String(f.score), ...SEVERITIES.map((s) => n(f.bySeverity[s]))]),
    ),
    '',
  )
  if (totals.notDetailed > 0) out.push(`> ${escapeMarkdown(labels.notDetailed(totals.notDetailed, report.maxDetailedFiles))}`, '')

  const detailed = report.files.filter((f) => f.findings?.length)
  if (detailed.length) {
    out.push(`## ${labels.findingsByFile}`, '')
    for (const file of detailed) out.push(...fileSection(file, labels, n, options))
  }

  if (report.skipped.length) {
    out.push(`## ${labels.skippedFiles}`, '', table([labels.file, labels.reason], ['l', 'l'], report.skipped.map((s) => [escapeMarkdown(s.path), escapeMarkdown(s.reason)])), '')
  }
  out.push('---', '', escapeMarkdown(labels.footer), '')
  return out.join('\n')
}

function fileSection(file: FileEntry, labels: Labels, n: (value: number) => string, options: MarkdownOptions): string[] {
  const counts = SEVERITIES.filter((s) => file.bySeverity[s]).map((s) => labels.severityCount(n(file.bySeverity[s]), file.bySeverity[s], s))
  const rows = (file.findings ?? []).map((f) => [
    fileLink(file.path, f, options, `${f.line}:${f.column}`),
    labels.severity[f.severity],
    link(escapeMarkdown(f.ruleId), f.url),
    phrase(f.actual),
    suggestions(f.expected, f.language, labels),
    escapeMarkdown(f.message),
  ])
  return [
    `### ${fileLink(file.path, undefined, options)}`,
    '',
    `${labels.fileScore(file.score)} · ${counts.join(', ')} · ${n(file.words)} ${labels.words.toLowerCase()}`,
    '',
    table([labels.position, labels.severityHead, labels.rule, labels.flagged, labels.suggestions, labels.message], ['l', 'l', 'l', 'l', 'l', 'l'], rows),
    '',
  ]
}

/** Cells must already be escaped: they may hold links. */
function table(heads: string[], align: Array<'l' | 'r'>, rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(heads.map(escapeMarkdown)), line(align.map((a) => (a === 'r' ? '---:' : ':---'))), ...rows.map(line)].join('\n')
}

function link(text: string, url: string): string {
  const href = webUrl(url)
  return href ? `[${text}](${markdownUrl(href)})` : text
}

function fileLink(path: string, at: Position | undefined, options: MarkdownOptions, text = path): string {
  const href = fileUrl(options.fileHref?.(path, at && { line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn }))
  return href ? `[${escapeMarkdown(text)}](${markdownUrl(href)})` : escapeMarkdown(text)
}

function phrase(actual: string): string {
  return `**${escapeMarkdown(truncate(actual, 120))}**`
}

function suggestions(expected: readonly string[], language: Language, labels: Labels): string {
  return expected.length ? escapeMarkdown(expected.map((e) => quote(language, e)).join(', ')) : labels.noSuggestion
}
