// Rules judged over a stretch of text rather than a phrase: sentences that run too long,
// paragraphs that read hard, sections that talk about "we" and never "you", and empty words that
// pile up. Each yields spans and the numbers its message quotes.
import { readingEase } from './readability.js'
import type { Language, RuleData } from './rule-data.js'
import type { TokenStream } from './tokens.js'

export interface Measured {
  start: number
  end: number
  values: Record<string, number>
}

export function longSentences(rule: RuleData, stream: TokenStream): Measured[] {
  const max = rule.max ?? 40
  return stream.sentences.filter((s) => s.words > max).map((s) => ({ start: s.start, end: s.end, values: { count: s.words, max } }))
}

export function hardParagraph(rule: RuleData, stream: TokenStream, language: Language, span: { start: number; end: number }): Measured[] {
  const words = stream.words.filter((w) => !w.masked).map((w) => w.text).filter((w) => /\p{L}/u.test(w))
  if (words.length < (rule.minWords ?? 80)) return []
  const score = Math.round(readingEase(words, stream.sentences.length, language))
  return score < (rule.min ?? 30) ? [{ ...span, values: { score, min: rule.min ?? 30, words: words.length } }] : []
}

/** ratio: the numbers its one finding quotes, when the numerator words outweigh the denominator. */
export function ratioValues(rule: RuleData, count: number, other: number): Record<string, number> | undefined {
  if (count < (rule.minCount ?? 6) || count <= (rule.max ?? 3) * other) return undefined
  return { count, other, max: rule.max ?? 3 }
}

/** density: are `count` occurrences in `words` words at least `minCount` (2) and more than `max` per 100? */
export function tooDense(rule: RuleData, count: number, words: number): boolean {
  if (count < (rule.minCount ?? 2)) return false
  return (count * 100) / Math.max(words, rule.minWords ?? 60) > (rule.max ?? 2)
}
