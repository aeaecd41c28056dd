// French agreement the inflection step cannot see (issue #15, fix-checks.ts): an adjective that
// replaces an invariable phrase after a noun ("des scanners de pointe" → "des scanners récents")
// takes the noun's gender and number, not those of the phrase's first word; an adjective after a
// replaced noun takes the new noun's gender.
import { adjectiveFor, paradigmOfForm } from '../morphology/french-forms.js'
import { frenchEntries, frenchKey, frenchNoun } from '../morphology/french-lexicon.js'
import { DETERMINER_GENDER, nounFeatures } from '../morphology/french.js'
import type { FixCheck } from './fix-checks.js'
import { DETERMINERS } from './french-verb-phrases.js'

const lastTwo = (s: string) => /(?:^|[\s'’])([\p{L}-]+['’]?)?\s*([\p{L}-]+)\s+$/u.exec(s)

/** "des chaussures haut de gamme" → "des chaussures soignées": the adjective agrees with the noun before. */
export const adjectiveAfterNoun: FixCheck = (draft, { reading, original }) => {
  const word = draft.replacement
  if (reading?.pos === 'verb' || reading?.pos === 'noun' || !/\s/.test(original.trim()) || /\s/.test(word)) return draft
  if (!paradigmOfForm(word, 'adj').some((e) => e.pos === 'adj')) return draft
  const m = lastTwo(draft.before)
  const noun = m && nounFeatures(m[2], m[1] ?? '')
  if (!noun?.gender || !noun.number) return `“${word}” must agree with the noun before it, which is not known`
  const form = adjectiveFor(word, noun.gender, noun.number)
  if (!form) return `no form of “${word}” for “${m![2]}” in the lexicon`
  return { ...draft, replacement: /^\p{Lu}/u.test(word) ? form.charAt(0).toUpperCase() + form.slice(1) : form }
}

const FUNCTION_WORDS = new Set("de d' du des à au aux et ou qui que qu' dont où en dans sur pour par avec sans chez vers est sont a ont était sera ne n' se s' le la les l' un une".split(' '))
const genderOfNoun = (word: string) => {
  const g = frenchEntries(word).find((e) => e.pos === 'noun' && (e.gender === 'm' || e.gender === 'f'))?.gender ?? frenchNoun(word).find((n) => n.gender !== 'e')?.gender
  return g === 'm' || g === 'f' ? g : undefined
}

/** "du Marketplace commercial" → "de la place de marché commerciale": the adjective after a replaced noun takes its new gender. */
export const adjectiveAfterReplacedNoun: FixCheck = (draft, { reading, words, index }) => {
  if (reading?.pos !== 'noun') return draft
  const head = /^[\p{L}-]+/u.exec(draft.replacement)?.[0] ?? ''
  const gender = genderOfNoun(head)
  // The gender the writer gave the old noun: its determiner's ("un marketplace"), else the lexicon's.
  const was = DETERMINER_GENDER[frenchKey(words[index - 1] ?? '')] ?? reading.gender
  const next = /^\s+([\p{L}-]+)(['’])?/u.exec(draft.after)
  if (!gender || gender === was || !next || next[2] || FUNCTION_WORDS.has(frenchKey(next[1]))) return draft
  const entries = frenchEntries(next[1])
  const adjective = entries.find((e) => (e.pos === 'adj' || (e.pos === 'verb' && e.mood === 'ppast')) && (e.gender === 'm' || e.gender === 'f'))
  if (!adjective) return entries.length || frenchNoun(next[1]).length || /^\p{Lu}/u.test(next[1]) ? draft : `“${next[1]}” may agree with the noun replaced`
  if (adjective.gender === gender) return draft
  const form = adjectiveFor(next[1], gender, adjective.number ?? reading.number ?? 'sg')
  if (!form) return `no form of “${next[1]}” for “${head}” in the lexicon`
  return { ...draft, after: draft.after.slice(0, next.index) + draft.after.slice(next.index).replace(next[1], form) }
}

// The verbs that make what follows them agree with the subject ("la réunion est longue", "les
// délais restent courts"; avoir only before "été"), the words that may stand between ("est trop").
const COPULAS = new Set('est sont était étaient sera seront serait seraient soit soient reste restent restait restera semble semblent semblait devient deviennent devenait demeure demeurent paraît paraissent'.split(' '))
const AVOIR = new Set('a ont avait avaient aura auront aurait auraient ait aient'.split(' '))
const BETWEEN = new Set('été pas plus très trop assez si bien peu toujours déjà encore jamais vraiment souvent parfois aussi tout toute'.split(' '))
const PREPOSITION = new Set("de d' à par pour sur dans avec en sans sous vers chez entre contre selon".split(' '))

/**
 * "La deadline est courte" → "Le délai est court": the subject replaced by a noun of the other
 * gender, the adjective or participle after "être" (and the like) takes it. Only when the noun
 * is the subject (after a determiner that no preposition precedes) and the verb follows it
 * directly; with words between ("les meetings du lundi sont longs") the adjective may agree with
 * either noun, and the fix is withheld when its form would change.
 */
export const predicateAfterReplacedNoun: FixCheck = (draft, { reading, words, index }) => {
  if (reading?.pos !== 'noun') return draft
  const determiner = frenchKey(words[index - 1] ?? '')
  if (!DETERMINERS.has(determiner) || PREPOSITION.has(frenchKey(words[index - 2] ?? ''))) return draft
  const gender = genderOfNoun(/^[\p{L}-]+/u.exec(draft.replacement)?.[0] ?? '')
  const was = DETERMINER_GENDER[determiner] ?? reading.gender
  if (!gender || !was || gender === was) return draft
  const clause = /^[^.,;:!?()«»"]*/u.exec(draft.after)![0]
  const after = [...clause.matchAll(/[\p{L}'’-]+/gu)]
  const verb = after.findIndex((m, j) => COPULAS.has(frenchKey(m[0])) || (AVOIR.has(frenchKey(m[0])) && frenchKey(after[j + 1]?.[0] ?? '') === 'été'))
  if (verb < 0) return draft
  let k = verb + 1
  while (k < after.length && BETWEEN.has(frenchKey(after[k][0]))) k++
  const word = after[k]
  if (!word) return draft
  const entries = frenchEntries(word[0])
  const agreed = entries.find((e) => (e.pos === 'adj' || (e.pos === 'verb' && e.mood === 'ppast')) && e.gender === was)
  // A word the lexicon does not know may be an adjective of the old gender ("courte"): its other form is unknown too.
  if (!agreed) return entries.length || frenchNoun(word[0]).length ? draft : `“${word[0]}” may agree with the noun replaced`
  const form = adjectiveFor(word[0], gender, agreed.number ?? reading.number ?? 'sg')
  if (form === word[0]) return draft
  if (!form || verb > 0) return `“${word[0]}” may agree with the noun replaced`
  return { ...draft, after: draft.after.slice(0, word.index) + form + draft.after.slice(word.index! + word[0].length) }
}
