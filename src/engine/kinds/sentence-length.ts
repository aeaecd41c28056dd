// The `sentence-length` rule kind: sentences of more than `max` words (numbers count as words).
import { fieldsOf, type RuleBase } from '../rules/rule-data.js'
import type { RuleKind } from './kind.js'
import { inlineListItems } from './list-items.js'

export interface SentenceLengthRuleData extends RuleBase<'sentence-length'> {
  /** Most words in a sentence (default 40). */
  max: number
}

const withDefaults = (data: SentenceLengthRuleData) => ({ max: data.max ?? 40 })

export const sentenceLength: RuleKind<SentenceLengthRuleData, ReturnType<typeof withDefaults>> = {
  fields: fieldsOf<Omit<SentenceLengthRuleData, keyof RuleBase>>()({ required: ['max'], optional: [] }),
  compile: withDefaults,
  // A wordless block's sentences have 0 words: over a max under 0 (the schema asks for more than 0;
  // rule data given to the unified plugin is not held to it).
  findsInWordless: ({ max }) => 0 > max,
  check(block, rule, { max }) {
    for (const s of block.stream.sentences) {
      if (s.words <= max) continue
      // A list written inline is its items: only an item over the max is a long sentence.
      const items = inlineListItems(block.stream, s)
      if (!items) block.hit(rule, s.start, s.end, { values: { count: s.words, max } })
      else for (const it of items) if (it.words > max) block.hit(rule, it.start, it.end, { values: { count: it.words, max } })
    }
  },
  describe: (data) => [`Sentences of more than ${withDefaults(data).max} words are flagged.`],
}
