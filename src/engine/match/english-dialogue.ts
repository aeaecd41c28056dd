// A quotation broken by its speaker's tag (issue #15, literal senses in literature): '"My dear
// fellow," said the man in the straw hat, "these two gentlemen…"', '"You don't expect me," he
// said, "to…"'. Novels break a speaker's words with the tag and go on with them in the same
// sentence; copy quotes its people whole and puts the tag after ('"We love it," said Jane Doe, CEO.').
// The tag alone ("he said", "said the") is weak evidence (literary.ts); between a quotation that
// closes on a comma and one that opens after the tag, it is strong. A press release that breaks a
// quote so ("Our customers," said Smith, "…") names its business, which rules literature out
// (register.ts).
import { firstAbove } from '../text/sorted-spans.js'
import type { Punctuation, WrittenWord } from '../text/tokens.js'

// The verbs of a speaker's tag in the past (literary.ts reads the tag alone with them too).
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'asked', 'replied', 'cried', 'answered', 'exclaimed', 'whispered', 'returned', 'rejoined', 'muttered', 'continued', 'observed', 'added', 'murmured', 'shouted', 'repeated', 'resumed'])
// Between two halves of a quotation the present is a novel's too ('"Well," says he, "…"').
const TAG_VERBS = new Set([...SPEECH_VERBS, 'says', 'asks', 'cries'])
const QUOTES = new Set(['"', '“', '”'])
// What ends the words quoted before the tag, inside their closing mark: "fellow," "me!" "sure?"
const BEFORE_CLOSE = new Set([',', '!', '?'])
// What ends the tag before the quotation goes on: '…he said, "to…"', '…he said; "we…"'.
const TAG_END = new Set([',', ';', ':'])
// The words of a tag: the verb, its speaker ("he", "the man in the straw hat", "Mr. Bennet").
const MAX_TAG_WORDS = 8

/**
 * Whether written word `w`, a verb of speech, is the tag of a quotation broken in two: the words
 * before the tag (at most two: "he said", "Emma replied") follow a closing quotation mark after a
 * comma, "!" or "?", and the tag ends on a comma, semicolon or colon that an opening mark follows.
 */
export function breaksQuotation(words: readonly WrittenWord[], marks: readonly Punctuation[], w: number): boolean {
  const word = words[w]
  if (!TAG_VERBS.has(word.text.toLowerCase())) return false
  let first = w
  while (first > 0 && w - first < 2 && words[first - 1].sentence === word.sentence && !quoteBetween(marks, words[first - 1].end, words[first].start)) first--
  if (first === 0 || words[first - 1].sentence !== word.sentence) return false
  // The marks between the last quoted word and the tag: a comma (or "!", "?") and the closing quote.
  const before = marksBetween(marks, words[first - 1].end, words[first].start)
  if (before.length < 2 || !QUOTES.has(before[before.length - 1].text) || !BEFORE_CLOSE.has(before[before.length - 2].text)) return false
  for (let last = w; last < words.length && last - w < MAX_TAG_WORDS && words[last].sentence === word.sentence; last++) {
    const end = words[last + 1]?.start ?? Infinity
    const after = marksBetween(marks, words[last].end, end)
    if (!after.length) continue
    return after.length >= 2 && TAG_END.has(after[0].text) && QUOTES.has(after[1].text)
  }
  return false
}

/** The marks that start at or after `from` and before `to`, in text order. */
function marksBetween(marks: readonly Punctuation[], from: number, to: number): Punctuation[] {
  const out: Punctuation[] = []
  for (let k = firstAbove(marks, from - 1, (p) => p.start); k < marks.length && marks[k].start < to; k++) out.push(marks[k])
  return out
}

function quoteBetween(marks: readonly Punctuation[], from: number, to: number): boolean {
  return marksBetween(marks, from, to).some((mark) => QUOTES.has(mark.text))
}
