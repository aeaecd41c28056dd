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

/** A scope's counts for a ratio or density rule, filled block by block. */
export interface Tally {
  words: number
  matches: Array<{ start: number; end: number; quoted?: boolean; heading?: boolean }>
  other: number
}

export function newTally(): Tally {
  return { words: 0, matches: [], other: 0 }
}

/** ratio: one finding, on the first numerator word, when it outweighs the denominator. */
export function ratioFinding(rule: RuleData, tally: Tally): Measured | undefined {
  const count = tally.matches.length
  if (count < (rule.minCount ?? 6) || count <= (rule.max ?? 3) * tally.other) return undefined
  const first = tally.matches.find((m) => !m.heading) ?? tally.matches[0]
  return { start: first.start, end: first.end, values: { count, other: tally.other, max: rule.max ?? 3 } }
}

/** density: every occurrence, when there are at least `minCount` (2) and more than `max` per 100 words in the scope. */
export function denseOccurrences(rule: RuleData, tally: Tally): Tally['matches'] {
  if (tally.matches.length < (rule.minCount ?? 2)) return []
  const per100 = (tally.matches.length * 100) / Math.max(tally.words, rule.minWords ?? 60)
  return per100 > (rule.max ?? 2) ? tally.matches : []
}

export function scopeKey(scope: RuleData['scope'], unit: number, section: number): string {
  return scope === 'document' ? 'document' : scope === 'section' ? `s${section}` : `p${unit}`
}
