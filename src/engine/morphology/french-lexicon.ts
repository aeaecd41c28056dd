// The French lexicon (Lefff 3.4 subset, compiled by scripts/build-morphology.mjs), indexed on first
// use and kept for the process. The nouns text is indexed only when a noun's gender or number is
// needed (agreement, the subject of a verb), never for the rule words themselves.
import { BoundedCache } from '../util/bounded-cache.js'
import { frenchData } from './data.js'
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

// Decoded entries are kept: context rules ask about the same few words (determiners, être, avoir)
// again and again. Bounded, so that a long document cannot grow them without limit.
function memo(cache: BoundedCache<string, readonly LexiconEntry[]>, key: string, decode: () => LexiconEntry[]): readonly LexiconEntry[] {
  let hit = cache.get(key)
  if (!hit) cache.set(key, (hit = decode()))
  return hit
}
const entriesByForm = new BoundedCache<string, readonly LexiconEntry[]>(5_000)
const entriesByLemma = new BoundedCache<string, readonly LexiconEntry[]>(5_000)

/** The readings of a form: lemma, part of speech, features. */
export function frenchEntries(form: string): readonly LexiconEntry[] {
  const key = frenchKey(form)
  return memo(entriesByForm, key, () => {
    forms ??= load(frenchData().frenchForms())
    return decodeEntries(key, forms.text.find(key), forms.tags).map(({ word, tag }) => ({ ...tag, word }))
  })
}

/** Every form of a lemma the build kept (the rule and suggestion lemmas, the closed classes). */
export function frenchParadigm(lemma: string): readonly LexiconEntry[] {
  const key = frenchKey(lemma)
  return memo(entriesByLemma, key, () => {
    lemmas ??= load(frenchData().frenchLemmas())
    return decodeEntries(key, lemmas.text.find(key), lemmas.tags).map(({ word, tag }) => ({ ...tag, word }))
  })
}

/** Gender and number of a common noun form (several when the Lefff lists several). */
export function frenchNoun(form: string): { gender: 'm' | 'f' | 'e'; number: 'sg' | 'pl' | undefined }[] {
  nouns ??= new SortedText(frenchData().frenchNouns(), false)
  const key = frenchKey(form)
  const value = nouns.find(key)
  if (value) return value.split(' ').map(decodeNoun)
  // The build leaves out a plural that is the singular + s or x with the same gender (half the file).
  const singular = /[sx]$/.test(key) ? nouns.find(key.slice(0, -1)) : undefined
  return singular ? singular.split(' ').map(decodeNoun).filter((n) => n.number === 'sg').map((n) => ({ ...n, number: 'pl' as const })) : []
}

function decodeNoun(code: string): { gender: 'm' | 'f' | 'e'; number: 'sg' | 'pl' | undefined } {
  return { gender: code[0] as 'm' | 'f' | 'e', number: code[1] === 's' ? 'sg' : code[1] === 'p' ? 'pl' : undefined }
}

/** True once the data is read (for the benchmark and the laziness test). */
export function frenchLoaded(): { forms: boolean; lemmas: boolean; nouns: boolean } {
  return { forms: !!forms, lemmas: !!lemmas, nouns: !!nouns }
}
