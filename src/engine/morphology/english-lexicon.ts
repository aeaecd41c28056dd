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

// Closed-class words: the build keeps only content tags, so "the" came back as VBD/NN/JJ and "of"
// as RB once their DT/IN were dropped. Their own class is known: they get no content tag at all.
export const CLOSED_CLASS: Record<string, Pos> = {}
for (const w of 'the a an this that these those my our your their his her its some any no every each another'.split(' ')) CLOSED_CLASS[w] = 'det'
for (const w of 'of in on at by for with from into over under about after before between through without to'.split(' ')) CLOSED_CLASS[w] = 'prep'
for (const w of 'i we you they he she it me us him them'.split(' ')) CLOSED_CLASS[w] = 'pron'
for (const w of 'and or but nor'.split(' ')) CLOSED_CLASS[w] = 'conj'

/** The Penn tags of a word (content classes only), empty when the word has one part of speech, is unknown or closed-class. */
export function englishTags(word: string): string[] {
  tags ??= new SortedText(englishData().englishPos(), false)
  if (CLOSED_CLASS[word.toLowerCase()]) return []
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
  return { lemma: key, tags: tagList && !CLOSED_CLASS[key] ? tagList.split(' ') : [], pres3s, past, pastpart, ing, plural }
}

export function englishLoaded(): { pos: boolean; forms: boolean } {
  return { pos: !!tags, forms: !!forms }
}
