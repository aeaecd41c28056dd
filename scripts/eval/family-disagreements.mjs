#!/usr/bin/env node
// Where the tool and the marker agree a passage is corporate-speak but not on its family, on the
// DEVELOPMENT copy (test/corpus/real/<language>/dev) and the labelled corpus (test/corpus/labelled):
// (a) each finding counted wrong that overlaps a clear mark of another family, and (b) each clear
// mark that no finding of its family found but a finding of another family overlaps. Grouped by
// rule and flagged words, with the marks' families, for moving entries to the rule of the marking
// guide's family (session 35). It has no option that reads the test folders.
//   npm run build && node scripts/eval/family-disagreements.mjs [--lang en|fr] [--list]
//   (--list: every case, one line each, with its file, line and the sentence around it)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadAllMorphology } from '../../dist/engine/index.js'
import { readMarks } from './marks.mjs'
import { markdownFiles, scoreMarked, sentenceAround } from './score-marked.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const languages = args.includes('--lang') ? [args[args.indexOf('--lang') + 1]] : ['en', 'fr']
const words = (s) => s.replace(/\s+/g, ' ').trim()
const lineOf = (text, offset) => text.slice(0, offset).split('\n').length

await loadAllMorphology()
const cases = []
// Per language, rule and flagged words: findings right under the rule's family, on each set.
const rightCounts = new Map()
// Per language, every clear mark's words (lower case) and family, to see how the marker files a phrase.
const clearMarks = { en: [], fr: [] }
const groupKey = (language, rule, flagged) => [language, rule, flagged.toLowerCase().slice(0, 60)].join('\t')
for (const language of languages) {
  for (const [set, dir] of [['dev', join(root, 'test/corpus/real', language, 'dev')], ['labelled', join(root, 'test/corpus/labelled', language)]]) {
    for (const path of markdownFiles(dir)) for (const m of readMarks(readFileSync(path, 'utf8')).marks) if (!m.debatable) clearMarks[language].push({ set, family: m.family, text: words(m.text).toLowerCase() })
    const scored = scoreMarked(dir, language)
    for (const { finding: f, verdict } of scored.verdicts) {
      if (verdict !== 'right') continue
      const key = groupKey(language, f.ruleId, words(f.actual))
      const r = rightCounts.get(key) ?? { dev: 0, labelled: 0 }
      r[set]++
      rightCounts.set(key, r)
    }
    for (const { name, text, finding: f, verdict, otherFamily } of scored.verdicts) {
      if (verdict !== 'wrong' || !otherFamily) continue
      cases.push({ language, set, kind: 'finding on another family’s mark', rule: f.ruleId, family: f.principle.id, flagged: words(f.actual), markFamily: otherFamily, where: `${name}:${f.line}`, sentence: sentenceAround(text, f.offset, f.endOffset) })
    }
    for (const { name, text, mark, overlapping } of scored.missedMarks) {
      for (const f of overlapping) {
        cases.push({ language, set, kind: 'mark found only under another family', rule: f.ruleId, family: f.principle.id, flagged: words(f.actual), markFamily: mark.family, mark: words(mark.text), where: `${name}:${lineOf(text, mark.start)}`, sentence: sentenceAround(text, mark.start, mark.end) })
      }
    }
  }
}

// Per rule, flagged words (lower case) and mark family: how many on each set and of each kind.
const groups = new Map()
for (const c of cases) {
  const key = [groupKey(c.language, c.rule, c.flagged), c.family, c.markFamily].join('\t')
  const g = groups.get(key) ?? { dev: 0, labelled: 0, wrongFindings: 0, marksOnlyOther: 0 }
  g[c.set]++
  if (c.kind.startsWith('finding')) g.wrongFindings++
  else g.marksOnlyOther++
  groups.set(key, g)
}
// How the marker files the flagged words wherever they stand inside a clear mark of a short span
// (six words or fewer: not a long sentence's F7 mark), e.g. "F1 2 / F2 1".
function markedAs(language, flagged) {
  const tally = {}
  for (const m of clearMarks[language]) if (m.text.split(' ').length <= 6 && m.text.includes(flagged.toLowerCase())) tally[m.family] = (tally[m.family] ?? 0) + 1
  return Object.entries(tally).map(([family, n]) => `${family} ${n}`).join(' / ') || '—'
}
console.log('language\trule\tflagged\tfamily\tmark family\tdev\tlabelled\twrong findings\tmarks found only so\tright under the rule (dev/labelled)\tshort clear marks holding the words')
for (const [key, g] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const [language, rule, flagged] = key.split('\t')
  const r = rightCounts.get(groupKey(language, rule, flagged)) ?? { dev: 0, labelled: 0 }
  console.log(`${key}\t${g.dev}\t${g.labelled}\t${g.wrongFindings}\t${g.marksOnlyOther}\t${r.dev}/${r.labelled}\t${markedAs(language, flagged)}`)
}
const count = (kind, set) => cases.filter((c) => c.kind === kind && (!set || c.set === set)).length
for (const kind of ['finding on another family’s mark', 'mark found only under another family']) {
  console.log(`\n${kind}: ${count(kind)} (dev ${count(kind, 'dev')}, labelled ${count(kind, 'labelled')})`)
}
if (args.includes('--list')) {
  console.log('\nlanguage\tset\tkind\trule\tfamily\tflagged\tmark family\tmark\tfile:line\tsentence')
  for (const c of cases) console.log([c.language, c.set, c.kind, c.rule, c.family, c.flagged, c.markFamily, c.mark ?? '', c.where, c.sentence.slice(0, 300)].join('\t'))
}
