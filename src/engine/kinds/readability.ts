// The `readability` rule kind: paragraphs that read hard, by Flesch reading ease (English) or
// Kandel & Moles' French adaptation of it, as the rule's `formula` says. Both read 0 (very hard)
// to 100 (very easy); under 30 is "very difficult". Syllables are counted the language's way.
import { syllable } from 'syllable'
import { fieldsOf, type Language, type RuleBase } from '../rules/rule-data.js'
import type { RuleKind } from './kind.js'
import { BoundedCache } from '../util/bounded-cache.js'
import { sentencesWithItems } from './list-items.js'

export type Formula = 'flesch' | 'kandel-moles'

export interface ReadabilityRuleData extends RuleBase<'readability'> {
  formula: Formula
  /** Lowest score allowed. */
  min: number
  /** Paragraphs with fewer words are not scored. */
  minWords: number
}

// Each formula's terms: score = base − perSentence × words per sentence − perWord × syllables per word.
const FORMULAS: Record<Formula, { name: string; base: number; perSentence: number; perWord: number }> = {
  flesch: { name: 'Flesch reading ease', base: 206.835, perSentence: 1.015, perWord: 84.6 },
  'kandel-moles': { name: 'Kandel–Moles', base: 207, perSentence: 1.015, perWord: 73.6 },
}

// For a rule set built without the schema (the unified plugin's `ruleData`): the formula made for
// the language, and the bundled rules' bounds.
const withDefaults = (data: ReadabilityRuleData) => ({
  formula: FORMULAS[data.formula] ? data.formula : data.language === 'fr' ? 'kandel-moles' : 'flesch',
  min: data.min ?? 30,
  minWords: data.minWords ?? 80,
})

export const readability: RuleKind<ReadabilityRuleData, ReturnType<typeof withDefaults>> = {
  fields: fieldsOf<Omit<ReadabilityRuleData, keyof RuleBase>>()({ required: ['formula', 'min', 'minWords'], optional: [] }),
  compile: withDefaults,
  // A block of 0 words is scored where minWords is not over 0 (the schema asks for 1 or more; rule
  // data given to the unified plugin is not held to it).
  findsInWordless: ({ minWords }) => !(0 < minWords),
  check(block, rule, { formula, min, minWords }) {
    // Most blocks are shorter than minWords: no word list for them.
    if (block.unit.heading || block.stream.words.length < minWords) return
    const words = block.stream.words.filter((w) => !w.masked).map((w) => w.text).filter((w) => /\p{L}/u.test(w))
    if (words.length < minWords) return
    const score = Math.round(readingEase(words, sentencesWithItems(block.stream), block.language, formula))
    if (score < min) block.hit(rule, block.unit.start, block.unit.end, { values: { score, min, words: words.length } })
  },
  describe(data) {
    const { formula, min, minWords } = withDefaults(data)
    return [`Paragraphs of ${minWords} words or more scoring under ${min} (${FORMULAS[formula].name}) are flagged.`]
  },
}

const FRENCH_VOWEL_GROUPS = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g

/** Syllables of a French word: vowel groups, less a final mute e ("table", "tables", "parlent"). */
export function frenchSyllables(word: string): number {
  const w = word.toLowerCase()
  let count = w.match(FRENCH_VOWEL_GROUPS)?.length ?? 0
  if (count > 1 && /[^aeiouyàâäéèêëîïôöùûüÿ](e|es|ent)$/.test(w)) count--
  return Math.max(1, count)
}

// Prose repeats its words: count each one once (bounded, so a huge audit cannot grow it forever).
const englishCache = new BoundedCache<string, number>(50_000)

export function syllablesOf(word: string, language: Language): number {
  if (language === 'fr') return frenchSyllables(word)
  const key = word.toLowerCase()
  let count = englishCache.get(key)
  if (count === undefined) {
    count = Math.max(1, syllable(key))
    englishCache.set(key, count)
  }
  return count
}

/** The score of words in `sentences` sentences of `language`, by `formula`. */
export function readingEase(words: readonly string[], sentences: number, language: Language, formula: Formula): number {
  const wordCount = Math.max(1, words.length)
  const syllables = words.reduce((n, w) => n + syllablesOf(w, language), 0)
  const terms = FORMULAS[formula]
  return terms.base - terms.perSentence * (wordCount / Math.max(1, sentences)) - terms.perWord * (syllables / wordCount)
}
