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

/** A verb form of the inflection table read backwards: "taken" is take's past participle. */
export interface EnglishVerbForm {
  lemma: string
  form: EnglishForm
}

// "be" is conjugated by person, which the table's one present form cannot hold (en-inflectors
// gives "are" for its third person): its forms are listed here.
const BE_FORMS: [string, EnglishForm][] = [['is', 'pres3s'], ['am', 'base'], ['are', 'base'], ['was', 'past'], ['were', 'past'], ['been', 'pastpart'], ['being', 'ing']]
const BE = new Set(['be', ...BE_FORMS.map(([form]) => form)])
const VERB_FIELDS: EnglishForm[] = ['pres3s', 'past', 'pastpart', 'ing']
const NO_FORMS: readonly EnglishVerbForm[] = []
let verbForms: Map<string, EnglishVerbForm[]> | undefined

/**
 * The lemmas and forms a word is of the table's verbs (the English rule and suggestion words and
 * ≈500 irregular verbs), read backwards on first use (3,163 rows, a few ms): without it a word
 * with one part of speech had only the regular endings' guess ("taken" a noun, "decided" of
 * "decid", "was" the plural of "wa").
 */
export function englishVerbForms(word: string): readonly EnglishVerbForm[] {
  if (!verbForms) {
    verbForms = new Map()
    const add = (form: string, entry: EnglishVerbForm) => {
      const known = verbForms!.get(form)
      if (!known) verbForms!.set(form, [entry])
      else if (!known.some((k) => k.lemma === entry.lemma && k.form === entry.form)) known.push(entry)
    }
    for (const row of englishData().englishForms().split('\n')) {
      const [lemma, tagList, formList] = row.split('\t')
      // A row's lemma is a base form when en-lexicon tags it VB or VBP: the table also has rows for
      // forms that rules write ("took", "taken"), conjugated as if they were lemmas ("tooks").
      if (!formList || BE.has(lemma) || !/\bVBP?\b/.test(tagList)) continue
      const fields = formList.split(' ')
      VERB_FIELDS.forEach((form, k) => add(fields[k], { lemma, form }))
    }
    for (const [form, name] of BE_FORMS) add(form, { lemma: 'be', form: name })
  }
  return verbForms.get(word.toLowerCase()) ?? NO_FORMS
}

export function englishLoaded(): { pos: boolean; forms: boolean } {
  return { pos: !!tags, forms: !!forms }
}
