// Per-case verdicts of the fixes on the fix test set (issue #15), compared with a saved previous
// run: the cases whose verdict changed, then the counts. For whoever works on the fixes, to see
// what a change did; the set is the measure, never data to tune on.
//   npx tsc -p . && node scripts/eval/fixes-by-case.mjs [--lang fr] [--save] [--show broken]
// The previous run is read from (and with --save written to) .cache/fixes-by-case-<lang>.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { caseVerdicts } from './fixes.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const language = option('--lang', 'fr')
const show = option('--show', '')
const saved = `.cache/fixes-by-case-${language}.json`

const now = await caseVerdicts(language)
const before = existsSync(saved) ? JSON.parse(readFileSync(saved, 'utf8')) : {}
const counts = { correct: 0, withheld: 0, broken: 0, missed: 0 }
for (const [id, v] of Object.entries(now)) {
  if (v.fixed) continue
  counts[v.verdict]++
  const was = before[id]
  if (was && was.verdict !== v.verdict) console.log(`${id}: ${was.verdict} → ${v.verdict}${v.sentence ? `  “${v.sentence}”` : ''}${v.why ? `  (${v.why})` : ''}`)
  else if (was && v.sentence && was.sentence !== v.sentence) console.log(`${id}: ${v.verdict}, other fix  “${v.sentence}”`)
}
if (show) for (const [id, v] of Object.entries(now)) if (v.verdict === show && !v.fixed) console.log(`${show} ${id} [${v.category}]: “${v.sentence ?? v.text}”`)
const of = counts.correct + counts.withheld + counts.broken + counts.missed
const given = counts.correct + counts.broken
console.log(`${language}: ${counts.correct} correct, ${counts.withheld} withheld, ${counts.broken} broken, ${counts.missed} missed (of ${of} inflected cases); ` +
  `correct ${((100 * counts.correct) / of).toFixed(1)}%, broken ${((100 * counts.broken) / Math.max(1, given)).toFixed(1)}% of the fixes given`)
if (args.includes('--save')) {
  mkdirSync('.cache', { recursive: true })
  writeFileSync(saved, JSON.stringify(now, null, 1))
}
