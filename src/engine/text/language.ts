// Which language each block is written in: franc, restricted to English and French, on blocks
// long enough for it to be reliable; a shorter block (a heading, a list item, "OK !") takes the
// language most of the document is written in, unless its own words clearly say otherwise.
import { franc } from 'franc-min'
import type { Language } from '../rules/rule-data.js'
import { countLetters, countWords, isAsciiLetter, letterWidth, wordCharWidth } from './letters.js'

export type LanguageSetting = Language | 'auto'

const FRANC_CODES: Record<string, Language> = { eng: 'en', fra: 'fr' }
/**
 * Below this many words franc guesses: "Connect different systems across various environments",
 * or a title-cased English H1 of 7 words, reads as French to it. Such blocks follow the document
 * unless their own function words, elisions and accents clearly say otherwise (shortBlockGuess).
 */
const MIN_WORDS = 12
/**
 * Below this many letters franc's trigrams are swayed by vocabulary: corporate English is Latin
 * ("We leverage synergies across our business units" reads as French to franc), so a small lead
 * of evidence decides first.
 */
const SHORT_LETTERS = 200
/** Points of evidence one language needs over the other: a short block's, a long one's. */
const SHORT_MARGIN = 2
const LONG_MARGIN = 6

/** Links and e-mail addresses written as text: letters, but of no language. */
const ADDRESSES = /(?:\bhttps?:\/\/|\bwww\.)\S*|\S+@\S+/gi
const withoutAddresses = (text: string) => (text.includes('://') || text.includes('www.') || text.includes('@') ? text.replace(ADDRESSES, ' ') : text)

export function detectLanguage(text: string): Language | undefined {
  const prose = withoutAddresses(text)
  if (countWords(prose, MIN_WORDS) < MIN_WORDS) return undefined
  // Function words settle most paragraphs at once; franc's trigrams decide the rest.
  const margin = countLetters(prose, SHORT_LETTERS) < SHORT_LETTERS ? SHORT_MARGIN : LONG_MARGIN
  const points = evidenceOf(prose)
  if (Math.abs(points.fr - points.en) >= margin) return points.fr > points.en ? 'fr' : 'en'
  const guess = FRANC_CODES[franc(prose, { only: ['eng', 'fra'], minLength: 1 })]
  // franc reads runs of Latin technical nouns as French ("groups: media type, MIME type, charset,
  // encoding, data"; "Built-in filtering, pagination, pattern search, bulk insert"): 12 words or
  // more of French with no French function word, elision or accent at all is not French, and such
  // a block follows the document. README files of node_modules: 10 of 14 blocks read as French
  // in 4 MB of English were these; French prose, clean or copy, always has that evidence.
  return guess === 'fr' && points.fr === 0 ? undefined : guess
}

export interface LanguageCandidate {
  text: string
  /** A directive or option fixed the language of this block. */
  fixed?: Language
  /** detectLanguage(text), when already known (null: undetermined). */
  detected?: Language | null
  /** shortBlockGuess(text), when already known (null: none). */
  guess?: Language | null
  /** countLetters(text, Infinity), when already known: the block's weight in the document. */
  letters?: number
}

/**
 * Decides every block's language at once, so short blocks can follow the document's majority
 * (weighted by letters: spaces, markup and numbers say nothing of a language) and, if the whole
 * document is short, its text taken together.
 */
export function assignLanguages(blocks: readonly LanguageCandidate[], fallback: Language = 'en'): { languages: Language[]; main: Language } {
  const guesses = blocks.map((b) => b.fixed ?? (b.detected === undefined ? detectLanguage(b.text) : b.detected ?? undefined))
  const weight: Record<Language, number> = { en: 0, fr: 0 }
  guesses.forEach((g, i) => {
    if (g) weight[g] += blocks[i].letters ?? countLetters(blocks[i].text, Infinity)
  })
  // A short block whose own words clearly are of one language keeps it: a French title above
  // English copy is still French.
  guesses.forEach((g, i) => {
    if (!g) guesses[i] = blocks[i].guess === undefined ? shortBlockGuess(blocks[i].text) : blocks[i].guess ?? undefined
  })
  let main: Language
  if (weight.en || weight.fr) main = weight.fr > weight.en ? 'fr' : 'en'
  else {
    const whole = blocks.map((b) => b.text).join('\n')
    main = detectLanguage(whole) ?? guessByEvidence(withoutAddresses(whole), 1) ?? fallback
  }
  return { languages: guesses.map((g) => g ?? main), main }
}

/**
 * What a block too short for franc says of its language, if it clearly says it: two points more
 * for one language than the other. A strong function word (notre, the) is two points, so
 * "Notre offre" is French above English copy and "Our offer" English above French copy; a weak
 * one (le, de, a, on: also names or words of the other language) or a French accent is one, so
 * "Le Monde" or "Café" alone follows the document. A block with no evidence, such as a
 * title-cased "Acme Nimbus Launches World-Class Platform" or a list of product names, follows it.
 */
