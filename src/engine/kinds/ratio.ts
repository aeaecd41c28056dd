// The `ratio` rule kind: `numerator` phrases weighed against `denominator` phrases per scope (a
// section that says "we" and never "you"). With at least `minCount` of the first and more than
// `max` times as many as of the second, one hit on the first outside headings (else the first).
// Someone else's "we" is not the company's: quoted words are not counted. Nor is the "we" of a
// writer walking the reader through something: a scope with one of `inclusive` ("let's") is not
// judged (the Rust book's chapters, "let's look at…", "we'll fix it…", drew 19 of the 43 warnings
// on 66,785 words of clean English prose, all self-focus).
// `opening` (session 35, issue #16) also judges each paragraph that OPENS on the numerator ("We
// need…", "Our team…"), says it `minCount` times or more and never the denominator: the marking
// guideline's first "we" of a paragraph that never says "you", which the section's count misses
// when the section is short or talks to the reader elsewhere (66 of the 101 clear F8 marks of the
// English development copy were missed). Opening on "we" is what sets copy apart from a narrator or
// a manual, whose "we" mostly comes inside the sentence ("In this chapter we…"): by a regex count,
// 18 such paragraphs in the development copy (16 marked) and 19 in 66,785 words of clean prose, 16
// of those with inline code (the Rust book) and 2 a novel's narration in the past (`unless`).
import type { Parents as MdastParents } from 'mdast'
import { fieldsOf, type RuleBase, type Scope, type Unless } from '../rules/rule-data.js'
import type { Counted } from '../pipeline/tally.js'
import { isPast } from '../match/english-narration.js'
import { docQuoteList, type Block, type Hit, type RuleKind } from './kind.js'

export interface RatioRuleData extends RuleBase<'ratio'> {
  numerator: string[]
  denominator: string[]
  /** Highest numerator/denominator ratio allowed. */
  max: number
  scope: Scope
  /** The numerator must occur this often before the ratio is judged. */
  minCount: number
  /** Phrases that show the numerator takes the reader in ("let's"): a scope with one is not judged. */
  inclusive?: string[]
  /** Also flag a paragraph that opens on the numerator, says it `minCount` times and never the denominator (not a heading, no inline code, none of `unless`), in a scope not flagged already that says the numerator more often. */
  opening?: { minCount: number; unless?: Unless; advice?: string[] }
}

const withDefaults = (data: RatioRuleData) => ({ ...data, max: data.max ?? 3, minCount: data.minCount ?? 6 })

