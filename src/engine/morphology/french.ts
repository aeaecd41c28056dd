// French analysis: the readings of a word (lexicon, the rule lemma's paradigm, else a first-group
// guesser), and the context rules that choose one (a "small tagger": subject pronoun or noun phrase
// → person and number; être/avoir → participle; determiner → noun; `il faut que` → subjunctive;
// an epicene adjective takes its noun's gender). Written on the development sentences
// (scripts/bench/morphology/sentences-fr.yaml), never on the fix test set (test/corpus/fixes),
// which measures them.
import { frenchEntries, frenchKey, frenchNoun, type LexiconEntry } from './french-lexicon.js'
import { bestReading } from './best-reading.js'
import type { AnalysisHint, Features, Reading } from './types.js'

const toReading = (e: LexiconEntry, source: Reading['source']): Reading => {
  const { word, ...features } = e
  return { ...features, lemma: word, source }
}

export function analyseFrench(words: readonly string[], index: number, hint?: AnalysisHint): Reading[] {
  const word = words[index] ?? ''
  let readings = frenchEntries(word).map((e) => toReading(e, 'lexicon'))
  if (hint?.lemma) {
    const lemma = frenchKey(hint.lemma)
    const mine = readings.filter((r) => r.lemma === lemma)
    // A word the lexicon lacks, or lacks under the rule's lemma (Lefff has "challenger" as a noun
    // only in some forms): the first-group endings, if they lead back to the rule's lemma.
    // Those the rule confirms are the forms of its lemma, as sure as the lexicon's reading of a
    // regular verb (the table above has every first-group ending) or of a noun written as the
    // lemma (+s): source `paradigm`, so that a fix may be built on them.
    readings = mine.length ? mine : [...guessFrench(word), ...adjectiveOf(frenchKey(word), lemma)].filter((r) => r.lemma === lemma).map((r) => ({ ...r, source: 'paradigm' as const }))
    // A prefixed compound the lexicon lacks ("co-construit"): its last part, under the lemma's.
    const dash = word.lastIndexOf('-')
    if (!mine.length && dash > 0 && lemma.startsWith(frenchKey(word.slice(0, dash + 1))) && lemma.length > dash + 1) {
      const prefix = lemma.slice(0, dash + 1)
      const parts = analyseFrench([word.slice(dash + 1)], 0, { lemma: lemma.slice(dash + 1), pos: hint.pos }).filter((r) => r.source !== 'guess')
      if (parts.length) readings = parts.map((r) => ({ ...r, lemma: prefix + r.lemma, source: 'paradigm' as const }))
    }
  }
  if (hint?.pos && readings.some((r) => r.pos === hint.pos)) readings = readings.filter((r) => r.pos === hint.pos)
  return readings.length ? readings : guessFrench(word)
}