export function shortBlockGuess(text: string): Language | undefined {
  return guessByEvidence(withoutAddresses(text), SHORT_MARGIN)
}

// Points of evidence per word, by language: 2 a strong function word (a word of one language only),
// 1 a weak one (also a name, or a word of the other language: "Le Monde", "a" in "il a").
const POINTS = new Map<string, { language: Language; points: number }>()
const give = (language: Language, points: number, list: string) => list.split(' ').forEach((word) => POINTS.set(word, { language, points }))
give('fr', 2, 'les des une est sont avec pour dans nous vous notre votre nos vos leur leurs cette ces qui que pas mais aux du ou à où être très')
give('fr', 1, 'le la de et en au un il elle par sur son sa ses ne')
give('en', 2, 'the and is are was were with we you our your this that these those it its of to for from by at be been will can have has how what why which who not about')
give('en', 1, 'in on a an as or')
/** The longest word in POINTS: longer runs are not looked up. */
const LONGEST = Math.max(...[...POINTS.keys()].map((word) => word.length))
// The words that elide before a vowel: l'offre, d'une, qu'il, n'est.
const ELIDING = new Set(['qu', 'c', 'd', 'j', 'l', 'm', 'n', 's', 't'])
const isApostrophe = (char: string) => char === "'" || char === '’'
const FRENCH_ACCENT = /[éèêëàâîïôûùüçœ]/

/**
 * Points for each language: POINTS for each function word, 1 for each elision, 1 for French
 * accents at all; `margin` more for one language decides. A function word is a whole run of word
 * characters (`[\p{L}\p{N}_]`), never part of one (mêle, Paul's): runs found in a loop over
 * character codes, since a regex for them, or the words, cost five times the old two-regex count.
 */
function guessByEvidence(text: string, margin: number): Language | undefined {
  const points = evidenceOf(text)
  if (Math.abs(points.fr - points.en) < margin) return undefined
  return points.fr > points.en ? 'fr' : 'en'
}

const NOT_ASCII = /[^\x00-\x7f]/
const evidenceOf = (text: string): Record<Language, number> => (NOT_ASCII.test(text) ? evidencePoints(text.toLowerCase()) : asciiEvidencePoints(text))

/** guessByEvidence's points in `lower` (the text lower-cased). */
export function evidencePoints(lower: string): Record<Language, number> {
  const points: Record<Language, number> = { en: 0, fr: FRENCH_ACCENT.test(lower) ? 1 : 0 }
  let start = -1 // where the current run of word characters starts
  for (let i = 0; i <= lower.length; i++) {
    const width = i < lower.length ? wordCharWidth(lower, i) : 0
    if (width) {
      if (start < 0) start = i
      i += width - 1
      continue
    }
    if (start >= 0 && i - start <= LONGEST) {
      const word = lower.slice(start, i)
      const found = POINTS.get(word)
      if (found) points[found.language] += found.points
      else if (ELIDING.has(word) && isApostrophe(lower.charAt(i)) && letterWidth(lower, i + 1)) points.fr++
    }
    start = -1
  }
  return points
}

// A run of ASCII letters as a number, each letter a digit in base 27 (a = 1): the function words
// that are ASCII, and the eliding ones, by that number.
const asciiWordNumber = (word: string) => [...word].reduce((n, c) => n * 27 + c.charCodeAt(0) - 0x60, 0)
const POINTS_BY_NUMBER = new Map([...POINTS].filter(([word]) => !NOT_ASCII.test(word)).map(([word, found]) => [asciiWordNumber(word), found]))
const ELIDING_NUMBERS = new Set([...ELIDING].map(asciiWordNumber))

/**
 * evidencePoints(text.toLowerCase()) for ASCII text, without lower-casing it or cutting out its
 * words: each run of letters is read as a number as it is scanned (~20 ms of an unseen 1 MB lint
 * of README files went to the copies, sampled). ASCII has no French accent, and only A–Z lower-case.
 */
export function asciiEvidencePoints(text: string): Record<Language, number> {
  const points: Record<Language, number> = { en: 0, fr: 0 }
  let length = 0 // of the current run of word characters
  let number = 0 // its letters as a number; -1 once a digit or "_" is in it (no function word has one)
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0
    const lower = code | 0x20
    if (lower >= 0x61 && lower <= 0x7a) {
      if (length++ < LONGEST && number >= 0) number = number * 27 + lower - 0x60
      continue
    }
    if ((code >= 0x30 && code <= 0x39) || code === 0x5f) {
      length++
      number = -1
      continue
    }
    if (length > 0 && length <= LONGEST && number > 0) {
      const found = POINTS_BY_NUMBER.get(number)
      if (found) points[found.language] += found.points
      else if (ELIDING_NUMBERS.has(number) && code === 0x27 && isAsciiLetter(text.charCodeAt(i + 1))) points.fr++
    }
    length = 0
    number = 0
  }
  return points
}