export const ratio: RuleKind<RatioRuleData, ReturnType<typeof withDefaults>> = {
  fields: fieldsOf<Omit<RatioRuleData, keyof RuleBase>>()({ required: ['numerator', 'denominator', 'max', 'scope', 'minCount'], optional: ['inclusive', 'opening'] }),
  compile(data, rule, { matcher }) {
    for (const phrase of data.numerator ?? []) matcher.addPhrase(phrase, false, { role: 'numerator', rule, entry: -1 })
    for (const phrase of data.denominator ?? []) matcher.addPhrase(phrase, false, { role: 'denominator', rule, entry: -1 })
    for (const phrase of data.inclusive ?? []) matcher.addPhrase(phrase, false, { role: 'inclusive', rule, entry: -1 })
    return withDefaults(data)
  },
  count(block, rule, { opening }, tally) {
    const { tokens } = block.stream
    const before = tally.matches.length
    let other = 0
    let inclusive = 0
    for (const m of block.raw) {
      if (m.rule !== rule || (m.role !== 'numerator' && m.role !== 'denominator' && m.role !== 'inclusive')) continue
      const start = tokens[m.first].start
      const end = tokens[m.last].end
      if (block.quoted(start, end)) continue
      if (m.role === 'denominator') other++
      else if (m.role === 'inclusive') inclusive++
      else {
        tally.count++
        ;(tally.matches as Counted[]).push({ start, end, quoted: false, heading: block.unit.heading })
      }
    }
    tally.other += other
    tally.inclusive += inclusive
    const count = tally.matches.length - before
    if (opening && count >= opening.minCount && !other && !inclusive && opensOnFirst(block, rule, opening.unless, opening.advice)) {
      const matches = tally.matches as Counted[]
      matches[before] = { ...matches[before], opens: count }
    }
  },
  scope: (settings) => settings.scope,
  judge(tally, { max, minCount }) {
    const { count, other, inclusive } = tally
    if (inclusive) return []
    const hits: Hit[] = []
    if (count >= minCount && count > max * other) {
      // A heading's words count, but the finding goes on prose if it can.
      const at = tally.matches.find((m) => !m.heading) ?? tally.matches[0]
      hits.push({ rule: tally.rule, start: at.start, end: at.end, quoted: false, values: { count, other, max } })
    }
    // An opening paragraph is flagged in a scope that says "we" more often than "you" (a manual
    // that talks to its reader elsewhere is walking them through it) and that the count above did
    // not flag: one finding a scope at most, as the tests of `inclusive` hold (judging both found 2
    // marks more in the development copy and added a warning on the clean prose). A scope
    // with "let's" is not judged at all, as above (session 35 tried judging its opening paragraphs
    // anyway: the tests of `inclusive` hold that a tutorial's section is left whole).
    if (count <= other || hits.length) return hits
    for (const m of tally.matches) {
      if (m.opens && !hits.some((h) => h.start === m.start)) hits.push({ rule: tally.rule, start: m.start, end: m.end, quoted: false, values: { count, other, max } })
    }
    return hits.sort((a, b) => a.start - b.start)
  },
  describe(data) {
    const { scope, numerator, denominator, minCount, max, inclusive } = withDefaults(data)
    const lines = [`In each ${scope}, ${docQuoteList(numerator)} are counted against ${docQuoteList(denominator)}: with ${minCount} or more and over ${max} times as many, the first is flagged.`]
    if (inclusive?.length) lines.push(`A ${scope} with ${docQuoteList(inclusive)} is not judged: its “we” takes the reader in.`)
    if (data.opening) lines.push(`A paragraph that opens on one of the first, says them ${data.opening.minCount} times or more and none of the second is flagged on its first word (not a heading, nor a paragraph with inline code, nor one that reads as literature or opens on “we” and a past), in a ${scope} that says the first more often than the second and is not flagged already.`)
    return lines
  },
}

/** Whether the block's first word is the rule's first numerator match, in prose the rule judges. */
function opensOnFirst(block: Block, rule: number, unless: Unless | undefined, advice: readonly string[] | undefined): boolean {
  if (block.unit.heading || hasInlineCode(block.unit.node)) return false
  const { tokens, words } = block.stream
  const first = block.raw.find((m: Block['raw'][number]) => m.rule === rule && m.role === 'numerator')
  if (!first || !words.length || tokens[first.first].start !== words[0].start) return false
  // Two sentences or more: one sentence about "us" is a statement ("We leverage our partners to
  // reach customers who never heard of us before", the fixture of 14 test files); a paragraph
  // that goes on about "us" is the brochure's voice.
  if (words[words.length - 1].sentence === words[0].sentence) return false
  // A phrase of another rule that opens on the same word ("Our people are our greatest asset",
  // "We're the best") is that word's finding already: one finding a word.
  if (block.raw.some((m) => m.rule !== rule && m.rule >= 0 && m.role === 'match' && m.first === first.first)) return false
  // A narrator opens on "we" and a verb in the past ("We travelled by the Underground", "We had
  // reached the same crowded thoroughfare": Doyle, the clean prose's 2 of the 3 left). Not after a
  // contraction: "We're pleased…" is the present.
  const next = words[1]
  if (words[0].text.toLowerCase() === 'we' && next && next.sentence === words[0].sentence && isPast(next.text.toLowerCase().replace(/’/g, "'"))) return false
  // A textbook opens on "we" too ("We will see these toolkit functions…", "Our observations about
  // social situations…": 596 of the OpenStax books' 3 million words, 0.20 per 1,000, before this):
  // the paragraph must name copy's business or trade, and its "we" must not be an author's.
  if (!block.context().speaksAsCompany(first)) return false
  // "We recommend…", "We strongly suggest…": advice, the reader's business.
  if (advice?.length && words.slice(1, 3).some((w) => w.sentence === words[0].sentence && advice.includes(w.text.toLowerCase()))) return false
  return !(unless && block.context().cancels(unless, first))
}

// Inline code is a manual walking its reader through something ("We call `lock`"): the Rust book's
// 16 opening paragraphs of the clean prose.
function hasInlineCode(node: MdastParents | undefined): boolean {
  if (!node) return false
  for (const child of node.children) {
    if (child.type === 'inlineCode') return true
    if ('children' in child && hasInlineCode(child as MdastParents)) return true
  }
  return false
}
