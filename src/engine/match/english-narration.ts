// The narration of English novels (issue #15, literal senses in literature; session 32), beside
// the evidence literary.ts reads: marks of a story told in the past that copy seldom writes, each
// WEAK, and each read only in a block with no word of copy's broad vocabulary and no other finding
// of copy's families (`copyless`, register.ts), so that two of them make a novel's sentence and a
// press release, which narrates too, keeps its findings.
// - The past perfect: "had shuffled", "had been utilised", "had never lied": a story's earlier time.
// - A relative's or a narrator's past: "who obtained", "I conjectured", "they were".
// - A semicolon between two clauses of one sentence: "…the unrivalled artist; all felt…".
// - A rank or title before a name: "Lord Roehampton", "Captain Dobbin", "Dr Marjoribanks", and
//   "your Ladyship".
// - A speaker's tag after a closing quotation mark: '…times," said Tadpole.'
// - A third person's object or possessive ("him", "her", "his", "himself"), once a sentence: copy
//   speaks of "we" and "you". Not "he" nor "she": literary.ts reads them before a past already,
//   and one clause ("She spent two years evangelizing…", a profile's) would count twice.
// - A simple past that is no participle ("stood", "bore", "was"), once a sentence: copy describes
//   in the present.
// - A noun's past with its object ("the doctor ordered him", "Dawe informed me", "his uniform
//   lacked no…"), once a sentence: a verb in -ed between a noun and an object pronoun or a
//   determiner. Not after a pronoun read above ("she utilized them": one clause, one piece), nor
//   after a determiner or an auxiliary ("the revised plan", "was designed a…").
// Measured on the third English development set (test/corpus/fixes/literal-dev3-en.yaml, novels of
// 1840-1920): 86 -> 57 of 154 flagged; findings identical on the 270 files of
// check-same-findings (copy, labelled, clean prose): docs/quality-notes.md, "Session 32".
import { firstAbove } from '../text/sorted-spans.js'
import type { Punctuation, WrittenWord } from '../text/tokens.js'
import { SPEECH_VERBS } from './english-dialogue.js'

const WEAK = 1

/** A piece of narration's evidence: where it starts; WEAK, and only in a block with no word of copy. */
export interface NarrationPiece {
  start: number
  weight: number
  copyless?: true
}

// Past participles that do not end in -ed or -en ("had been", "had made", "had thought").
const PARTICIPLES = new Set(['been', 'made', 'done', 'gone', 'come', 'seen', 'known', 'brought', 'thought', 'found', 'left', 'kept', 'held', 'told', 'felt', 'heard', 'become', 'begun', 'grown', 'shown', 'drawn', 'stood', 'sat', 'lain', 'run', 'won', 'lost', 'spent', 'sent', 'built', 'put', 'set', 'got', 'had', 'said', 'met', 'led', 'fled', 'read', 'struck', 'taught', 'caught', 'sought', 'bought', 'fought', 'meant', 'slept', 'wept', 'swept', 'dealt', 'dwelt', 'sunk', 'sung', 'rung', 'hung', 'spun', 'clung', 'flung', 'swung', 'stung', 'bound', 'wound', 'ground'])
// Adverbs between "had" and its participle ("had never lied", "had already gone").
const BETWEEN = new Set(['not', 'never', 'already', 'long', 'ever', 'just', 'once', 'since', 'first', 'often', 'always', 'only', 'also', 'still', 'then', 'hardly', 'scarcely', 'all', 'both', 'quite', 'almost', 'nearly', 'entirely', 'evidently', 'probably'])
// Subjects whose past is a story's: a relative ("who obtained"), the narrator's "I" ("I
// conjectured"), "they". Not "it", press releases' subject ("It launched…"); "he" and "she" are
// literary.ts's.
const NARRATING_SUBJECTS = new Set(['who', 'i', 'they'])
const IRREGULAR_PAST = new Set(['was', 'were', 'had', 'did', 'knew', 'wore', 'said', 'went', 'came', 'saw', 'took', 'made', 'gave', 'stood', 'sat', 'lay', 'thought', 'felt', 'found', 'told', 'heard', 'left', 'kept', 'held', 'ran', 'began', 'got', 'spoke', 'fell', 'rose', 'drew', 'threw', 'wrote', 'brought', 'bought', 'sought', 'meant', 'became', 'could', 'would', 'met', 'caught', 'struck', 'led'])
// Ranks and titles of the novels' people, before a capitalised name ("Lord Roehampton"), and the
// forms of address that stand alone ("your Ladyship"). Not "Mr", "Mrs", "Sir": literary.ts has them.
const RANKS = new Set(['lord', 'lady', 'captain', 'colonel', 'major', 'general', 'admiral', 'dr', 'dr.', 'doctor', 'rev.', 'reverend', 'squire', 'count', 'countess', 'duke', 'duchess', 'baron', 'baroness', 'marquis', 'earl'])
const ADDRESSES = new Set(['ladyship', 'lordship'])
const THIRD_PERSONS = new Set(['him', 'her', 'his', 'hers', 'himself', 'herself'])
// The simple pasts that are no participle: "had stood" is read above, "stood" alone here.
const SIMPLE_PAST = new Set(['was', 'were', 'did', 'knew', 'wore', 'went', 'came', 'saw', 'took', 'gave', 'spoke', 'fell', 'rose', 'drew', 'threw', 'wrote', 'began', 'ran', 'lay', 'bore', 'stood', 'sat', 'grew', 'flew', 'rode', 'drove', 'ate', 'forgot', 'sang', 'swam', 'broke', 'chose', 'shook', 'woke', 'seemed', 'looked', 'turned'])
const OBJECTS = new Set(['him', 'her', 'me', 'them', 'it', 'a', 'an', 'the', 'no', 'his', 'their', 'this', 'that', 'its'])
// Words before a form in -ed that make it no noun's past: determiners, auxiliaries, the subjects read above.
const NOT_A_NOUN = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get', 'gets', 'got', 'he', 'she', 'i', 'who', 'they', 'we', 'you', 'it', 'not', 'newly', 'fully', 'well', 'and', 'or', 'to', 'of', 'for', 'with', 'by', 'in', 'on', 'at', 'as'])
const CLOSING_QUOTES = new Set(['"', '”', "'", '’', '´'])

