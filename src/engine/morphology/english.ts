// English analysis without a tagger (taggers trained on news read "leverages" as a plural noun and
// cost 1–4 s to load; docs/morphology.md): the rule lemma's paradigm and en-lexicon's tags give the
// readings, and context rules choose (determiner or preposition before → noun; subject, modal, "to"
// → verb; have → past participle; be → -ing or participle).
import { CLOSED_CLASS, englishParadigm, englishTags, englishVerbForms, PENN_FORM, posOfTag, type EnglishParadigm } from './english-lexicon.js'
import { bestReading } from './best-reading.js'
import type { AnalysisHint, EnglishForm, Reading } from './types.js'

const FORM_FIELDS: [EnglishForm, keyof EnglishParadigm][] = [['pres3s', 'pres3s'], ['past', 'past'], ['pastpart', 'pastpart'], ['ing', 'ing']]

/** The readings of `word` as a form of `paradigm`'s lemma, limited to the parts of speech en-lexicon gives the lemma. */
function paradigmReadings(word: string, p: EnglishParadigm): Reading[] {
  const w = word.toLowerCase()
  const kinds = new Set(p.tags.map(posOfTag))
  const may = (pos: Reading['pos']) => kinds.size === 0 || kinds.has(pos)
  const out: Reading[] = []
  const add = (r: Omit<Reading, 'lemma' | 'source'>) => out.push({ lemma: p.lemma, source: 'paradigm', ...r })
  if (may('verb')) {
    if (w === p.lemma) add({ pos: 'verb', form: 'base' })
    for (const [form, field] of FORM_FIELDS) if (w === p[field]) add({ pos: 'verb', form })
  }
  // A rule written in the plural ("learnings", "deliverables") names a plural: en-lexicon tags it
  // NNS only, or does not know it and it ends in a plural -s.
  const plural = p.tags.length ? p.tags.includes('NNS') && !p.tags.includes('NN') : /[^siu']s$/.test(p.lemma)
  if (may('noun') && w === p.lemma) add({ pos: 'noun', number: plural ? 'pl' : 'sg' })
  if (may('noun') && w === p.plural && w !== p.lemma) add({ pos: 'noun', number: 'pl' })
  if (kinds.has('adj') && w === p.lemma) add({ pos: 'adj' })
  if (kinds.has('adv') && w === p.lemma) add({ pos: 'adv' })
  return out
}

/** The lemma of the verb form `w` is as `form`: the table's when it has one, else the regular endings' guess. */
function verbLemma(w: string, form: EnglishForm): string {
  if (form === 'base') return w
  return englishVerbForms(w).find((v) => v.form === form)?.lemma ?? guessEnglish(w)[0].lemma
}

/** Readings from en-lexicon's tags, or for a word it lists with one part of speech, the table's verb forms. */
function lexiconReadings(word: string): Reading[] {
  const w = word.toLowerCase()
  const tags = englishTags(w)
  if (!tags.length) return englishVerbForms(w).map(({ lemma, form }): Reading => ({ lemma, pos: 'verb', form, source: 'lexicon' }))
  return tags.map((tag): Reading => {
    const pos = posOfTag(tag)
    const form = PENN_FORM[tag]
    if (pos === 'verb') return { lemma: verbLemma(w, form), pos, form, source: 'lexicon' }
    if (pos === 'noun') return { lemma: tag === 'NNS' ? w.replace(/s$/, '') : w, pos, number: tag === 'NNS' ? 'pl' : 'sg', source: 'lexicon' }
    return { lemma: w, pos, source: 'lexicon' }
  })
}

/** `word` with -ise-/-ize- written as in `lemma`. */
function swapSpelling(word: string, lemma: string): string {
  const z = /iz/.test(lemma)
  return z ? word.replace(/is(e|es|ed|ing|ation|ations)$/i, 'iz$1') : word.replace(/iz(e|es|ed|ing|ation|ations)$/i, 'is$1')
}

export function analyseEnglish(words: readonly string[], index: number, hint?: AnalysisHint): Reading[] {
  const word = words[index] ?? ''
  const closed = CLOSED_CLASS[word.toLowerCase()]
  if (closed) return [{ lemma: word.toLowerCase(), pos: closed, source: 'lexicon' }]
  const paradigm = hint?.lemma ? englishParadigm(hint.lemma) : undefined
  let readings = paradigm ? paradigmReadings(word, paradigm) : []
  // British and American spellings share a paradigm: "revolutionises" is a form of "revolutionize".
  if (paradigm && !readings.length && /is|iz/i.test(word)) readings = paradigmReadings(swapSpelling(word, paradigm.lemma), paradigm)
  if (!readings.length) readings = lexiconReadings(word)
  if (hint?.pos && readings.some((r) => r.pos === hint.pos)) readings = readings.filter((r) => r.pos === hint.pos)
  return readings.length ? readings : guessEnglish(word)
}

/** Regular endings only: -ing, -ed, -s. */
export function guessEnglish(word: string): Reading[] {
  const w = word.toLowerCase()
  const undouble = (s: string) => (/([bdgklmnprt])\1$/.test(s) ? s.slice(0, -1) : s)
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3)
    return [{ lemma: undouble(stem) + (/[^aeiou][aeiou][^aeiouwy]$/.test(stem) ? '' : 'e'), pos: 'verb', form: 'ing', source: 'guess' }]
  }
  if (w.endsWith('ed')) {
    const lemma = undouble(w.slice(0, -2)) + (/(at|iz|is|uc|ur|ar|ig|in)$/.test(w.slice(0, -2)) ? 'e' : '')
    return [{ lemma, pos: 'verb', form: 'past', source: 'guess' }, { lemma, pos: 'verb', form: 'pastpart', source: 'guess' }]
  }
  if (w.endsWith('s') && !w.endsWith('ss')) return [{ lemma: w.slice(0, -1), pos: 'noun', number: 'pl', source: 'guess' }, { lemma: w.slice(0, -1), pos: 'verb', form: 'pres3s', source: 'guess' }]
  return [{ lemma: w, pos: 'noun', number: 'sg', source: 'guess' }, { lemma: w, pos: 'verb', form: 'base', source: 'guess' }]
}

