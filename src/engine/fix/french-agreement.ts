// French agreement the inflection step cannot see (issue #15, fix-checks.ts): an adjective that
// replaces an invariable phrase after a noun ("des scanners de pointe" → "des scanners récents")
// takes the noun's gender and number, not those of the phrase's first word; an adjective after a
// replaced noun takes the new noun's gender.
import { adjectiveFor, paradigmOfForm } from '../morphology/french-forms.js'
import { frenchEntries, frenchKey, frenchNoun } from '../morphology/french-lexicon.js'
import { DETERMINER_GENDER, nounFeatures } from '../morphology/french.js'
import type { FixCheck } from './fix-checks.js'

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