// ---- guesser -------------------------------------------------------------------------------
// First-group endings ("challengent", "boostées"): anglicism verbs the Lefff does not have.
type Ending = [string, Features]
const ER_ENDINGS: Ending[] = [
  ['er', { mood: 'inf' }], ['ant', { mood: 'ppres' }],
  ['é', { mood: 'ppast', gender: 'm', number: 'sg' }], ['ée', { mood: 'ppast', gender: 'f', number: 'sg' }],
  ['és', { mood: 'ppast', gender: 'm', number: 'pl' }], ['ées', { mood: 'ppast', gender: 'f', number: 'pl' }],
  ['e', { mood: 'ind', tense: 'pres', person: 3, number: 'sg' }], ['e', { mood: 'ind', tense: 'pres', person: 1, number: 'sg' }],
  ['es', { mood: 'ind', tense: 'pres', person: 2, number: 'sg' }], ['ons', { mood: 'ind', tense: 'pres', person: 1, number: 'pl' }],
  ['ez', { mood: 'ind', tense: 'pres', person: 2, number: 'pl' }], ['ent', { mood: 'ind', tense: 'pres', person: 3, number: 'pl' }],
  ['ais', { mood: 'ind', tense: 'impf', person: 1, number: 'sg' }], ['ait', { mood: 'ind', tense: 'impf', person: 3, number: 'sg' }],
  ['ions', { mood: 'ind', tense: 'impf', person: 1, number: 'pl' }], ['iez', { mood: 'ind', tense: 'impf', person: 2, number: 'pl' }],
  ['aient', { mood: 'ind', tense: 'impf', person: 3, number: 'pl' }], ['erai', { mood: 'ind', tense: 'fut', person: 1, number: 'sg' }],
  ['era', { mood: 'ind', tense: 'fut', person: 3, number: 'sg' }], ['erons', { mood: 'ind', tense: 'fut', person: 1, number: 'pl' }],
  ['erez', { mood: 'ind', tense: 'fut', person: 2, number: 'pl' }], ['eront', { mood: 'ind', tense: 'fut', person: 3, number: 'pl' }],
  ['erait', { mood: 'cond', tense: 'pres', person: 3, number: 'sg' }], ['eraient', { mood: 'cond', tense: 'pres', person: 3, number: 'pl' }],
  ['e', { mood: 'subj', tense: 'pres', person: 3, number: 'sg' }], ['ez', { mood: 'imp', tense: 'pres', person: 2, number: 'pl' }],
  ['ons', { mood: 'imp', tense: 'pres', person: 1, number: 'pl' }],
  // The rest of the first group, so that a guess is as ambiguous as the lexicon's reading of a
  // regular verb: the context rules then choose among the same readings.
  ['e', { mood: 'imp', tense: 'pres', person: 2, number: 'sg' }], ['e', { mood: 'subj', tense: 'pres', person: 1, number: 'sg' }],
  ['es', { mood: 'subj', tense: 'pres', person: 2, number: 'sg' }], ['ent', { mood: 'subj', tense: 'pres', person: 3, number: 'pl' }],
  ['ions', { mood: 'subj', tense: 'pres', person: 1, number: 'pl' }], ['iez', { mood: 'subj', tense: 'pres', person: 2, number: 'pl' }],
  ['ais', { mood: 'ind', tense: 'impf', person: 2, number: 'sg' }], ['eras', { mood: 'ind', tense: 'fut', person: 2, number: 'sg' }],
  ['erais', { mood: 'cond', tense: 'pres', person: 1, number: 'sg' }], ['erais', { mood: 'cond', tense: 'pres', person: 2, number: 'sg' }],
  ['erions', { mood: 'cond', tense: 'pres', person: 1, number: 'pl' }], ['eriez', { mood: 'cond', tense: 'pres', person: 2, number: 'pl' }],
  ['a', { mood: 'ind', tense: 'ps', person: 3, number: 'sg' }], ['èrent', { mood: 'ind', tense: 'ps', person: 3, number: 'pl' }],
]

export function guessFrench(word: string): Reading[] {
  const w = frenchKey(word)
  const out: Reading[] = []
  for (const [end, features] of ER_ENDINGS) {
    if (!w.endsWith(end) || w.length - end.length < 3) continue
    let stem = w.slice(0, -end.length)
    if (/^[ao]/.test(end) && stem.endsWith('ge')) stem = stem.slice(0, -1) // mangeons, manageait
    out.push({ lemma: stem + 'er', pos: 'verb', ...features, source: 'guess' })
  }
  // A noun's number: plural with -s, else from its determiner (chooseFrench: "des KPI").
  const plural = /[^s]s$/.test(w)
  out.push({ lemma: plural ? w.slice(0, -1) : w, pos: 'noun', ...(plural ? { number: 'pl' as const } : {}), source: 'guess' })
  return out
}

/** An adjective the lexicon lacks, as a form of the rule's lemma ("bluffantes" of "bluffant"): + e, s, es, when the lemma ends as adjectives do. */
function adjectiveOf(word: string, lemma: string): Reading[] {
  if (!/(ant|ent|if|el|al|eux|ique|able|ible|aire|é)$/.test(lemma)) return []
  const forms: [string, Features][] = [['', { gender: 'm', number: 'sg' }], ['e', { gender: 'f', number: 'sg' }], ['s', { gender: 'm', number: 'pl' }], ['es', { gender: 'f', number: 'pl' }]]
  return forms.filter(([end]) => word === lemma + end).map(([, features]) => ({ lemma, pos: 'adj', ...features, source: 'guess' }))
}

