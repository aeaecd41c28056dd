// The morphology layer (issue #15): readings of a word in its sentence, the reading context makes
// most likely, a suggestion inflected to it, and the words around a replacement that change with
// it. Pure (no file system): the data are generated modules that `await loadMorphology(language)`
// imports once per process, never the engine's import (scripts/build-morphology.mjs;
// docs/morphology.md has the choice and the numbers). Everything else is synchronous.
import { BoundedCache } from '../util/bounded-cache.js'
import { analyseEnglish, chooseEnglish } from './english.js'
import { analyseFrench, chooseFrench } from './french.js'
import type { AnalysisHint, MorphLanguage, Reading } from './types.js'

export type { AnalysisHint, EnglishForm, Features, Mood, MorphLanguage, Pos, Reading, ReadingSource, Tense } from './types.js'
export { inflect, copyCapitals, englishSuggestionClass, type Inflected, type InflectContext } from './inflect-suggestion.js'
export { agreeAround, type Agreed } from './agree-around.js'
export { loadAllMorphology, loadMorphology, morphologyLoaded } from './data.js'

/** Every reading of words[index]: the rule lemma's paradigm first when `hint.lemma` is given, the lexicon, else the guesser. */
export function analyse(words: readonly string[], index: number, language: MorphLanguage, hint?: AnalysisHint): Reading[] {
  return language === 'fr' ? analyseFrench(words, index, hint) : analyseEnglish(words, index, hint)
}

/** The reading the words around words[index] make most likely (context rules), or undefined when there is none. */
export function chooseReading(words: readonly string[], index: number, language: MorphLanguage, readings: readonly Reading[]): Reading | undefined {
  return language === 'fr' ? chooseFrench(words, index, readings) : chooseEnglish(words, index, readings)
}

// The context rules look at most five words back and two ahead: the cache key is that window.
const cache = new BoundedCache<string, Reading | null>(20_000)

/** analyse + chooseReading, cached by the words the context rules can see (findings repeat). */
export function readWord(words: readonly string[], index: number, language: MorphLanguage, hint?: AnalysisHint): Reading | undefined {
  const key = `${language}\u0000${hint?.lemma ?? ''}\u0000${hint?.pos ?? ''}\u0000${index < 5 ? index : 5}\u0000${words.slice(Math.max(0, index - 5), index + 3).join('\u0001')}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit ?? undefined
  const reading = chooseReading(words, index, language, analyse(words, index, language, hint))
  cache.set(key, reading ?? null)
  return reading
}
