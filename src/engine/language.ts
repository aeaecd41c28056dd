// Which language each block is written in: franc, restricted to English and French, on blocks
// long enough for it to be reliable; short blocks (headings, list items, "OK !") take the
// language most of the document is written in.
import { franc } from 'franc-min'
import type { Language } from './rule-data.js'

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
// "At least n letters", tested without counting: counting made an array of every letter of every block.
const atLeastLetters = (n: number) => new RegExp(`^(?:\\P{L}*\\p{L}){${n}}`, 'u')
const ENOUGH_LETTERS = atLeastLetters(MIN_LETTERS)
const NOT_SHORT = atLeastLetters(SHORT_LETTERS)

export function detectLanguage(text: string): Language | undefined {
  if (!ENOUGH_LETTERS.test(text)) return undefined
  // Function words settle most paragraphs at once; franc's trigrams decide the rest.
  return (
    guessByFunctionWords([{ text }], NOT_SHORT.test(text) ? 6 : 2) ?? FRANC_CODES[franc(text, { only: ['eng', 'fra'], minLength: 1 })]
  )
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
  else main = detectLanguage(blocks.map((b) => b.text).join('\n')) ?? guessByFunctionWords(blocks, 1) ?? fallback
  return { languages: guesses.map((g) => g ?? main), main }
}

/** What the function words of a block too short for franc say, if they clearly say it. */
export function shortBlockGuess(text: string): Language | undefined {
  return guessByFunctionWords([{ text }], 2)
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

function guessByFunctionWords(blocks: readonly LanguageCandidate[], margin: number): Language | undefined {
  const text = blocks.map((b) => b.text).join(' ').toLowerCase()
  const french = occurrences(FRENCH_SIGNS, text)
  const english = occurrences(ENGLISH_SIGNS, text)
  if (Math.abs(french - english) < margin) return undefined
  return french > english ? 'fr' : 'en'
}
