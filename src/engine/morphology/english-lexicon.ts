// The English data (compiled by scripts/build-morphology.mjs from en-lexicon and en-inflectors),
// indexed on first use and kept for the process: Penn tags of words with more than one part of speech
// and of adjectives and adverbs, and the inflected forms of every word of the English rules and
// suggestions.
import { englishData } from './data.js'
import { SortedText } from './sorted-text.js'
import type { EnglishForm, Pos } from './types.js'

let tags: SortedText | undefined
let forms: SortedText | undefined

const PENN: Record<string, Pos> = {
  VB: 'verb', VBP: 'verb', VBZ: 'verb', VBD: 'verb', VBN: 'verb', VBG: 'verb',
  NN: 'noun', NNS: 'noun', JJ: 'adj', JJR: 'adj', JJS: 'adj', RB: 'adv', RBR: 'adv', RBS: 'adv',
}
export const PENN_FORM: Record<string, EnglishForm> = { VB: 'base', VBP: 'base', VBZ: 'pres3s', VBD: 'past', VBN: 'pastpart', VBG: 'ing' }

/** The Penn tags of a word (content classes only), empty when the word has one part of speech or is unknown. */
export function englishTags(word: string): string[] {
  tags ??= new SortedText(englishData().englishPos(), false)
  const value = tags.find(word.toLowerCase())
  return value ? value.split(' ') : []
}

export const posOfTag = (tag: string): Pos => PENN[tag] ?? 'other'

export interface EnglishParadigm {
  lemma: string
  /** The lemma's own Penn tags in en-lexicon (which parts of speech it can be). */
  tags: string[]
  pres3s: string
  past: string
  pastpart: string
  ing: string
  plural: string
}

/** The forms of a rule or suggestion word, or undefined when the build did not see it. */
export function englishParadigm(lemma: string): EnglishParadigm | undefined {
  forms ??= new SortedText(englishData().englishForms(), false)
  const key = lemma.toLowerCase()
  const value = forms.find(key)
  if (value === undefined) return undefined
  const [tagList, formList] = value.split('\t')
  const [pres3s, past, pastpart, ing, plural] = formList.split(' ')
  return { lemma: key, tags: tagList ? tagList.split(' ') : [], pres3s, past, pastpart, ing, plural }
}

export function englishLoaded(): { pos: boolean; forms: boolean } {
  return { pos: !!tags, forms: !!forms }
}
