#!/usr/bin/env node
// `npm run eval`: how right the rules are, in both languages, written to docs/quality.md.
// - Real copy nobody on the project wrote (test/corpus/real/<language>/{dev,test}), marked by hand
//   before the tool ran: precision and recall per family, precision per rule. The test set is
//   measured only (counts, never its phrases: a list tuned on it would measure nothing); the
//   development set's misses and false alarms are listed, for writing rules.
// - Clean prose (test/corpus/clean/<language>/<genre>): warnings per 1,000 words, per rule.
// - The labelled corpus (test/corpus/labelled, written for measurement): kept to show no drop.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { scoreCleanProse } from './clean-prose.mjs'
import { scoreFixes } from './fixes.mjs'
import { loadAllMorphology } from '../../dist/engine/index.js'
import { LANGUAGE_HEAD, languageRows } from './languages.mjs'
import { FAMILIES, scoreMarked, total } from './score-marked.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const LANGUAGES = ['en', 'fr']
// As every front end does before linting: parts of speech gate some entries (issue #15).
await loadAllMorphology()
const TARGET = { precision: 0.9, recall: 0.8, warningsPerThousand: 0.5, fixesCorrect: 0.85, fixesBroken: 0.02 }

const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '—')
const ratio = (a, b) => (b ? a / b : NaN)
const f1 = (p, r) => (2 * p * r) / (p + r)
const perThousand = (n, words) => ((n * 1000) / Math.max(1, words)).toFixed(2)
const table = (head, body) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n')
const list = (xs, max = 80) => (xs.length ? xs.slice(0, max).map((x) => `- ${x}`).join('\n') + (xs.length > max ? `\n- … and ${xs.length - max} more` : '') : '- none')

function familyRows(language, scored) {
  const rows = []
  for (const family of FAMILIES) {
    const s = scored.families[family]
    if (!s.marks && !s.findings && !s.debatable) continue
    const p = ratio(s.correct, s.findings)
    const r = ratio(s.found, s.marks)
    rows.push([language, family, s.marks, s.findings, s.debatable, pct(p), pct(r), pct(f1(p, r))])
  }
  const t = total(scored.families)
  const p = ratio(t.correct, t.findings)
  const r = ratio(t.found, t.marks)
  rows.push([language, `**all** (${scored.words.toLocaleString('en')} words)`, t.marks, t.findings, t.debatable, `**${pct(p)}**`, `**${pct(r)}**`, pct(f1(p, r))])
  const a = scored.anyFamily
  const pa = ratio(a.correct, a.findings)
  const ra = ratio(a.found, a.marks)
  rows.push([language, 'all, any family', a.marks, a.findings, a.debatable, pct(pa), pct(ra), pct(f1(pa, ra))])
  return { rows, precision: p, recall: r }
}
const FAMILY_HEAD = ['language', 'family', 'clear marks', 'findings', 'on debatable', 'precision', 'recall', 'F1']

function ruleRows(language, scored) {
  return Object.entries(scored.rules)
    .sort((a, b) => b[1].findings + b[1].debatable - (a[1].findings + a[1].debatable) || (a[0] < b[0] ? -1 : 1))
    .map(([id, s]) => [language, id, s.family, s.findings, s.correct, s.debatable, pct(ratio(s.correct, s.findings))])
}

const real = { test: [], dev: [] }
const verdicts = []
const ruleTable = []
const labelledRows = []
const cleanRows = []
const cleanByRule = []
const lists = { devMisses: [], devFalseAlarms: [], labelledMisses: [], labelledFalseAlarms: [], clean: [] }
for (const language of LANGUAGES) {
  const test = scoreMarked(join(root, 'test/corpus/real', language, 'test'), language)
  const dev = scoreMarked(join(root, 'test/corpus/real', language, 'dev'), language)
  const labelled = scoreMarked(join(root, 'test/corpus/labelled', language), language)
  const clean = scoreCleanProse(join(root, 'test/corpus/clean', language), language)
  const t = familyRows(language, test)
  real.test.push(...t.rows)
  real.dev.push(...familyRows(language, dev).rows)
  ruleTable.push(...ruleRows(language, test))
  labelledRows.push(...familyRows(language, labelled).rows)
  lists.devMisses.push(...dev.misses)
  lists.devFalseAlarms.push(...dev.falseAlarms)
  lists.labelledMisses.push(...labelled.misses)
  lists.labelledFalseAlarms.push(...labelled.falseAlarms)

  let words = 0
  let warnings = 0
  const byRule = {}
  for (const [genre, c] of Object.entries(clean)) {
    words += c.words
    warnings += c.warnings
    cleanRows.push([language, genre, c.words.toLocaleString('en'), c.warnings, perThousand(c.warnings, c.words), c.infos])
    for (const [id, r] of Object.entries(c.byRule)) byRule[id] = (byRule[id] ?? 0) + r.warnings
    lists.clean.push(...c.examples)
  }
  cleanRows.push([language, '**all**', words.toLocaleString('en'), warnings, `**${perThousand(warnings, words)}**`, ''])
  cleanByRule.push(...Object.entries(byRule).filter(([, n]) => n).sort((a, b) => b[1] - a[1]).map(([id, n]) => [language, id, n, perThousand(n, words)]))
  const met = (ok) => (ok ? 'met' : 'NOT met')
  const rate = (warnings * 1000) / Math.max(1, words)
  verdicts.push(
    `- ${language}: precision ${pct(t.precision)} (target ${pct(TARGET.precision)}: ${met(t.precision >= TARGET.precision)}), ` +
      `recall ${pct(t.recall)} (target ${pct(TARGET.recall)}: ${met(t.recall >= TARGET.recall)}), ` +
      `clean prose ${rate.toFixed(2)} warnings per 1,000 words (target ≤ ${TARGET.warningsPerThousand}: ${met(rate <= TARGET.warningsPerThousand)}).`,
  )
}

