// Every report Cluetrain writes says so on its first line (in HTML, right after <html>): the CLI
// and the extension never lint such a file, so a report exported into the folder it audits is not
// audited as copy the next time (its quoted phrases would count again, report after report).
export const REPORT_MARKER = '<!-- Written by Cluetrain Lint: an audit report, never linted. -->'

const HTML_START = /^<!doctype html>\s*<html[^>]*>\s*/i

/** Whether a text (a file's, or an editor's) is a report Cluetrain wrote. Reads its start only. */
export function isCluetrainReport(text: string): boolean {
  const start = text.slice(0, 200).replace(/^\uFEFF/, '')
  return start.startsWith(REPORT_MARKER) || start.replace(HTML_START, '').startsWith(REPORT_MARKER)
}
