// The words of a flagged word's sentence as the morphology layer reads them (issue #15): French
// elision split off ("l'implémentation" → "l'", "implémentation"), an English possessive cut
// ("fund's" → "fund"), hyphenated words kept whole but for an imperative's pronoun
// ("Forwardez-moi"). Offsets say where each word stands, so that the flagged token can be found.
import type { Language } from '../rules/rule-data.js'
import { FRENCH_IMPERATIVE_PRONOUNS } from '../text/word-joins.js'
import { work } from '../work.js'

const ELIDED = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu

const IMPERATIVE_PRONOUN = new RegExp(`(?<=\\p{L})-(${FRENCH_IMPERATIVE_PRONOUNS})$`, 'iu')

export interface SentenceWords {
  words: string[]
  /** Offset in the sentence of each word's first character. */
  starts: number[]
}

/** The words of `sentence` (its text alone: offsets are from its start). */
export function sentenceWords(sentence: string, language: Language): SentenceWords {
  work.sentencesRead++
  const words: string[] = []
  const starts: number[] = []
  for (const m of sentence.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const lead = /^['’-]*/.exec(m[0])![0].length
    let w = m[0].slice(lead).replace(/-+$/, '')
    let at = m.index + lead
    if (language === 'fr') {
      for (let e; (e = ELIDED.exec(w)); w = w.slice(e[0].length), at += e[0].length) {
        words.push(e[0].replace('’', "'"))
        starts.push(at)
      }
    } else if (/['’]s$/i.test(w)) w = w.slice(0, -2)
    w = w.replace(/['’]+$/, '')
    if (!w) continue
    // An imperative's pronoun is a word of its own ("Forwardez-moi": the verb, then "moi").
    const pronoun = language === 'fr' ? IMPERATIVE_PRONOUN.exec(w) : null
    words.push(pronoun ? w.slice(0, pronoun.index) : w)
    starts.push(at)
    if (pronoun) {
      words.push(pronoun[1])
      starts.push(at + pronoun.index + 1)
    }
  }
  return { words, starts }
}

/** Index of the word that holds `offset` (the last word starting at or before it), by binary search: a sentence may hold thousands of words and each of its findings asks. */
export function wordAt(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (starts[mid] <= offset) low = mid + 1
    else high = mid
  }
  return low - 1
}
