// Readability of a paragraph: Flesch reading ease for English, Kandel & Moles' French adaptation
// for French. Both read 0 (very hard) to 100 (very easy); under 30 is "very difficult".
import { syllable } from 'syllable'
import type { Language } from '../rules/rule-data.js'
import { BoundedCache } from '../util/bounded-cache.js'

const FRENCH_VOWEL_GROUPS = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/g

/** Syllables of a French word: vowel groups, less a final mute e ("table", "tables", "parlent"). */
export function frenchSyllables(word: string): number {
  const w = word.toLowerCase()
  let count = w.match(FRENCH_VOWEL_GROUPS)?.length ?? 0
  if (count > 1 && /[^aeiouyàâäéèêëîïôöùûüÿ](e|es|ent)$/.test(w)) count--
  return Math.max(1, count)
}

// Prose repeats its words: count each one once (bounded, so a huge audit cannot grow it forever).
const englishCache = new BoundedCache<string, number>(50_000)

export function syllablesOf(word: string, language: Language): number {
  if (language === 'fr') return frenchSyllables(word)
  const key = word.toLowerCase()
  let count = englishCache.get(key)
  if (count === undefined) {
    count = Math.max(1, syllable(key))
    englishCache.set(key, count)
  }
  return count
}

export function readingEase(words: readonly string[], sentences: number, language: Language): number {
  const wordCount = Math.max(1, words.length)
  const syllables = words.reduce((n, w) => n + syllablesOf(w, language), 0)
  const perSentence = wordCount / Math.max(1, sentences)
  const perWord = syllables / wordCount
  return language === 'fr' ? 207 - 1.015 * perSentence - 73.6 * perWord : 206.835 - 1.015 * perSentence - 84.6 * perWord
}