// ---- context -------------------------------------------------------------------------------
const set = (s: string) => new Set(s.split(' '))
const DETERMINERS = set('the a an this that these those my our your their his her its some any no every each another which whose')
const SUBJECTS = set('i we you they he she it who that which')
const MODALS = set("to will would can could should may might must shall do does did not don't doesn't didn't won't can't")
const PREPOSITIONS = set('of in on at by for with from into over under about after before between through without')
export const HAVE = set("have has had having 've")
export const BE = set("be is are was were been being am 're 's")

const kindsOf = (word: string): Set<string> => new Set(englishTags(word).map(posOfTag))
const isFunctionWord = (w: string) => DETERMINERS.has(w) || SUBJECTS.has(w) || MODALS.has(w) || PREPOSITIONS.has(w) || HAVE.has(w) || BE.has(w) || w === 'and' || w === 'or'

export function chooseEnglish(original: readonly string[], i: number, readings: readonly Reading[]): Reading | undefined {
  if (readings.length <= 1) return readings[0] && { ...readings[0] }
  const tokens: string[] = []
  for (let j = Math.max(0, i - 1); j <= i + 1 && j < original.length; j++) tokens[j] = original[j].toLowerCase().replace(/’/g, "'")
  const prev = tokens[i - 1] ?? ''
  const next = tokens[i + 1] ?? ''
  const prevKinds = kindsOf(prev)
  const nextKinds = kindsOf(next)
  // A word en-lexicon does not list as ambiguous and that is no function word is most often a noun ("The team leverages").
  const prevNoun = prevKinds.has('noun') || (!!prev && prevKinds.size === 0 && !isFunctionWord(prev))
  const nextNoun = nextKinds.has('noun') || (!!next && nextKinds.size === 0 && !isFunctionWord(next))
  const score = (r: Reading): number => {
    let s = 0
    const f = r.form
    if (r.pos === 'noun') {
      if (DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || prev === 'more' || prev === 'less') s += 3
      if (prevKinds.has('adj') && !prevKinds.has('verb')) s += 2
      if (i === 0 && (nextKinds.has('verb') || BE.has(next))) s += 2
      if (prevKinds.has('verb') && !SUBJECTS.has(prev) && !MODALS.has(prev)) s += 1
    }
    if (r.pos === 'verb') {
      if (SUBJECTS.has(prev)) s += 3
      if (MODALS.has(prev) && f === 'base') s += 4
      if (HAVE.has(prev) && f === 'pastpart') s += 4
      if (BE.has(prev) && (f === 'ing' || f === 'pastpart')) s += 4
      if (f === 'past' && !HAVE.has(prev) && !BE.has(prev)) s += 1
      // Sentence-initial imperative or participle clause: "Leverage our tools", "Leveraging AI, …".
      if (i === 0 && (DETERMINERS.has(next) || nextNoun)) s += 2
      if (DETERMINERS.has(next)) s += 1
      // A gerund with its object is a verb after a preposition too: "by leveraging our reach", "for
      // streamlining the checkout" (a noun in -ing takes "of": "the leveraging of assets").
      if (f === 'ing' && DETERMINERS.has(next)) s += 3
      if (f === 'pres3s' && prevNoun) s += 2
    }
    if (r.pos === 'adj' && (DETERMINERS.has(prev) || BE.has(prev)) && nextNoun) s += 2
    return s
  }
  const chosen = bestReading(readings, score)
  // After have, a past form is the participle (taggers and the lexicon both say VBD there).
  if (chosen.pos === 'verb' && chosen.form === 'past' && (HAVE.has(prev) || BE.has(prev))) chosen.form = 'pastpart'
  return chosen
}
