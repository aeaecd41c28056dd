// A French verb of the lists used as a noun, told by its place (issue #15, session 35): « cent
// trente-sept matches », « leurs matches », « des boosters ». Borrowed verbs (« matcher »,
// « booster », « tracker ») share their forms with the English nouns, and the tagger reads
// « matches » as the verb's second person; Wikipédia's sports articles wrote 5 of the 9 anglicisms
// the French expository corpus flagged sentence by sentence this way (french-expository.mjs). A
// verb never follows these determiners; « le », « la », « les », « l' », « leur » and « ce » are left
// out, being also pronouns before a verb (« pour les booster », « on leur matche », « ce sera »),
// and « son », « ton », nouns too (« le son booste l'ambiance »). For entries with `pos: verb`.
// literary.ts reads the same list: no simple past of narration after one either (« cet opéra »).
import { morphologyLoaded } from '../morphology/index.js'
import type { RawMatch } from './phrase-matcher.js'
import type { EntryData, Language } from '../rules/rule-data.js'
import type { TokenStream } from '../text/tokens.js'

/** Determiners that are never pronouns: no verb follows one. */
export const NEVER_PRONOUNS: ReadonlySet<string> = new Set(['un', 'une', 'des', 'du', 'au', 'aux', 'cet', 'cette', 'ces', 'mon', 'ma', 'mes', 'ta', 'tes', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leurs', 'chaque', 'quelques', 'plusieurs', 'aucun', 'aucune'])
// Numbers in letters and in digits (« cent matches », « 137 matches »); « un » is above.
const NUMBER = /^(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|(?:[a-z]+-)+(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|vingts))$/u

/** Whether the match of a `pos: verb` French entry stands right after a determiner that is no pronoun. */
export function verbStandsAsFrenchNoun(stream: TokenStream, m: RawMatch, entry: EntryData | undefined, language: Language): boolean {
  if (language !== 'fr' || entry?.pos !== 'verb' || !morphologyLoaded('fr')) return false
  const { tokens, words } = stream
  const first = tokens[m.first].word
  if (first <= 0) return false
  const before = words[first - 1]
  if (before.sentence !== words[first].sentence) return false
  const word = before.text.toLowerCase()
  return NEVER_PRONOUNS.has(word) || NUMBER.test(word)
}
