#!/usr/bin/env node
// Every finding on the real DEVELOPMENT copy (test/corpus/real/<language>/dev) that matches no
// mark, one line each: rule, family, file:line, the flagged words and their sentence; then each
// rule's findings right / wrong / on a debatable mark. For sorting the false alarms by cause
// (session 33). It reads the development folders only and has no option to read the test ones.
//   npm run build && node scripts/eval/dev-false-alarms.mjs [--lang en|fr] [--rule ID] [--json FILE] [--rules-only]
//   (--all: the right and debatable findings too, each with its verdict, for counts per entry;
//   --entries: per rule and flagged words, right / debatable / wrong on the real development copy
//   and on the labelled corpus, the words with no right finding in either first)
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadAllMorphology } from '../../dist/engine/index.js'
import { scoreMarked, sentenceAround, total } from './score-marked.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const languages = option('--lang') ? [option('--lang')] : ['en', 'fr']
const onlyRule = option('--rule')
const oneLine = (s) => s.replace(/\s+/g, ' ').trim()

await loadAllMorphology()
const records = []
for (const language of languages) {
  const scored = scoreMarked(join(root, 'test/corpus/real', language, 'dev'), language)
  for (const { name, text, finding: f, verdict, otherFamily } of scored.verdicts) {
    if ((onlyRule && f.ruleId !== onlyRule) || (verdict !== 'wrong' && !args.includes('--all'))) continue
    records.push({ language, verdict, rule: f.ruleId, family: f.principle.id, onMarkOf: otherFamily ?? '', severity: f.severity, file: name, line: f.line, actual: oneLine(f.actual), sentence: sentenceAround(text, f.offset, f.endOffset).slice(0, 300) })
  }
  const t = total(scored.families)
  console.log(`${language} dev: precision ${t.correct} of ${t.findings} (${((100 * t.correct) / t.findings).toFixed(1)}%), recall ${t.found} of ${t.marks} (${((100 * t.found) / t.marks).toFixed(1)}%), ${t.debatable} on debatable marks`)
  const rows = Object.entries(scored.rules).sort((x, y) => y[1].findings - y[1].correct - (x[1].findings - x[1].correct))
  console.log(`\n${language} dev, per rule: findings counted / correct / wrong / on debatable marks`)
  for (const [id, s] of rows) console.log(`${language}\t${id}\t${s.findings}\t${s.correct}\t${s.findings - s.correct}\t${s.debatable}`)
}
if (args.includes('--entries')) {
  const counts = {}
  for (const language of languages) {
    for (const [set, dir] of [['dev', join(root, 'test/corpus/real', language, 'dev')], ['labelled', join(root, 'test/corpus/labelled', language)]]) {
      for (const { finding: f, verdict } of scoreMarked(dir, language).verdicts) {
        if (onlyRule && f.ruleId !== onlyRule) continue
        const c = (counts[`${language}\t${f.ruleId}\t${oneLine(f.actual).toLowerCase().slice(0, 50)}`] ??= { dev: { right: 0, debatable: 0, wrong: 0 }, labelled: { right: 0, debatable: 0, wrong: 0 } })
        c[set][verdict]++
      }
    }
  }
  const rightOf = (c) => c.dev.right + c.labelled.right
  const wrongOf = (c) => c.dev.wrong + c.labelled.wrong
  console.log('\nlanguage\trule\tflagged\tdev right/debatable/wrong\tlabelled right/debatable/wrong')
  for (const [key, c] of Object.entries(counts).sort((x, y) => rightOf(x[1]) - rightOf(y[1]) || wrongOf(y[1]) - wrongOf(x[1]))) {
    if (!wrongOf(c)) continue
    console.log(`${key}\t${c.dev.right}/${c.dev.debatable}/${c.dev.wrong}\t${c.labelled.right}/${c.labelled.debatable}/${c.labelled.wrong}`)
  }
}
if (!args.includes('--rules-only') && !args.includes('--entries')) {
  console.log('\nlanguage\tverdict\trule\tfamily\ton a clear mark of\tseverity\tfile:line\tflagged\tsentence')
  for (const r of records) console.log(`${r.language}\t${r.verdict}\t${r.rule}\t${r.family}\t${r.onMarkOf}\t${r.severity}\t${r.file}:${r.line}\t${r.actual}\t${r.sentence}`)
  const wrong = records.filter((r) => r.verdict === 'wrong')
  console.log(`\n${wrong.length} findings counted wrong (${wrong.filter((r) => r.onMarkOf).length} of them on a clear mark of another family)`)
}
if (option('--json')) writeFileSync(option('--json'), JSON.stringify(records, null, 1))
