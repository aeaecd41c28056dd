// Whether a French sentence has a finite verb outside a match (issue #15, session 36): an essay's or
// an encyclopaedia's sentence states something (« La mâchoire du tyrannosaure était d'une puissance
// phénoménale »); copy's tagline, heading or bullet often has no finite verb at all (« Interface
// simple et intuitive pour contrôler le nœud », « Un lanceur épuré et simple, conçu pour un
// contrôle optimal »: the real development copy's two right findings that register.ts's
// isCopylessEssay lost without this test). A subject clitic, a finite form of « être », « avoir »
// or a modal, or a word that the morphology reads only as a finite verb (« arguent », « sécrètent »);
// not a word that is also a noun or an adjective (« contrôle », « rose »): the tagger's guesses
// read most nouns in -e as verbs too.
import { analyse, morphologyLoaded } from '../morphology/index.js'
import type { Mood } from '../morphology/index.js'
import type { Token } from '../text/tokens.js'

const SUBJECT_CLITICS = new Set(['il', 'elle', 'ils', 'elles', 'on'])
// Folded, as token keys are (« était » is « etait »).
const FINITE_AUXILIARIES = new Set([
  'est', 'sont', 'etait', 'etaient', 'fut', 'furent', 'sera', 'seront', 'serait', 'seraient', 'soit', 'soient',
  'a', 'ont', 'avait', 'avaient', 'eut', 'eurent', 'aura', 'auront', 'aurait', 'auraient', 'ait', 'aient',
  'peut', 'peuvent', 'pouvait', 'pouvaient', 'doit', 'doivent', 'devait', 'devaient',
])
// The clitic elided onto « il » or « on » as one token (« s’il », « qu’il », « l’on »).
const ELIDED_CLITIC = /^(?:s|qu|l|j)'(?:il|ils|elle|elles|on)$/
const FINITE_MOODS: ReadonlySet<Mood | undefined> = new Set<Mood | undefined>(['ind', 'subj', 'cond'])

/** Whether the sentence of tokens `from`..`to` has a finite verb outside tokens `first`..`last` (the match). */
export function hasFrenchFiniteVerb(tokens: readonly Token[], from: number, to: number, first: number, last: number): boolean {
  const texts: string[] = []
  for (let k = from; k <= to; k++) texts.push(tokens[k].text.toLowerCase())
  const loaded = morphologyLoaded('fr')
  for (let k = from; k <= to; k++) {
    if (k >= first && k <= last) continue
    const key = tokens[k].key
    if (SUBJECT_CLITICS.has(key) || ELIDED_CLITIC.test(key) || FINITE_AUXILIARIES.has(key)) return true
    if (!loaded || key.length < 4) continue
    // The lexicon's readings when it has any: the tagger guesses a noun from the ending of any word
    // (« sécrètent » a noun too).
    const all = analyse(texts, k - from, 'fr')
    const known = all.filter((r) => r.source !== 'guess')
    const readings = known.length > 0 ? known : all
    if (readings.length > 0 && readings.every((r) => r.pos === 'verb' && FINITE_MOODS.has(r.mood))) return true
    // A word the lexicon does not hold, in -ent, read as a verb: the third person plural (« sécrètent »);
    // the nouns in -ent are in the lexicon's noun list (« moment », « parent »).
    if (known.length === 0 && key.endsWith('ent') && all.some((r) => r.pos === 'verb' && FINITE_MOODS.has(r.mood))) return true
  }
  return false
}
