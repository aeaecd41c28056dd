// Which language each block is written in: franc, restricted to English and French, on blocks
// long enough for it to be reliable; short blocks (headings, list items, "OK !") take the
// language most of the document is written in.
import { franc } from 'franc-min'
import type { Language } from '../rules/rule-data.js'

export type LanguageSetting = Language | 'auto'

const FRANC_CODES: Record<string, Language> = { eng: 'en', fra: 'fr' }
/** Below this many letters franc guesses; such blocks follow the document. */
const MIN_LETTERS = 40
/**
 * Below this many letters franc's trigrams are swayed by vocabulary: corporate English is Latin
 * ("We leverage synergies across our business units" reads as French to franc), so a lead of two
 * function words decides first.
 */
const SHORT_LETTERS = 200

export function detectLanguage(text: string): Language | undefined {
  const letters = countLetters(text, SHORT_LETTERS)
  if (letters < MIN_LETTERS) return undefined
  // Function words settle most paragraphs at once; franc's trigrams decide the rest.
  return guessByFunctionWords(text, letters < SHORT_LETTERS ? 2 : 6) ?? FRANC_CODES[franc(text, { only: ['eng', 'fra'], minLength: 1 })]
}

/**
 * How many letters (code points of category L, as `\p{L}` counts them) `text` holds, counted no
 * further than `cap`: a block only needs to be known short or not. A loop over character codes,
 * since `^(?:\P{L}*\p{L}){200}` cost more than the rest of the language detection together.
 */
export function countLetters(text: string, cap: number): number {
  let letters = 0
  for (let i = 0; i < text.length && letters < cap; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if (isAsciiLetter(code)) letters++
    } else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      if (LETTER.test(text.slice(i, i + 2))) letters++
      i++
    } else if (isBmpLetter(code)) letters++
  }
  return letters
}

const LETTER = /\p{L}/u
// Setting bit 0x20 lower-cases an ASCII letter and moves nothing else into a-z.
const isAsciiLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

// Whether each UTF-16 unit outside ASCII is a letter, asked of the regex once per unit: 0 not yet
// asked, 1 letter, 2 not. A lone surrogate is a code point of its own, not a letter, to `\p{L}` too.
const bmpLetters = new Uint8Array(0x10000)
function isBmpLetter(code: number): boolean {
  if (!bmpLetters[code]) bmpLetters[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2
  return bmpLetters[code] === 1
}

export interface LanguageCandidate {
  text: string
  /** A directive or option fixed the language of this block. */
  fixed?: Language
  /** detectLanguage(text), when already known (null: undetermined). */
  detected?: Language | null
  /** shortBlockGuess(text), when already known (null: none). */
  guess?: Language | null
}

/**
 * Decides every block's language at once, so short blocks can follow the document's majority
 * (weighted by length) and, if the whole document is short, its text taken together.
 */
export function assignLanguages(blocks: readonly LanguageCandidate[], fallback: Language = 'en'): { languages: Language[]; main: Language } {
  const guesses = blocks.map((b) => b.fixed ?? (b.detected === undefined ? detectLanguage(b.text) : b.detected ?? undefined))
  const weight: Record<Language, number> = { en: 0, fr: 0 }
  guesses.forEach((g, i) => {
    if (g) weight[g] += blocks[i].text.length
  })
  // A short block whose function words are clearly of one language keeps it: a French title
  // above English copy is still French.
  guesses.forEach((g, i) => {
    if (!g) guesses[i] = blocks[i].guess === undefined ? shortBlockGuess(blocks[i].text) : blocks[i].guess ?? undefined
  })
  let main: Language
  if (weight.en || weight.fr) main = weight.fr > weight.en ? 'fr' : 'en'
  else main = detectLanguage(blocks.map((b) => b.text).join('\n')) ?? guessByFunctionWords(blocks.map((b) => b.text).join(' '), 1) ?? fallback
  return { languages: guesses.map((g) => g ?? main), main }
}

/** What the function words of a block too short for franc say, if they clearly say it. */
export function shortBlockGuess(text: string): Language | undefined {
  return guessByFunctionWords(text, 2)
}

// For a few words, franc is no help; function words and French accents are.
const FRENCH_SIGNS = /\b(le|la|les|des|du|une|est|et|pour|avec|nous|vous|notre|votre|dans|sur|au|aux)\b|[éèêàçùœ]|[dlj][’']/g
const ENGLISH_SIGNS = /\b(the|and|is|are|for|with|we|you|our|your|to|of|in|on)\b/g

/** How many times `pattern` (global, never empty) occurs: counted, not collected into an array. */
function occurrences(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0
  let count = 0
  while (pattern.test(text)) count++
  return count
}

function guessByFunctionWords(text: string, margin: number): Language | undefined {
  const lower = text.toLowerCase()
  const french = occurrences(FRENCH_SIGNS, lower)
  const english = occurrences(ENGLISH_SIGNS, lower)
  if (Math.abs(french - english) < margin) return undefined
  return french > english ? 'fr' : 'en'
}
