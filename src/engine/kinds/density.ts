// The `density` rule kind: phrases flagged only where they pile up. Every occurrence in a scope is
// flagged when there are at least `minCount` and more than `max` per 100 words (a scope shorter
// than `minWords` counts as that long, so two in a short paragraph are already too many).
import { fieldsOf, type PhraseFields, type RuleBase, type Scope } from '../rules/rule-data.js'
import type { Counted, Tally } from '../pipeline/tally.js'
import type { Block, RuleKind } from './kind.js'
import { addPhrases, describeContext, describeEntries, forEachPhrase, PHRASE_FIELDS } from './phrase.js'

export interface DensityRuleData extends RuleBase<'density'>, PhraseFields {
  /** Most occurrences allowed per 100 words. */
  max: number
  scope: Scope
  /** A shorter scope is judged as if it had this many words (default 60). */
  minWords?: number
  /** Fewer occurrences are never judged (default 2). */
  minCount?: number
}

const withDefaults = (data: DensityRuleData) => ({ ...data, max: data.max ?? 2, minWords: data.minWords ?? 60, minCount: data.minCount ?? 2 })

export const density: RuleKind<DensityRuleData, ReturnType<typeof withDefaults>> = {
  fields: fieldsOf<Omit<DensityRuleData, keyof RuleBase>>()({
    required: ['max', 'scope', ...PHRASE_FIELDS.required] as ['max', 'scope', 'entries'],
    optional: ['minWords', 'minCount', ...PHRASE_FIELDS.optional] as ['minWords', 'minCount', 'inflect', 'exceptions', 'unless', 'borrowedFrom'],
  }),
  compile(data, rule, context) {
    addPhrases(data, rule, context)
    return withDefaults(data)
  },
  count(block, rule, settings, tally) {
    tally.words += block.words
    // Most blocks have none of the rule's phrases: no closure (see phrase.ts hitPhrases).
    if (block.matchesOf(rule).length) countPhrases(block, rule, settings, tally)
  },
  scope: (settings) => settings.scope,
  judge(tally, { max, minWords, minCount }) {
    const { count, words } = tally
    if (count < minCount || (count * 100) / Math.max(words, minWords) <= max) return []
    return tally.matches.map((m) => ({ rule: tally.rule, start: m.start, end: m.end, quoted: m.quoted, values: { count, words } }))
  },
  describe(data) {
    const { minCount, max, scope } = withDefaults(data)
    return [...describeContext(data), `Flagged only where they pile up: ${minCount} or more, and more than ${max} per 100 words in a ${scope}.`, '', ...describeEntries(data)]
  },
}

/**
 * Counts each of the rule's phrases in the block that stands. A word said twice over ("fast –
 * really really fast", « très, très ») is one raised voice, counted once: the marking guide leaves
 * a single casual intensifier in a human voice alone (test/corpus/labelled/README.md, F5), and
 * Starship's "it's fast – _really really_ fast" was two findings no mark wanted (session 36). Both
 * words are still shown where the paragraph piles up others.
 */
function countPhrases(block: Block, rule: number, data: PhraseFields, tally: Tally): void {
  let previous: { end: number; text: string } | undefined
  forEachPhrase(block, rule, data, (start, end) => {
    const text = block.text.slice(start, end).toLowerCase()
    if (!(previous && previous.text === text && /^[\s,]*$/.test(block.text.slice(previous.end, start)))) tally.count++
    previous = { end, text }
    ;(tally.matches as Counted[]).push({ start, end, quoted: block.quoted(start, end), heading: block.unit.heading })
  })
}
