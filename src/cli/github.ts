// `--format github`: GitHub Actions workflow commands, one line per finding, nothing else:
//   ::warning file=docs/a.md,line=3,col=5,endLine=3,endColumn=13,title=buzzwords::“leverage” is…
// error → ::error, warning → ::warning, info → ::notice. Escaping follows @actions/core
// (toCommandValue/escapeData/escapeProperty). GitHub honours endColumn only when line === endLine;
// both are printed anyway.
import { sep } from 'node:path'
import type { Severity } from '../engine/index.js'
import type { FileReport } from './format.js'

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

export function github(reports: readonly FileReport[]): string {
  const lines: string[] = []
  for (const report of reports) {
    const file = report.path.split(sep).join('/')
    for (const m of report.messages) {
      const properties = [
        ['file', file],
        ['line', m.line],
        ['col', m.column],
        ['endLine', m.endLine],
        ['endColumn', m.endColumn],
        ['title', m.ruleId],
      ]
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
      lines.push(`::${COMMAND[m.severity] ?? 'warning'} ${properties}::${escapeData(m.message)}`)
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