/** Every piece of English narration's evidence in a block's words (literary.ts adds them to its own). */
export function englishNarration(words: readonly WrittenWord[], marks: readonly Punctuation[], into: NarrationPiece[]): void {
  const persons = new Set<number>()
  const pasts = new Set<number>()
  const objectPasts = new Set<number>()
  for (let w = 0; w < words.length; w++) {
    const word = words[w]
    if (word.masked) continue
    const lower = word.text.toLowerCase()
    // Once a sentence each: a third person, a simple past.
    if (THIRD_PERSONS.has(lower) && once(persons, word.sentence)) into.push({ start: word.start, weight: WEAK, copyless: true })
    if (SIMPLE_PAST.has(lower) && once(pasts, word.sentence)) into.push({ start: word.start, weight: WEAK, copyless: true })
    const next = words[w + 1]?.sentence === word.sentence ? words[w + 1] : undefined
    if ((lower === 'had' && pastPerfect(words, w)) || (NARRATING_SUBJECTS.has(lower) && next && isPast(next.text.toLowerCase()))) {
      into.push({ start: word.start, weight: WEAK, copyless: true })
    } else if ((RANKS.has(lower) && next && /^\p{Lu}\p{Ll}/u.test(next.text) && /^\p{Lu}/u.test(word.text)) || ADDRESSES.has(lower)) {
      into.push({ start: word.start, weight: WEAK, copyless: true })
    } else if (SPEECH_VERBS.has(lower) && next && /^\p{Lu}\p{Ll}/u.test(next.text) && afterClosingQuote(words, marks, w)) {
      into.push({ start: word.start, weight: WEAK, copyless: true })
    }
    if (next && !objectPasts.has(word.sentence) && nounsPast(words, marks, w) && OBJECTS.has(next.text.toLowerCase()) && !markBetween(marks, word.end, next.start, '')) {
      objectPasts.add(word.sentence)
      into.push({ start: word.start, weight: WEAK, copyless: true })
    }
  }
  semicolons(words, marks, into)
}

/** Adds `key` to `seen`; whether it was not there yet. */
function once(seen: Set<number>, key: number): boolean {
  if (seen.has(key)) return false
  seen.add(key)
  return true
}

/** A semicolon between two words of one sentence, once a sentence: read from the marks, not word by word. */
function semicolons(words: readonly WrittenWord[], marks: readonly Punctuation[], into: NarrationPiece[]): void {
  const seen = new Set<number>()
  for (const mark of marks) {
    if (!mark.text.includes(';')) continue
    const after = firstAbove(words, mark.start, (w) => w.start)
    const next = words[after]
    const previous = words[after - 1]
    if (next && previous && previous.sentence === next.sentence && !next.masked && once(seen, next.sentence)) into.push({ start: next.start, weight: WEAK, copyless: true })
  }
}

/** A verb in -ed after a noun of its sentence, with no mark between: "the doctor ordered". */
export function nounsPast(words: readonly WrittenWord[], marks: readonly Punctuation[], w: number): boolean {
  const previous = words[w - 1]
  if (!previous || previous.sentence !== words[w].sentence || !/^[a-z]{3,}ed$/.test(words[w].text)) return false
  return /^\p{L}{2,}$/u.test(previous.text) && !NOT_A_NOUN.has(previous.text.toLowerCase()) && !markBetween(marks, previous.end, words[w].start, '')
}

/** "had shuffled", "had been", "had never lied": "had" and a participle, across one adverb. */
function pastPerfect(words: readonly WrittenWord[], w: number): boolean {
  let j = w + 1
  if (words[j]?.sentence === words[w].sentence && BETWEEN.has(words[j].text.toLowerCase())) j++
  const word = words[j]
  if (!word || word.sentence !== words[w].sentence) return false
  const lower = word.text.toLowerCase()
  return PARTICIPLES.has(lower) || /^[a-z]{3,}(?:ed|en|wn)$/.test(lower)
}

/** A past tense, lower-cased: an irregular one of the list, or a form in -ed (also a participle: callers read its neighbours). */
export function isPast(lower: string): boolean {
  return IRREGULAR_PAST.has(lower) || /^[a-z]{3,}ed$/.test(lower)
}

/** A verb of speech right after a quotation's closing mark and a comma or none: '…times," said Tadpole'. */
function afterClosingQuote(words: readonly WrittenWord[], marks: readonly Punctuation[], w: number): boolean {
  const previous = words[w - 1]
  if (!previous) return false
  let k = firstAbove(marks, previous.end - 1, (p) => p.start)
  let quoted = false
  for (; k < marks.length && marks[k].start < words[w].start; k++) quoted ||= [...marks[k].text].some((c) => CLOSING_QUOTES.has(c))
  return quoted
}

function markBetween(marks: readonly Punctuation[], from: number, to: number, text: string): boolean {
  for (let k = firstAbove(marks, from - 1, (p) => p.start); k < marks.length && marks[k].start < to; k++) if (marks[k].text.includes(text)) return true
  return false
}
