// Scores one folder of hand-marked copy as eval.mjs scores its sets (morphology loaded first, as eval
// loads it): recall over clear marks, precision over findings, per family, with the misses and the
// false alarms. For copy the eval does not score yet, e.g. a validation folder measured before and
// after a change (session 35: test/corpus/real/fr/validation/, later moved into dev/).
// Usage: node scripts/eval/score-folder.mjs <dir> [fr|en] [--list]
import { loadAllMorphology } from '../../dist/engine/index.js'
import { scoreMarked, total } from './score-marked.mjs'

const [dir, language = 'fr'] = process.argv.slice(2).filter((a) => !a.startsWith('--'))
if (!dir) throw new Error('usage: node scripts/eval/score-folder.mjs <dir> [fr|en] [--list]')
await loadAllMorphology()
const r = scoreMarked(dir, language)
const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : '—')
const sum = total(r.families)
console.log(`${dir} (${language}, ${r.words} words): recall ${sum.found}/${sum.marks} ${pct(sum.found, sum.marks)}, precision ${sum.correct}/${sum.findings} ${pct(sum.correct, sum.findings)} (+${sum.debatable} on debatable marks)`)
for (const [family, c] of Object.entries(r.families)) {
  if (c.marks || c.findings || c.debatable) console.log(`  ${family}: recall ${c.found}/${c.marks}, precision ${c.correct}/${c.findings}, debatable ${c.debatable}`)
}
if (process.argv.includes('--list')) {
  for (const m of r.misses) console.log(`  miss ${m}`)
  for (const f of r.falseAlarms) console.log(`  false alarm ${f}`)
  for (const v of r.verdicts.filter((v) => v.verdict !== 'wrong')) console.log(`  ${v.verdict} ${v.finding.principle.id} ${v.finding.ruleId} ${v.name}: “${v.finding.actual}”`)
}
