// Rules judged over a stretch of text rather than a phrase: sentences that run too long,
// paragraphs that read hard, sections that talk about "we" and never "you", and empty words that
// pile up. Each yields spans and the numbers its message quotes.
import { readingEase } from './readability.js'
import type { Language, RuleData } from '../rules/rule-data.js'
import type { TokenStream } from '../text/tokens.js'

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

/**
 * The findings of a ratio or density rule over one scope (a paragraph, a section or the document),
 * from its counts: ratio, one on the first numerator word outside headings (else the first), when
 * those words outweigh the denominator; density, one on every occurrence, when there are at least
 * `minCount` (2) and more than `max` per 100 words. `matches` is listed only if there is a finding.
 */
export function judgeScope<M extends { heading?: boolean; quoted?: boolean }>(
  rule: RuleData,
  counts: { count: number; other: number; words: number },
  matches: () => readonly M[],
): Array<{ at: M; extra: { values: Record<string, number>; quoted?: boolean } }> {
  const { count, other, words } = counts
  if (rule.kind === 'ratio') {
    if (count < (rule.minCount ?? 6) || count <= (rule.max ?? 3) * other) return []
    const all = matches()
    return [{ at: all.find((m) => !m.heading) ?? all[0], extra: { values: { count, other, max: rule.max ?? 3 } } }]
  }
  if (rule.kind !== 'density' || count < (rule.minCount ?? 2)) return []
  if ((count * 100) / Math.max(words, rule.minWords ?? 60) <= (rule.max ?? 2)) return []
  return matches().map((m) => ({ at: m, extra: { values: { count, words }, quoted: m.quoted } }))
}
