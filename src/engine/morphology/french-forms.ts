// French forms by any form, not only by lemma (issue #15): a suggestion written in the plural
// ("clients potentiels") or as a participle ("soigné") is looked up through its lemma, so that it
// inflects like one written as a lemma; and an adjective put in the gender and number of a noun.
import { frenchEntries, frenchKey, frenchParadigm, type LexiconEntry } from './french-lexicon.js'
import type { Pos } from './types.js'

/** The forms of the word's lemma with `pos` (a past participle stands for an adjective): the word's own paradigm if it is a lemma. */
export function paradigmOfForm(word: string, pos: Pos): readonly LexiconEntry[] {
  const own = frenchParadigm(word)
  if (own.some((e) => e.pos === pos)) return own
  const wanted = (e: LexiconEntry) => e.pos === pos || (pos === 'adj' && e.pos === 'verb' && e.mood === 'ppast')
  const entries = frenchEntries(word)
  // A word that is also a noun is not taken for a participle ("salariés").
  if (pos === 'adj' && entries.some((e) => e.pos === 'noun')) return own
  const lemma = entries.find(wanted)?.word
  if (!lemma || frenchKey(lemma) === frenchKey(word)) return own
  const theirs = frenchParadigm(lemma)
  // A participle's paradigm is the verb's: only its participles stand for the adjective.
  return pos === 'adj' && !theirs.some((e) => e.pos === 'adj') ? theirs.filter((e) => e.mood === 'ppast').map((e) => ({ ...e, pos: 'adj' as const })) : theirs
}

/** The form of an adjective (or participle) for a noun of this gender and number, if the lexicon has it. */
export function adjectiveFor(word: string, gender: 'm' | 'f', number: 'sg' | 'pl'): string | undefined {
  const forms = paradigmOfForm(word, 'adj').filter((e) => e.pos === 'adj')
  const fits = (e: LexiconEntry) => (e.gender === undefined || e.gender === 'e' || e.gender === gender) && (e.number === undefined || e.number === number)
  return forms.find((e) => fits(e) && e.gender === gender && e.number === number)?.word ?? forms.find(fits)?.word
}
