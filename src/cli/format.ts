// Output formats. `json` is a contract: [{"path", "language", "messages": [finding, ...]}].
// `sarif` (SARIF 2.1.0, src/cli/sarif.ts) and `github` (Actions workflow commands,
// src/cli/github.ts) are for CI.
import type { Finding, Language } from '../engine/index.js'
import { github } from './github.js'
import { shown } from './output-safety.js'
import { sarif } from './sarif.js'

/** A finding as the CLI reports it: `fingerprint` identifies it across edits (baselines, SARIF). */
export type ReportedFinding = Finding & { fingerprint?: string }

export interface FileReport {
  path: string
  language: Language
  /** Words of prose read: what the file's score is measured against. */
  words?: number
  messages: ReportedFinding[]
}

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const
export type Format = (typeof FORMATS)[number]

export interface FormatOptions {
  /** The working directory the report paths are relative to (sarif: %SRCROOT%). */
  cwd?: string
  /** The tool's version (sarif: tool.driver.semanticVersion). */
  version?: string
  /** Findings left out because a baseline records them (stylish says so in its summary). */
  baselined?: number
}

export function formatReports(reports: readonly FileReport[], format: Format, color: boolean, options: FormatOptions = {}): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(reports)}\n`
    case 'sarif':
      return sarif(reports, { cwd: options.cwd ?? process.cwd(), version: options.version })
    case 'github':
      return github(reports)
    default:
      return stylish(reports, color, options.baselined ?? 0)
  }
}

function stylish(reports: readonly FileReport[], color: boolean, baselined: number): string {
  const paint = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[39m` : s)
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[22m` : s)
  const underline = (s: string) => (color ? `\x1b[4m${s}\x1b[24m` : s)
  const severityColor = { error: 31, warning: 33, info: 36 } as const
  const lines: string[] = []
  const totals = { error: 0, warning: 0, info: 0 }
  for (const report of reports) {
    if (!report.messages.length) continue
    // File names, messages (they quote the text) and rule ids are data: shown() keeps them on their line.
    lines.push(underline(shown(report.path)))
    const rows = report.messages.map((m) => [`${m.line}:${m.column}-${m.endLine}:${m.endColumn}`, m.severity, shown(m.message), shown(m.ruleId)])
    const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c].length)))
    for (const [place, severity, message, ruleId] of rows) {
      totals[severity as keyof typeof totals]++
      lines.push(`  ${dim(place.padEnd(widths[0]))}  ${paint(severityColor[severity as keyof typeof severityColor], severity.padEnd(widths[1]))}  ${message}  ${dim(ruleId)}`)
    }
    lines.push('')
  }
  const count = totals.error + totals.warning + totals.info
  if (count) {
    const summary = `${count} problem${count === 1 ? '' : 's'} (${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.info} info) in ${reports.filter((r) => r.messages.length).length} of ${reports.length} file${reports.length === 1 ? '' : 's'}`
    lines.push(paint(totals.error ? 31 : 33, `✖ ${summary}${baselined ? `; ${inBaseline(baselined)}` : ''}`))
  } else if (baselined) {
    lines.push(paint(32, `✔ No new corporate-speak in ${reports.length} file${reports.length === 1 ? '' : 's'}; ${inBaseline(baselined)}.`))
  } else {
    lines.push(paint(32, `✔ No corporate-speak found in ${reports.length} file${reports.length === 1 ? '' : 's'}.`))
  }
  return `${lines.join('\n')}\n`
}

const inBaseline = (n: number) => `${n} more ${n === 1 ? 'is' : 'are'} in the baseline and not shown`
