// The fixes of issue #15 measured on the fix test set (test/corpus/fixes: sentences written apart
// from the rule data; never tune on them). Each flagged case is linted as the CLI lints it, and the
// rule's finding on the flagged span is judged: `correct` when its `fix` gives one of the accepted
// sentences, `withheld` when it has no fix (or when no suggestion fits and none is given),
// `broken` when its fix gives a sentence nobody accepted, `missed` when the span is not flagged.
// Literal-sense cases count the findings the rule makes on words in their plain sense.
import { lint, loadMorphology } from '../../dist/engine/index.js'
import { HELDOUT_SETS, LITERAL_DEV, LITERAL_DEV3, LITERAL_DEV4, LITERAL_DEV5, LITERAL_DEV6, readCases, readHeldout, readLiteralDev, readLiteralDev3, readLiteralDev4, readLiteralDev5, readLiteralDev6 } from '../../test/corpus/fixes/check.mjs'

const same = (a, b) => a.replace(/[’‘]/g, "'") === b.replace(/[’‘]/g, "'")

/** The verdict on one flagged case: `{ verdict, sentence? }` (the sentence the fix leaves). */
function judge(c, findings) {
  const at = c.text.indexOf(c.flagged)
  const finding = findings.find((f) => f.offset < at + c.flagged.length && f.endOffset > at)
  if (!finding) return { verdict: 'missed' }
  if (!finding.fix) return { verdict: 'withheld' }
  const sentence = c.text.slice(0, finding.fix.offset) + finding.fix.text + c.text.slice(finding.fix.endOffset)
  return { verdict: c.accept.some((a) => same(a, sentence)) ? 'correct' : 'broken', sentence }
}

const findingsOf = (c, language) => lint(c.text, { format: 'text', language }).findings.filter((f) => f.ruleId === c.rule)

/** Every flagged case's verdict by id, with its category and text (scripts/eval/fixes-by-case.mjs). */
export async function caseVerdicts(language) {
  await loadMorphology(language)
  const out = {}
  for (const c of readCases(language)) {
    if (c.category === 'literal-sense') continue
    out[c.id] = { ...judge(c, findingsOf(c, language)), category: c.category, fixed: c.category === 'fixed-phrase', text: c.text }
  }
  return out
}

// Adds one literal-sense case to `literal` ({ cases, flagged, examples }): flagged when its rule
// finds anything in it.
function countLiteral(literal, c, findings) {
  literal.cases++
  if (!findings.length) return
  literal.flagged++
  literal.examples.push(`${c.id}: “${findings[0].actual}” in “${c.text}”`)
}

// The literal senses of one held-out set flagged, or null when the set has no file in `language`.
function scoreHeldout(language, set) {
  if (!HELDOUT_SETS[set].includes(language)) return null
  const tally = { cases: 0, flagged: 0, examples: [] }
  for (const c of readHeldout(language, set)) countLiteral(tally, c, findingsOf(c, language))
  return tally
}

// The literal senses of the second development set flagged (literal-dev-LANG.yaml), or null.
function scoreLiteralDev(language) {
  if (!LITERAL_DEV.languages.includes(language)) return null
  const tally = { cases: 0, flagged: 0, examples: [] }
  for (const c of readLiteralDev(language)) countLiteral(tally, c, findingsOf(c, language))
  return tally
}

// The literal senses of the third development set flagged (literal-dev3-LANG.yaml: old and literary French, English novels), or null.
function scoreLiteralDev3(language) {
  if (!LITERAL_DEV3.languages.includes(language)) return null
  const tally = { cases: 0, flagged: 0, examples: [] }
  for (const c of readLiteralDev3(language)) countLiteral(tally, c, findingsOf(c, language))
  return tally
}

// The literal senses of the fourth development set flagged (literal-dev4-LANG.yaml: English textbooks, French essays and treatises), or null.
function scoreLiteralDev4(language) {
  if (!LITERAL_DEV4.languages.includes(language)) return null
  const tally = { cases: 0, flagged: 0, examples: [] }
  for (const c of readLiteralDev4(language)) countLiteral(tally, c, findingsOf(c, language))
  return tally
}

// The literal senses flagged in a development set that only some languages have (`set.languages`), or null:
// the fifth (literal-dev5-en.yaml: an encyclopaedia of computing, a law textbook) and the sixth
// (literal-dev6-en.yaml: statistics, a general dictionary's many fields).
function scoreLiteralSet(language, set, read) {
  if (!set.languages.includes(language)) return null
  const tally = { cases: 0, flagged: 0, examples: [] }
  for (const c of read(language)) countLiteral(tally, c, findingsOf(c, language))
  return tally
}

/** `{ inflected, fixed, literal, literalDev, literalDev3, literalDev4, literalDev5, literalDev6, heldout, heldout2, heldout3, broken }` for one language: counts per verdict,
 * the literal senses flagged in the set, in the second development set (literalDev) and in each held-out set (heldout-LANG.yaml,
 * heldout2-LANG.yaml, heldout3-LANG.yaml; null where the language has none), and the broken cases to read. */
export async function scoreFixes(language) {
  await loadMorphology(language)
  const tally = () => ({ correct: 0, withheld: 0, broken: 0, missed: 0 })
  const inflected = tally()
  const fixed = tally()
  const literal = { cases: 0, flagged: 0, examples: [] }
  const literalDev = scoreLiteralDev(language)
  const literalDev3 = scoreLiteralDev3(language)
  const literalDev4 = scoreLiteralDev4(language)
  const literalDev5 = scoreLiteralSet(language, LITERAL_DEV5, readLiteralDev5)
  const literalDev6 = scoreLiteralSet(language, LITERAL_DEV6, readLiteralDev6)
  const heldout = scoreHeldout(language, 'heldout')
  const heldout2 = scoreHeldout(language, 'heldout2')
  const heldout3 = scoreHeldout(language, 'heldout3')
  const broken = []
  for (const c of readCases(language)) {
    const findings = findingsOf(c, language)
    if (c.category === 'literal-sense') {
      countLiteral(literal, c, findings)
      continue
    }
    const { verdict, sentence } = judge(c, findings)
    ;(c.category === 'fixed-phrase' ? fixed : inflected)[verdict]++
    if (verdict === 'broken') broken.push(`${c.id} [${c.category}]: “${sentence}”`)
  }
  return { inflected, fixed, literal, literalDev, literalDev3, literalDev4, literalDev5, literalDev6, heldout, heldout2, heldout3, broken }
}
