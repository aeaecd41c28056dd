// The French lexicon (Lefff 3.4 subset, compiled by scripts/build-morphology.mjs), read on first use
// and kept for the process. The nouns file (86,000 forms, 1.2 MB) is read only when a noun's gender
// or number is needed for agreement or the subject of a verb, never for the rule words themselves.
import { frenchForms, frenchLemmas } from '../generated/lefff-fr.js'
import { frenchNouns } from '../generated/lefff-fr-nouns.js'
import { SortedText, decodeEntries, parseTag, type TagReading } from './sorted-text.js'

export interface LexiconEntry extends TagReading {
  /** The lemma when looked up by form; the form when looked up by lemma. */
  word: string
}

interface Loaded {
  text: SortedText
  tags: TagReading[]
}
let forms: Loaded | undefined
let lemmas: Loaded | undefined
let nouns: SortedText | undefined
const load = (text: string): Loaded => {
  const sorted = new SortedText(text, true)
  return { text: sorted, tags: sorted.tags.map(parseTag) }
}

/** French keys are lower case with a straight apostrophe, as the Lefff writes them. */
export const frenchKey = (word: string): string => word.toLowerCase().replace(/[’‘ʼ]/g, "'")

/** The readings of a form: lemma, part of speech, features. */
export function frenchEntries(form: string): LexiconEntry[] {
  forms ??= load(frenchForms())
  const key = frenchKey(form)
  return decodeEntries(key, forms.text.find(key), forms.tags).map(({ word, tag }) => ({ ...tag, word }))
}

/** Every form of a lemma the build kept (the rule and suggestion lemmas, the closed classes). */
export function frenchParadigm(lemma: string): LexiconEntry[] {
  lemmas ??= load(frenchLemmas())
  const key = frenchKey(lemma)
  return decodeEntries(key, lemmas.text.find(key), lemmas.tags).map(({ word, tag }) => ({ ...tag, word }))
}

/** Gender and number of a common noun form (several when the Lefff lists several). */
export function frenchNoun(form: string): { gender: 'm' | 'f' | 'e'; number: 'sg' | 'pl' | undefined }[] {
  nouns ??= new SortedText(frenchNouns(), false)
  const value = nouns.find(frenchKey(form))
  if (!value) return []
  return value.split(' ').map((code) => ({ gender: code[0] as 'm' | 'f' | 'e', number: code[1] === 's' ? 'sg' : code[1] === 'p' ? 'pl' : undefined }))
}

/** True once the data is read (for the benchmark and the laziness test). */
export function frenchLoaded(): { forms: boolean; lemmas: boolean; nouns: boolean } {
  return { forms: !!forms, lemmas: !!lemmas, nouns: !!nouns }
}