// ---- context -------------------------------------------------------------------------------
const words = (s: string) => new Set(s.split(' '))
const DETERMINERS = words("le la les l' un une des du de d' ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs au aux quelques plusieurs chaque")
const PLURAL_DETERMINERS = words('les des ces nos vos leurs mes tes ses aux plusieurs quelques')
export const DETERMINER_GENDER: Record<string, 'm' | 'f'> = { le: 'm', un: 'm', ce: 'm', cet: 'm', du: 'm', au: 'm', mon: 'm', ton: 'm', son: 'm', la: 'f', une: 'f', cette: 'f', ma: 'f', ta: 'f', sa: 'f' }
export const SUBJECT_PRONOUNS: Record<string, [1 | 2 | 3, 'sg' | 'pl']> = { je: [1, 'sg'], "j'": [1, 'sg'], tu: [2, 'sg'], il: [3, 'sg'], elle: [3, 'sg'], on: [3, 'sg'], nous: [1, 'pl'], vous: [2, 'pl'], ils: [3, 'pl'], elles: [3, 'pl'] }
const CLITICS = words("ne n' se s' me m' te t' lui y en le la les l' leur nous vous")
const AUXILIARIES = words('ai as a avons avez ont avait avaient aura auront eu ayant avoir suis es est sommes êtes sont était étaient sera seront été être étant soit soient')
// "comment", "pourquoi", "où", "quoi": the question of a title takes the infinitive ("Comment booster vos ventes").
const INFINITIVE_BEFORE = words("de d' à pour sans faut va vont allons allez devons doit doivent peut peuvent pouvons veut veulent voulons savoir faire par comment pourquoi où quoi")
const SUBJUNCTIVE_TRIGGERS = words('faut pour afin veux veut voulons avant bien souhaite')
const BETWEEN_AUXILIARY_AND_PARTICIPLE = /^(pas|bien|déjà|été|tout|très|fortement|beaucoup|peu|jamais|plus|encore|toujours)$/

const isNoun = (w: string): boolean => !!w && (frenchEntries(w).some((r) => r.pos === 'noun') || frenchNoun(w).length > 0)

/**
 * "nous" or "vous" before a verb none of whose readings is of their person: an object ("la carte
 * vous donne accès", "elle nous répond"), not the subject.
 */
const objectPronoun = (t: string, readings: readonly Reading[]) => (t === 'nous' || t === 'vous') && !readings.some((r) => r.person === SUBJECT_PRONOUNS[t][0] && r.number === SUBJECT_PRONOUNS[t][1])

/** Person and number of the subject of the verb at i: the nearest subject pronoun, else the noun phrase. */
function subjectOf(tokens: readonly string[], i: number, readings: readonly Reading[]): [1 | 2 | 3, 'sg' | 'pl'] | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const t = tokens[j]
    if (SUBJECT_PRONOUNS[t] && !objectPronoun(t, readings)) return SUBJECT_PRONOUNS[t]
    if (CLITICS.has(t) || AUXILIARIES.has(t) || BETWEEN_AUXILIARY_AND_PARTICIPLE.test(t)) continue
    if (DETERMINERS.has(t)) return [3, PLURAL_DETERMINERS.has(t) ? 'pl' : 'sg']
    if (isNoun(t)) {
      const numbers = frenchNoun(t).map((n) => n.number)
      const det = tokens[j - 1] ?? ''
      return [3, PLURAL_DETERMINERS.has(det) || (numbers.length > 0 && numbers.every((n) => n === 'pl')) ? 'pl' : 'sg']
    }
    if (!frenchEntries(t).some((r) => r.pos === 'adj')) break
  }
  return undefined
}

/** Gender and number of a noun after the word `det` (a determiner or any word), from both; undefined when it is no known noun. */
export function nounFeatures(noun: string, det: string): { gender?: 'm' | 'f'; number?: 'sg' | 'pl' } | undefined {
  const known = frenchNoun(noun).filter((n) => n.gender !== 'e')
  if (!known.length) return undefined
  const d = frenchKey(det)
  const gender = DETERMINER_GENDER[d] ?? (known.every((n) => n.gender === known[0].gender) ? (known[0].gender as 'm' | 'f') : undefined)
  const number = PLURAL_DETERMINERS.has(d) ? 'pl' : known.every((n) => n.number === 'pl') ? 'pl' : 'sg'
  return { gender, number }
}