// The fixes (issue #15), on the fix test set. Loading the morphology data also gates the rules'
// parts of speech, as the CLI does: the numbers above are measured with it loaded too.
const fixRows = []
for (const language of LANGUAGES) {
  const { inflected: t, fixed, literal, literalDev, literalDev3, literalDev4, literalDev5, literalDev6, heldout, heldout2, heldout3 } = await scoreFixes(language)
  const all = t.correct + t.withheld + t.broken + t.missed
  const fixes = t.correct + t.broken
  fixRows.push([language, all, t.correct, t.withheld, t.broken, t.missed, pct(ratio(t.correct, all)), pct(ratio(t.broken, fixes)), `${fixed.correct} / ${fixed.correct + fixed.withheld + fixed.broken + fixed.missed}`, `${literal.flagged} / ${literal.cases}`, literalDev ? `${literalDev.flagged} / ${literalDev.cases}` : '—', literalDev3 ? `${literalDev3.flagged} / ${literalDev3.cases}` : '—', literalDev4 ? `${literalDev4.flagged} / ${literalDev4.cases}` : '—', literalDev5 ? `${literalDev5.flagged} / ${literalDev5.cases}` : '—', literalDev6 ? `${literalDev6.flagged} / ${literalDev6.cases}` : '—', `${heldout.flagged} / ${heldout.cases}`, heldout2 ? `${heldout2.flagged} / ${heldout2.cases}` : '—', heldout3 ? `${heldout3.flagged} / ${heldout3.cases}` : '—'])
  const met = (ok) => (ok ? 'met' : 'NOT met')
  verdicts.push(
    `- ${language} fixes: ${pct(ratio(t.correct, all))} of flagged inflected forms get a correct fix (target ≥ ${pct(TARGET.fixesCorrect)}: ${met(ratio(t.correct, all) >= TARGET.fixesCorrect)}), ` +
      `${pct(ratio(t.broken, fixes))} of the fixes are broken (target ≤ ${pct(TARGET.fixesBroken)}: ${met(ratio(t.broken, fixes) <= TARGET.fixesBroken)}), ${literal.flagged} of ${literal.cases} literal senses flagged${literalDev ? ` (${literalDev.flagged} of ${literalDev.cases} in the second development set${literalDev3 ? `, ${literalDev3.flagged} of ${literalDev3.cases} in the third` : ''}${literalDev4 ? `, ${literalDev4.flagged} of ${literalDev4.cases} in the fourth` : ''}${literalDev5 ? `, ${literalDev5.flagged} of ${literalDev5.cases} in the fifth` : ''}${literalDev6 ? `, ${literalDev6.flagged} of ${literalDev6.cases} in the sixth` : ''})` : ''}, ${heldout.flagged} of ${heldout.cases} held-out literal senses flagged${heldout2 ? `, ${heldout2.flagged} of ${heldout2.cases} in the second held-out set` : ''}${heldout3 ? `, ${heldout3.flagged} of ${heldout3.cases} in the third held-out set` : ''}.`,
  )
}

const realTest = table(FAMILY_HEAD, real.test)
const languageTable = table(LANGUAGE_HEAD, languageRows().map((r) => r.cells))
const cleanTable = table(['language', 'genre', 'words', 'warnings', 'per 1,000 words', 'info'], cleanRows)
console.log(`Real copy, test set\n\n${realTest}\n\nClean prose\n\n${cleanTable}\n\nBlocks read in the wrong language\n\n${languageTable}\n\n${verdicts.join('\n')}`)

