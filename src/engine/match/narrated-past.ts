// Time phrases whose cliché is the writer's own time, "at the end of the day" for "ultimately",
// "going forward" and "moving forward" for "from now on" (issue #15, session 32): in a sentence
// that narrates the past they are a day's evening and a walk ("At the end of the day he had the
// workmen put a great stone on top", "Starbuck, going forward, pushed against some one", "But
// going forward I met Ransome"). An entry with `unless: { narratedPast: true }` is left alone when
// its sentence holds a verb in the past outside the match and none in the present or the future,
// and the phrase does not open the sentence with a comma after it: "At the end of the day, the
// campaign was a success" is the cliché's sentence adverb, in the past too; and a sentence that
// names copy's people, the writer or the reader ("…, and we knew it"), or exclaims as copy does
// ("…at the end of the day!"; register.ts reads "!" as copy's too), is the writer's time.
import { firstAbove } from '../text/sorted-spans.js'
import type { TokenStream, WrittenWord } from '../text/tokens.js'
import { isPast, nounsPast } from './english-narration.js'

// The present and the future of the writer's time: "it is", "we will", "has been", "can".
const PRESENT_OR_FUTURE = new Set(['is', 'are', 'am', 'will', 'shall', 'can', 'may', 'must', 'do', 'does', 'has', 'have', 'wo', "won't", "isn't", "aren't", "don't", "doesn't", "can't", "hasn't", "haven't"])
// The writer and the reader: copy's people, whose time is the writer's.
const COPY_PEOPLE = new Set(['we', 'our', 'ours', 'us', 'you', 'your', 'yours'])
// Contractions of "is", "are", "will", "have": "it's", "we're", "we'll", "they've".
const CONTRACTED = /^(?:it|that|there|what|he|she|who|here)['’]s$|['’](?:re|ll|ve)$/
// Subjects before a form in -ed that make it a past: "he pushed", "they met".
const SUBJECTS = new Set(['i', 'he', 'she', 'we', 'they', 'who', 'it', 'you'])
// Pasts that are also presents or participles of the writer's time ("put", "set", "read"): no evidence.
const AMBIGUOUS = new Set(['could', 'would', 'put', 'set', 'read', 'let', 'cut', 'hit', 'cost'])

/** Whether the match on tokens `first`..`last` stands in a sentence that narrates the past, and does not open it with a comma after it. */
export function narratesPastAround(stream: TokenStream, first: number, last: number): boolean {
  const { tokens, words, punctuation } = stream
  const from = tokens[first].start
  const to = tokens[last].end
  const sentence = tokens[first].sentence
  const w0 = firstAbove(words, from - 1, (w) => w.start)
  if (opensWithComma(stream, w0, to) || exclaims(stream, sentence)) return false
  let past = false
  for (let w = w0; w >= 0 && words[w].sentence === sentence; w--) {
    const verdict = tense(words, punctuation, w, from, to)
    if (verdict === 'present') return false
    past ||= verdict === 'past'
  }
  for (let w = w0 + 1; w < words.length && words[w].sentence === sentence; w++) {
    const verdict = tense(words, punctuation, w, from, to)
    if (verdict === 'present') return false
    past ||= verdict === 'past'
  }
  return past
}

/** The tense word `w` gives its sentence (outside the match `from`..`to`): 'past', 'present' (or future), or none. */
function tense(words: readonly WrittenWord[], marks: TokenStream['punctuation'], w: number, from: number, to: number): 'past' | 'present' | undefined {
  const word = words[w]
  if (word.start >= from && word.start < to) return undefined
  const lower = word.text.toLowerCase().replace(/’/g, "'")
  if (PRESENT_OR_FUTURE.has(lower) || CONTRACTED.test(lower) || COPY_PEOPLE.has(lower)) return 'present'
  if (AMBIGUOUS.has(lower)) return undefined
  if (/^[a-z]{3,}ed$/.test(lower)) {
    const before = words[w - 1]
    const subject = before !== undefined && before.sentence === word.sentence && SUBJECTS.has(before.text.toLowerCase())
    return subject || nounsPast(words, marks, w) ? 'past' : undefined
  }
  return isPast(lower) ? 'past' : undefined
}

/** A "!" in sentence `sentence`. */
function exclaims(stream: TokenStream, sentence: number): boolean {
  const { start, end } = stream.sentences[sentence]
  return stream.punctuation.some((mark) => mark.start >= start && mark.start <= end && mark.text.includes('!'))
}

/** The match is its sentence's first words and a comma follows it: the sentence adverb. */
function opensWithComma(stream: TokenStream, w0: number, to: number): boolean {
  const { words, punctuation } = stream
  const previous = words[w0 - 1]
  if (previous !== undefined && previous.sentence === words[w0].sentence) return false
  const mark = punctuation[firstAbove(punctuation, to - 1, (p) => p.start)]
  const next = words[firstAbove(words, to - 1, (w) => w.start)]
  return mark !== undefined && mark.text.startsWith(',') && (next === undefined || mark.start < next.start)
}
