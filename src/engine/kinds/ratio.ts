// The `ratio` rule kind: `numerator` phrases weighed against `denominator` phrases per scope (a
// section that says "we" and never "you"). With at least `minCount` of the first and more than
// `max` times as many as of the second, one hit on the first outside headings (else the first).
// Someone else's "we" is not the company's: quoted words are not counted. Nor is the "we" of a
// writer walking the reader through something: a scope with one of `inclusive` ("let's") is not
// judged (the Rust book's chapters, "let's look at…", "we'll fix it…", drew 19 of the 43 warnings
// on 66,785 words of clean English prose, all self-focus).
import { fieldsOf, type RuleBase, type Scope } from '../rules/rule-data.js'
import type { Counted } from '../pipeline/tally.js'
import { docQuoteList, type RuleKind } from './kind.js'

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
}

const withDefaults = (data: RatioRuleData) => ({ ...data, max: data.max ?? 3, minCount: data.minCount ?? 6 })

export const ratio: RuleKind<RatioRuleData, ReturnType<typeof withDefaults>> = {
  fields: fieldsOf<Omit<RatioRuleData, keyof RuleBase>>()({ required: ['numerator', 'denominator', 'max', 'scope', 'minCount'], optional: ['inclusive'] }),
  compile(data, rule, { matcher }) {
    for (const phrase of data.numerator ?? []) matcher.addPhrase(phrase, false, { role: 'numerator', rule, entry: -1 })
    for (const phrase of data.denominator ?? []) matcher.addPhrase(phrase, false, { role: 'denominator', rule, entry: -1 })
    for (const phrase of data.inclusive ?? []) matcher.addPhrase(phrase, false, { role: 'inclusive', rule, entry: -1 })
    return withDefaults(data)
  },
  count(block, rule, _settings, tally) {
    const { tokens } = block.stream
    for (const m of block.raw) {
      if (m.rule !== rule || (m.role !== 'numerator' && m.role !== 'denominator' && m.role !== 'inclusive')) continue
      const start = tokens[m.first].start
      const end = tokens[m.last].end
      if (block.quoted(start, end)) continue
      if (m.role === 'denominator') tally.other++
      else if (m.role === 'inclusive') tally.inclusive++
      else {
        tally.count++
        ;(tally.matches as Counted[]).push({ start, end, quoted: false, heading: block.unit.heading })
      }
    }
  },
  scope: (settings) => settings.scope,
  judge(tally, { max, minCount }) {
    const { count, other, inclusive } = tally
    if (count < minCount || count <= max * other || inclusive) return []
    // A heading's words count, but the finding goes on prose if it can.
    const at = tally.matches.find((m) => !m.heading) ?? tally.matches[0]
    return [{ rule: tally.rule, start: at.start, end: at.end, quoted: false, values: { count, other, max } }]
  },
  describe(data) {
    const { scope, numerator, denominator, minCount, max, inclusive } = withDefaults(data)
    const lines = [`In each ${scope}, ${docQuoteList(numerator)} are counted against ${docQuoteList(denominator)}: with ${minCount} or more and over ${max} times as many, the first is flagged.`]
    if (inclusive?.length) lines.push(`A ${scope} with ${docQuoteList(inclusive)} is not judged: its “we” takes the reader in.`)
    return lines
  },
}
