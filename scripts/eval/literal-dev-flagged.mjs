// The literal senses a DEVELOPMENT set still flags, one line each (id, rule, the flagged words, the
// note), and the count: for whoever works on the literal-sense context, to group the failures by
// cause. Development sets only (literal-dev-LANG.yaml, literal-dev3-LANG.yaml, literal-dev4-LANG.yaml, literal-dev5-en.yaml, literal-dev6-en.yaml, and the literal
// cases of LANG.yaml); it refuses the held-out files, which nobody tuning rules reads.
//   npm run build && node scripts/eval/literal-dev-flagged.mjs [--lang en] [--set dev3|dev2|dev4|dev5|dev6|fixes]
import { lint, loadMorphology } from '../../dist/engine/index.js'
import { readCases, readLiteralDev, readLiteralDev3, readLiteralDev4, readLiteralDev5, readLiteralDev6 } from '../../test/corpus/fixes/check.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const language = option('--lang', 'en')
const set = option('--set', 'dev3')
const readers = {
  dev3: () => readLiteralDev3(language),
  dev2: () => readLiteralDev(language),
  dev4: () => readLiteralDev4(language),
  dev5: () => readLiteralDev5(language),
  dev6: () => readLiteralDev6(language),
  fixes: () => readCases(language).filter((c) => c.category === 'literal-sense'),
}
if (!readers[set]) throw new Error(`--set must be one of ${Object.keys(readers).join(', ')} (held-out sets are not listed)`)
await loadMorphology(language)
const cases = readers[set]()
let flagged = 0
for (const c of cases) {
  const findings = lint(c.text, { format: 'text', language }).findings.filter((f) => f.ruleId === c.rule)
  if (!findings.length) continue
  flagged++
  console.log(`${c.id}\t${c.rule}\t${findings.map((f) => f.actual).join(' | ')}\t${c.note ?? ''}\t${c.text}`)
}
console.log(`${language} ${set}: ${flagged} of ${cases.length} literal senses flagged`)
