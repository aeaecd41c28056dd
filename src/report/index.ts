// The audit report: data built file by file (model), rendered as HTML (a file or a VS Code
// webview) or Markdown. Pure: no file system, no editor.
export { ReportBuilder, isScored, worstFirst, DEFAULT_MAX_DETAILED_FILES, REPEATED_PHRASES } from './model.js'
export type { AuditReport, FamilyCount, FileEntry, FindingRecord, LanguageCount, RepeatedPhrase, ReportFileInput, ReportOptions, ReportTotals, SeverityCounts } from './model.js'
export { renderHtml, type HtmlOptions, type Position } from './html.js'
export { renderMarkdown, type MarkdownOptions } from './markdown.js'
export type { ReportLocale } from './labels.js'
export { isCluetrainReport, REPORT_MARKER } from './marker.js'
