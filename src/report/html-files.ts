// The report's per-file parts: the files table, each file's findings, the skipped files, and the
// links they share (to a file or a finding in it, to a rule's docs). Split from html.ts, which
// lays out the page.
import type { Language, Severity } from '../engine/index.js'
import { escapeHtml, fileUrl, truncate, webUrl } from './escape.js'
import { quote, type Labels } from './labels.js'
import type { AuditReport, FileEntry, FindingRecord } from './model.js'
import type { HtmlOptions } from './html.js'

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

export interface Context {
  labels: Labels
  webview: boolean
  fileHref?: HtmlOptions['fileHref']
  number: (n: number) => string
}

export function bandClass(score: number): 'good' | 'fair' | 'poor' | 'bad' {
  return score >= 90 ? 'good' : score >= 75 ? 'fair' : score >= 50 ? 'poor' : 'bad'
}

export function filesTable(report: AuditReport, ctx: Context): string {
  const { labels, number } = ctx
  const rows = report.files.map((file, index) => {
    const name = file.findings?.length ? `<a class="path" href="#${fileAnchor(index)}">${escapeHtml(file.path)}</a>` : openLink(file.path, undefined, ctx, `<span class="path">${escapeHtml(file.path)}</span>`)
    return `<tr><th scope="row">${name}</th><td>${escapeHtml(labels.languages[file.language])}</td><td class="num">${number(file.words)}</td><td class="num"><span class="chip ${bandClass(file.score)}">${file.score}</span></td>${SEVERITIES.map((s) => `<td class="num">${number(file.bySeverity[s])}</td>`).join('')}</tr>`
  })
  const note = report.totals.notDetailed > 0 ? `<p class="note" id="not-detailed">${escapeHtml(labels.notDetailed(report.totals.notDetailed, report.maxDetailedFiles))}</p>` : ''
  return [
    '<section id="files" aria-labelledby="files-heading">',
    `<h2 id="files-heading">${escapeHtml(labels.filesWorstFirst)}</h2>`,
    '<div class="table-wrap"><table>',
    `<caption class="visually-hidden">${escapeHtml(labels.filesWorstFirst)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(labels.file)}</th><th scope="col">${escapeHtml(labels.language)}</th><th scope="col" class="num">${escapeHtml(labels.words)}</th><th scope="col" class="num">${escapeHtml(labels.scoreShort)}</th>${SEVERITIES.map((s) => `<th scope="col" class="num">${escapeHtml(labels.severities[s])}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
    note,
    '</section>',
  ].join('\n')
}

export function findingsByFile(report: AuditReport, ctx: Context): string {
  const sections = report.files.map((file, index) => (file.findings?.length ? fileSection(file, index, ctx) : '')).filter(Boolean)
  return ['<section aria-labelledby="details-heading">', `<h2 id="details-heading">${escapeHtml(ctx.labels.findingsByFile)}</h2>`, ...sections, '</section>'].join('\n')
}

export function fileSection(file: FileEntry, index: number, ctx: Context): string {
  const { labels, number } = ctx
  const anchor = fileAnchor(index)
  const rows = (file.findings ?? []).map(
    (f) =>
      `<tr><td>${openLink(file.path, f, ctx, `<span class="pos">${f.line}:${f.column}</span>`)}</td><td><span class="sev sev-${f.severity}">${escapeHtml(labels.severity[f.severity])}</span></td><td>${ruleLink(f.ruleId, f.url)}</td><td>${flagged(f.actual, f.language)}</td><td class="suggestions">${suggestions(f.expected, f.language, labels)}</td><td class="message">${escapeHtml(f.message)}</td></tr>`,
  )
  const counts = SEVERITIES.filter((s) => file.bySeverity[s]).map((s) => labels.severityCount(number(file.bySeverity[s]), file.bySeverity[s], s))
  return [
    `<section class="file" id="${anchor}" aria-labelledby="${anchor}-heading">`,
    `<div class="file-head"><h3 id="${anchor}-heading">${openLink(file.path, undefined, ctx, `<span class="path">${escapeHtml(file.path)}</span>`)}</h3>`,
    `<span class="meta"><span class="chip ${bandClass(file.score)}">${escapeHtml(labels.fileScore(file.score))}</span> · ${escapeHtml(counts.join(', '))} · ${number(file.words)} ${escapeHtml(labels.words.toLowerCase())}</span></div>`,
    '<div class="table-wrap"><table>',
    `<caption class="visually-hidden">${escapeHtml(file.path)}</caption>`,
    `<thead><tr>${[labels.position, labels.severityHead, labels.rule, labels.flagged, labels.suggestions, labels.message].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
    '</section>',
  ].join('\n')
}

export function skippedFiles(report: AuditReport, ctx: Context): string {
  const { labels } = ctx
  const rows = report.skipped.map((s) => `<tr><th scope="row"><span class="path">${escapeHtml(s.path)}</span></th><td>${escapeHtml(s.reason)}</td></tr>`)
  return [
    '<section aria-labelledby="skipped-heading">',
    `<h2 id="skipped-heading">${escapeHtml(labels.skippedFiles)}</h2>`,
    '<div class="table-wrap"><table>',
    `<caption class="visually-hidden">${escapeHtml(labels.skippedFiles)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(labels.file)}</th><th scope="col">${escapeHtml(labels.reason)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
    '</section>',
  ].join('\n')
}

export function fileAnchor(index: number): string {
  return `file-${index + 1}`
}

/**
 * A way to the file (at a finding, when given): in a webview a link the script turns into an
 * 'open' message; standalone, the caller's fileHref; else the content alone.
 */
export function openLink(path: string, at: FindingRecord | undefined, ctx: Context, content: string): string {
  const where = at ?? { line: 1, column: 1, endLine: 1, endColumn: 1 }
  const label = at ? ctx.labels.openAt(path, at.line, at.column) : ctx.labels.openFile(path)
  if (ctx.webview) {
    const data = `data-path="${escapeHtml(path)}" data-line="${where.line}" data-column="${where.column}" data-end-line="${where.endLine}" data-end-column="${where.endColumn}"`
    return `<a href="#" class="open" ${data} aria-label="${escapeHtml(label)}">${content}</a>`
  }
  const href = fileUrl(ctx.fileHref?.(path, at && { line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn }))
  return href ? `<a href="${escapeHtml(href)}" class="open" aria-label="${escapeHtml(label)}">${content}</a>` : content
}

export function ruleLink(ruleId: string, url: string): string {
  const href = webUrl(url)
  return href ? `<a href="${escapeHtml(href)}" class="rule" rel="noreferrer">${escapeHtml(ruleId)}</a>` : `<span class="rule">${escapeHtml(ruleId)}</span>`
}

export function flagged(actual: string, language: Language): string {
  return `<span class="flagged" lang="${language}">${escapeHtml(truncate(actual, 120))}</span>`
}

export function suggestions(expected: readonly string[], language: Language, labels: Labels): string {
  if (!expected.length) return `<span class="muted">${escapeHtml(labels.noSuggestion)}</span>`
  return `<span lang="${language}">${escapeHtml(expected.map((e) => quote(language, e)).join(', '))}</span>`
}
