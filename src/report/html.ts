// The report as one HTML page: offline (nothing loaded from anywhere, the CSP says so), readable
// in light and dark, charts as inline SVG with their numbers in a table beside them. In a VS Code
// webview, positions are links that ask the extension to open the file there.
import { POINTS_PER_WEIGHT, ruleUrl, SEVERITY_WEIGHT, type Severity } from '../engine/index.js'
import { stylesheet } from './css.js'
import { escapeDoubleQuoted, escapeHtml } from './escape.js'
import { formatDate, formatNumber, labelsFor, type ReportLocale } from './labels.js'
import { REPORT_MARKER } from './marker.js'
import { isScored, type AuditReport } from './model.js'
import { barChart, scoreMeter } from './svg.js'
import { bandClass, filesTable, findingsByFile, flagged, ruleLink, SEVERITIES, skippedFiles, suggestions, type Context } from './html-files.js'

export { bandClass }

export interface Position {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export interface HtmlOptions {
  /** 'standalone' (default): a file to open in any browser. 'webview': inside VS Code. */
  target?: 'standalone' | 'webview'
  /** Required for 'webview': put on the <style> and <script>, and in the CSP. */
  nonce?: string
  /** The webview's cspSource, allowed as a style source. */
  cspSource?: string
  /** Standalone: where a file (and a finding's position in it) links to; undefined: no link. */
  fileHref?: (path: string, position?: Position) => string | undefined
  locale?: ReportLocale
}


export function renderHtml(report: AuditReport, options: HtmlOptions = {}): string {
  const webview = options.target === 'webview'
  const labels = labelsFor(options.locale)
  if (webview && !/^[A-Za-z0-9+/=_-]{8,}$/.test(options.nonce ?? '')) throw new Error('renderHtml: a webview report needs a nonce (8 or more base64 characters)')
  const nonce = webview ? ` nonce="${options.nonce}"` : ''
  const ctx: Context = { labels, webview, fileHref: options.fileHref, number: (n) => formatNumber(labels, n) }
  const title = report.title || labels.defaultTitle
  const csp = webview
    ? `default-src 'none'; style-src ${options.cspSource ? `${cspSourceOf(options.cspSource)} ` : ''}'nonce-${options.nonce}'; script-src 'nonce-${options.nonce}'`
    : `default-src 'none'; style-src 'unsafe-inline'; img-src data:`
  return [
    '<!doctype html>',
    `<html lang="${labels.locale}">`,
    REPORT_MARKER,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeDoubleQuoted(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${escapeHtml(title)}</title>`,
    `<style${nonce}>${stylesheet(webview ? 'webview' : 'standalone')}</style>`,
    '</head>',
    `<body class="${webview ? 'webview' : 'standalone'}">`,
    '<div class="page">',
    '<header class="page-header">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="muted">${escapeHtml(labels.generated(formatDate(labels, report.generated)))}</p>`,
    '</header>',
    '<main>',
    overview(report, ctx),
    charts(report, ctx),
    repeated(report, ctx),
    filesTable(report, ctx),
    report.files.some((f) => f.findings?.length) ? findingsByFile(report, ctx) : '',
    report.skipped.length ? skippedFiles(report, ctx) : '',
    '</main>',
    `<footer><p>${escapeHtml(labels.footer)}</p></footer>`,
    '</div>',
    webview ? `<script${nonce}>${OPEN_SCRIPT}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

// Event delegation: one listener for every position link, mouse and keyboard alike (a link's
// Enter fires click). acquireVsCodeApi may be called once per page, so it is called here only.
const OPEN_SCRIPT = `(function () {
  var vscode = acquireVsCodeApi();
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[data-path]') : null;
    if (!link) return;
    event.preventDefault();
    var d = link.dataset;
    vscode.postMessage({ type: 'open', path: d.path, line: Number(d.line), column: Number(d.column), endLine: Number(d.endLine), endColumn: Number(d.endColumn) });
  });
})();`

function cspSourceOf(source: string): string {
  // The webview's own origins, e.g. "'self' https://*.vscode-cdn.net" (code-server gives two):
  // host sources or 'self', nothing that ends the directive or loosens it ('unsafe-inline').
  const tokens = source.trim().split(/\s+/)
  if (!tokens.every((t) => t === "'self'" || /^[^\s;,'"]+$/.test(t))) throw new Error('renderHtml: cspSource must be CSP host sources or \'self\'')
  return tokens.join(' ')
}

function overview(report: AuditReport, ctx: Context): string {
  const { labels, number } = ctx
  const { totals } = report
  const band = bandClass(report.score)
  const score = [
    `<p class="score"><span class="score-value ${band}" id="overall-score">${report.score}</span><span class="score-max">/ 100</span></p>`,
    scoreMeter(report.score, band),
    `<p class="band">${escapeHtml(labels.scoreBand(report.score))}</p>`,
  ]
  const cost = Object.fromEntries(SEVERITIES.map((s) => [s, SEVERITY_WEIGHT[s] * POINTS_PER_WEIGHT])) as Record<Severity, number>
  const stat = (label: string, value: number, group = '') => `<dt${group}>${escapeHtml(label)}</dt><dd${group}>${number(value)}</dd>`
  const costs = report.costs.slice(0, 6)
  return [
    '<section aria-labelledby="summary-heading">',
    `<h2 id="summary-heading" class="visually-hidden">${escapeHtml(labels.summary)}</h2>`,
    '<div class="overview">',
    '<div class="card score-card">',
    `<p class="score-label">${escapeHtml(labels.score)}</p>`,
    ...(isScored(report) ? score : [`<p class="band" id="no-score">${escapeHtml(labels.noScore)}</p>`]),
    `<p class="formula">${escapeHtml(labels.scoreFormula(cost))}</p>`,
    '</div>',
    '<div class="card">',
    '<dl class="stats">',
    stat(labels.filesLinted, totals.files),
    stat(labels.filesWithFindings, totals.filesWithFindings),
    stat(labels.filesSkipped, totals.skipped),
    stat(labels.words, totals.words),
    stat(labels.findings, totals.findings, ' class="group"'),
    ...SEVERITIES.map((s) => `<dt><span class="sev sev-${s}">${escapeHtml(labels.severity[s])}</span></dt><dd>${number(totals.bySeverity[s])}</dd>`),
    '</dl>',
    '</div>',
    '<div class="card">',
    `<h3>${escapeHtml(labels.costs)}</h3>`,
    costs.length
      ? `<ol class="costs">${costs.map((c) => `<li><span>${ruleLink(c.ruleId, ruleUrl(c.ruleId))} <span class="muted">× ${number(c.count)}</span></span><span class="pts">${escapeHtml(labels.points(number(c.points)))}</span></li>`).join('')}</ol>`
      : `<p class="muted">${escapeHtml(labels.clean)}</p>`,
    '</div>',
    '</div>',
    '</section>',
  ].join('\n')
}

function charts(report: AuditReport, ctx: Context): string {
  const { labels, number } = ctx
  const familyName = (f: AuditReport['byFamily'][number]) => `${f.id} ${f.name[labels.locale]}`
  const family = barChart({
    id: 'chart-family',
    title: labels.byFamily,
    description: labels.byFamilyDesc,
    bars: report.byFamily.map((f) => ({ label: familyName(f), value: f.count })),
    formatValue: number,
  })
  const language = barChart({
    id: 'chart-language',
    title: labels.byLanguage,
    description: labels.byLanguageDesc,
    bars: report.byLanguage.map((l) => ({ label: labels.languages[l.language], value: l.findings })),
    formatValue: number,
    barClass: 'lang',
    width: 360,
  })
  const familyTable = dataTable(
    labels.byFamily,
    [labels.principle, labels.count, ...SEVERITIES.map((s) => labels.severities[s])],
    report.byFamily.map((f) => [escapeHtml(familyName(f)), number(f.count), ...SEVERITIES.map((s) => number(f.bySeverity[s]))]),
  )
  const languageTable = dataTable(
    labels.byLanguage,
    [labels.language, labels.count, labels.filesLinted, labels.words],
    report.byLanguage.map((l) => [escapeHtml(labels.languages[l.language]), number(l.findings), number(l.files), number(l.words)]),
  )
  return [
    '<section class="charts">',
    `<div class="card" role="group" aria-labelledby="family-heading"><h2 id="family-heading">${escapeHtml(labels.byFamily)}</h2>${family}<details><summary>${escapeHtml(labels.numbers)}</summary>${familyTable}</details></div>`,
    `<div class="card" role="group" aria-labelledby="language-heading"><h2 id="language-heading">${escapeHtml(labels.byLanguage)}</h2>${language}<details><summary>${escapeHtml(labels.numbers)}</summary>${languageTable}</details></div>`,
    '</section>',
  ].join('\n')
}

/** First column: row headers (already escaped), the rest numbers. */
function dataTable(caption: string, heads: string[], rows: string[][]): string {
  return [
    '<table>',
    `<caption class="visually-hidden">${escapeHtml(caption)}</caption>`,
    `<thead><tr>${heads.map((h, i) => `<th scope="col"${i ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map(([head, ...cells]) => `<tr><th scope="row">${head}</th>${cells.map((c) => `<td class="num">${c}</td>`).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('')
}

function repeated(report: AuditReport, ctx: Context): string {
  const { labels, number } = ctx
  const head = `<h2 id="repeated-heading">${escapeHtml(labels.repeated)}</h2><p class="muted">${escapeHtml(labels.repeatedDesc)}</p>`
  if (!report.repeated.length) return `<section aria-labelledby="repeated-heading">${head}<p>${escapeHtml(labels.noRepeated)}</p></section>`
  const rows = report.repeated.map(
    (p) =>
      `<tr><th scope="row">${flagged(p.actual, p.language)}</th><td>${ruleLink(p.ruleId, p.url)}</td><td class="num">${number(p.count)}</td><td class="num">${number(p.files)}</td><td class="suggestions">${suggestions(p.expected, p.language, labels)}</td></tr>`,
  )
  return [
    '<section aria-labelledby="repeated-heading">',
    head,
    '<div class="table-wrap"><table>',
    `<caption class="visually-hidden">${escapeHtml(labels.repeated)}</caption>`,
    `<thead><tr><th scope="col">${escapeHtml(labels.phrase)}</th><th scope="col">${escapeHtml(labels.rule)}</th><th scope="col" class="num">${escapeHtml(labels.times)}</th><th scope="col" class="num">${escapeHtml(labels.inFiles)}</th><th scope="col">${escapeHtml(labels.suggestions)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
    '</section>',
  ].join('\n')
}