const notesFile = join(root, 'docs/quality-notes.md')
const notes = existsSync(notesFile) ? readFileSync(notesFile, 'utf8').trim() : ''
writeFileSync(
  join(root, 'docs/quality.md'),
  `# Rule quality

<!-- Written by \`npm run eval\` (scripts/eval/eval.mjs). Do not edit by hand: notes go in docs/quality-notes.md. -->

Measured on copy nobody on the project wrote, marked by hand before the tool ran
(\`test/corpus/real/\`: sources, licences and marking rules in its README files), on clean prose
(\`test/corpus/clean/\`) and on the labelled corpus written for measurement (\`test/corpus/labelled/\`).
A finding is correct when a clear mark of its family overlaps it (for F5, F7 and F8, which judge
paragraphs and sections, when it falls in the marked paragraph); a finding on a debatable mark
(\`[[F2?|…]]\`) counts neither way, and a debatable mark is never a miss. Precision counts every
finding in the files; recall counts clear marks.

## Against the targets

${verdicts.join('\n')}

## Real copy: test set

Counts only: the test set's phrases are not listed, so that no rule is written from them.

${realTest}

### Precision per rule (test set)

${table(['language', 'rule', 'family', 'findings', 'correct', 'on debatable', 'precision'], ruleTable)}

## Real copy: development set

${table(FAMILY_HEAD, real.dev)}

## Clean prose

Every warning here is a false alarm; info findings are hints and counted apart.

${cleanTable}

### Warnings per rule on clean prose

${table(['language', 'rule', 'warnings', 'per 1,000 words'], cleanByRule)}

## Fixes (issue #15)

On the fix test set (\`test/corpus/fixes/\`, written apart from the rule data; never tuned on): each
flagged inflected form linted as the CLI lints it, with the morphology data loaded. *Correct*: the
finding's \`fix\` gives an accepted sentence; *withheld*: no fix; *broken*: a fix nobody accepted;
*missed*: the span is not flagged. Broken is counted over the fixes given. Counts only, like the
real test set: the cases are not listed, so that nothing is tuned on them
(\`node scripts/bench/morphology-fixset.mjs --list broken\` shows the layer's own). The held-out
literal senses (\`heldout-LANG.yaml\`) are real sentences that nobody writing rules or exceptions
reads; their failures were printed while they were merged, so the second held-out set
(\`heldout2-LANG.yaml\`, English and French, gathered apart from the first and unread) is the honest
number for literal senses; the French one is partly spent since session 25 (words it flagged were
briefed to the next rule work: test/corpus/fixes/README.md), so a third French set
(\`heldout3-fr.yaml\`, from Wikisource and a drama corpus, not Wikipédia) is the honest French number. *Dev 2* (\`literal-dev-LANG.yaml\`): real literal senses from textbooks,
Wikipedia and Wikisource, read while building the register check, so a development number too. *Dev 3*
(\`literal-dev3-LANG.yaml\`): in French, old and literary French (plays, novels, Wikisource books), the third held-out
set's genre from other works; in English, novels of 1840-1920 (ELTeC-eng); read while building the literary evidence: a development number. *Dev 4*
(\`literal-dev4-LANG.yaml\`): English textbooks (OpenStax books no held-out set quotes) and French essays, histories and treatises (OBVIL's criticism corpus), read while building the expository register: a development number. *Dev 5*
(\`literal-dev5-en.yaml\`): English expository prose of other kinds, an encyclopaedia of computing (FOLDOC) and a law textbook (OpenStax's Introduction to Intellectual Property): a development number. *Dev 6*
(\`literal-dev6-en.yaml\`): English statistics and numerical methods (OpenIntro Statistics, SciPy and statsmodels docs) and a general dictionary's many fields (GCIDE): a development number.

${table(['language', 'inflected cases', 'correct', 'withheld', 'broken', 'missed', 'correct of cases', 'broken of fixes', 'fixed phrases correct', 'literal senses flagged', 'literal senses flagged (dev 2)', 'literal senses flagged (dev 3)', 'literal senses flagged (dev 4)', 'literal senses flagged (dev 5)', 'literal senses flagged (dev 6)', 'literal senses flagged (held-out)', 'literal senses flagged (held-out 2)', 'literal senses flagged (held-out 3)'], fixRows)}

## Blocks read in the wrong language

Every file of these sets is in one language, its folder's: the share of its blocks given the other
one (\`scripts/eval/languages.mjs --list\` lists those of the dev sets and clean prose). Short
paragraphs: under 12 words, not a heading or list item.

${languageTable}

## Labelled corpus (written for measurement)

${table(FAMILY_HEAD, labelledRows)}

${notes ? `## Notes\n\n${notes}\n\n` : ''}## Development set: misses (clearly marked, not found)

${list(lists.devMisses)}

## Development set: false alarms (found, not marked)

${list(lists.devFalseAlarms)}

## Clean prose: warnings (first 15 per genre)

${list(lists.clean, 200)}

## Labelled corpus: misses

${list(lists.labelledMisses, 60)}

## Labelled corpus: false alarms

${list(lists.labelledFalseAlarms, 60)}
`,
)
