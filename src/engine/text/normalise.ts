// How words are compared: case, accents, ligatures and apostrophe styles do not matter, so
// "L’Expérience", "l'experience" and "l’expérience" are the same words to every rule. Nor do the
// tricks that hide a word from a matcher but not from a reader: a soft hyphen or a zero-width
// character inside it, fullwidth letters, Cyrillic or Greek letters that look Latin among Latin
// ones. What is compared is folded; what is reported is the text as written.

import { BoundedCache } from '../util/bounded-cache.js'

const APOSTROPHES = /[’‘ʼ′`]/g
const COMBINING_MARKS = /\p{M}/gu
const NOT_ASCII = /[^\x00-\x7f]/

export function foldWord(word: string): string {
  let folded = NOT_ASCII.test(word) ? asLatin(word).toLowerCase() : word.toLowerCase()
  if (NOT_ASCII.test(folded)) {
    folded = folded.normalize('NFD').replace(COMBINING_MARKS, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae')
  }
  return folded.replace(APOSTROPHES, "'")
}

/** Soft hyphen, zero-width space, non-joiner and joiner, word joiner, zero-width no-break space. */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g
const FULLWIDTH = /[\uFF01-\uFF5E]/g
const GREEK_OR_CYRILLIC = /[\u0370-\u03FF\u0400-\u052F]/
const LETTER = /\p{L}/gu
const LATIN_LETTER = /\p{Script=Latin}/u
// Cyrillic and Greek letters a reader takes for Latin ones, by case (Greek "ν" reads v, "Ν" N).
const LOOK_ALIKES = new Map(
  [
    'аa еe оo рp сc уy хx іi јj ѕs ԁd ԛq ԝw һh ӏl', // Cyrillic
    'АA ВB ЕE КK МM НH ОO РP СC ТT УY ХX ІI ЈJ ЅS ԚQ ԜW ӀI',
    'αa οo ιi κk νv ρp υu χx εe', // Greek
    'ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => [pair[0], pair[1]]),
)

/** The word with invisible characters dropped, fullwidth forms as ASCII and look-alikes as Latin. */
function asLatin(word: string): string {
  let latin = word.replace(INVISIBLE, '').replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  // Only inside an otherwise Latin word: a Russian or Greek word is left alone.
  if (GREEK_OR_CYRILLIC.test(latin)) {
    const letters = latin.match(LETTER) ?? []
    if (letters.some((c) => LATIN_LETTER.test(c)) && letters.every((c) => LATIN_LETTER.test(c) || LOOK_ALIKES.has(c))) {
      latin = latin.replace(LETTER, (c) => LOOK_ALIKES.get(c) ?? c)
    }
  }
  return latin
}

export interface WordPart {
  text: string
  /** Offset of the part inside the word. */
  start: number
}

/**
 * Splits one written word into the parts rules match on: hyphens join parts ("best-in-class" is
 * best + in + class, the same as "best in class"), and an apostrophe ends an elided part ("l’" +
 * "expérience", "aujourd’" + "hui"), so French elision never hides the word behind it.
 */
export function splitWord(written: string): WordPart[] {
  // A full stop the parser kept on a word ("360." at the end of a sentence) is not part of it.
  const word = written.replace(/\.+$/, '')
  const parts: WordPart[] = []
  let start = 0
  for (let i = 0; i <= word.length; i++) {
    const ch = word[i]
    const atEnd = i === word.length
    if (atEnd || ch === '-' || ch === '‐' || ch === '‑') {
      if (i > start) parts.push({ text: word.slice(start, i), start })
      start = i + 1
    } else if (ch === "'" || ch === '’' || ch === 'ʼ' || ch === '‘') {
      if (i > start) parts.push({ text: word.slice(start, i + 1), start })
      start = i + 1
    }
  }
  return parts
}

export interface KeyedPart extends WordPart {
  /** The part folded: what rules compare. */
  key: string
}

// Prose repeats its words: split and fold each written form once (bounded, so that a long audit
// cannot grow it forever). The parts are shared between callers, who only read them.
const keyedCache = new BoundedCache<string, readonly KeyedPart[]>(50_000)

/** `splitWord`, each part with its folded key. */
export function keyedParts(written: string): readonly KeyedPart[] {
  let parts = keyedCache.get(written)
  if (!parts) {
    parts = splitWord(written).map((part) => ({ text: part.text, start: part.start, key: foldWord(part.text) }))
    keyedCache.set(written, parts)
  }
  return parts
}

/** Splits a phrase written in a rule file into folded match keys. */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((word) => splitWord(word).map((part) => foldWord(part.text)))
}

/** What rule files and .cluetrain.yaml accept as a phrase (rules/schema.json says the same). */
export const PHRASE = /^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]*)*(?: [\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]*)*)*$/u

export function isPhrase(text: string): boolean {
  return PHRASE.test(text)
}