/** Gender and number of the noun an adjective at i goes with (just before, just after, or two before). */
function nounOf(tokens: readonly string[], i: number): { gender?: 'm' | 'f'; number?: 'sg' | 'pl' } | undefined {
  for (const j of [i - 1, i + 1, i - 2]) {
    const features = nounFeatures(tokens[j] ?? '', tokens[j - 1] ?? '')
    if (features) return features
  }
  return undefined
}

/** The reading context makes most likely, with an epicene adjective's gender and an invariable noun's number filled in. */
export function chooseFrench(original: readonly string[], i: number, readings: readonly Reading[]): Reading | undefined {
  if (!readings.length) return undefined
  // Only the window the rules look at (five words back, two ahead), lower-cased.
  const tokens: string[] = []
  for (let j = Math.max(0, i - 5); j <= i + 2 && j < original.length; j++) tokens[j] = frenchKey(original[j])
  const prev = tokens[i - 1] ?? ''
  const prev2 = tokens[i - 2] ?? ''
  const next = tokens[i + 1] ?? ''
  const before = tokens.slice(Math.max(0, i - 4), i)
  const subject = subjectOf(tokens, i, readings)
  const pronoun = (t: string) => !!SUBJECT_PRONOUNS[t] && !objectPronoun(t, readings)
  const nounBefore = !DETERMINERS.has(prev) && isNoun(prev)
  // "ont été impactées", "a fortement impacté", "n'est pas impacté": up to two words between.
  const afterAuxiliary = AUXILIARIES.has(prev) || (BETWEEN_AUXILIARY_AND_PARTICIPLE.test(prev) && (AUXILIARIES.has(prev2) || (BETWEEN_AUXILIARY_AND_PARTICIPLE.test(prev2) && AUXILIARIES.has(tokens[i - 3] ?? ''))))
  const que = before.findLastIndex((t) => t === 'que' || t === "qu'")
  const subjunctive = que > 0 && SUBJUNCTIVE_TRIGGERS.has(before[que - 1])
  const score = (r: Reading): number => {
    let s = 0
    const finite = r.pos === 'verb' && (r.mood === 'ind' || r.mood === 'subj' || r.mood === 'cond' || r.mood === 'imp')
    if (r.pos === 'noun' && DETERMINERS.has(prev)) s += 3
    if (r.pos === 'adj' && DETERMINERS.has(prev) && isNoun(next)) s += 4
    if (r.pos === 'adj' && (nounBefore || prev === 'est' || prev === 'sont')) s += 2
    if (r.mood === 'ppast' && afterAuxiliary) s += 5
    if (r.mood === 'ppast' && nounBefore) s += 1
    if (r.mood === 'inf' && INFINITIVE_BEFORE.has(prev)) s += 4
    if (r.mood === 'ppres' && (prev === 'en' || i === 0)) s += 3
    if (finite) {
      if (SUBJECT_PRONOUNS[prev] || CLITICS.has(prev)) s += 3
      if (subject && r.person === subject[0] && r.number === subject[1]) s += 2
      // The first and second persons always have their pronoun, which the window would have seen:
      // without one, a finite verb is in the third person ("mais ne les implémente pas").
      else if (!pronoun(prev) && r.person === 3 && !before.some(pronoun)) s += 0.5
      if (!subject && r.mood === 'imp' && i === 0) s += 3
      if (r.mood === 'ind') s += subjunctive ? 0 : 1
      if (r.mood === 'subj' && subjunctive) s += 2
      if (r.mood === 'ind' && r.tense === 'pres') s += 0.5
      if (nounBefore) s += 1
    }
    return s
  }
  const chosen = bestReading(readings, score)
  if (chosen.pos === 'adj' && (chosen.gender === 'e' || !chosen.gender || !chosen.number)) {
    const noun = nounOf(tokens, i)
    if (noun?.gender && (chosen.gender === 'e' || !chosen.gender)) chosen.gender = noun.gender
    if (noun?.number && !chosen.number) chosen.number = noun.number
  }
  if (chosen.pos === 'noun' && !chosen.number) chosen.number = PLURAL_DETERMINERS.has(prev) ? 'pl' : 'sg'
  if (chosen.pos === 'noun' && (chosen.gender === 'e' || !chosen.gender) && DETERMINER_GENDER[prev]) chosen.gender = DETERMINER_GENDER[prev]
  return chosen
}
