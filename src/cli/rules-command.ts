// `cluetrain rules`: what the bundled rule set checks, one line per rule and language.
import { defaultRuleData, entriesOf, type Language } from '../engine/index.js'
import type { Format } from './format.js'

export function listRules(format: Format, language: Language | undefined, color: boolean): string {
  const rules = defaultRuleData.rules.filter((r) => !language || r.language === language)
  if (format === 'json') {
    return `${JSON.stringify(rules.map((r) => ({ id: r.id, language: r.language, family: r.family, principle: defaultRuleData.families[r.family]?.en, theses: r.theses, kind: r.kind, severity: r.severity, entries: entriesOf(r)?.length ?? 0 })))}\n`
  }
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[22m` : s)
  const rows = rules.map((r) => [r.id, r.language, `${r.family} ${defaultRuleData.families[r.family]?.en ?? ''}`, r.severity, `${entriesOf(r)?.length ?? 0} entries`, r.why.en])
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...rows.map((row) => row[c].length)))
  return `${rows.map((row) => [bold(row[0].padEnd(widths[0])), ...row.slice(1, 5).map((c, i) => c.padEnd(widths[i + 1]))].join('  ')).join('\n')}\n`
}
