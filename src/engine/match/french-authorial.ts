// An essay's or a treatise's « nous » and « notre » (issue #15, literal senses, session 34): the
// author reasoning with the reader (« nous l'avons dit », « nous venons de voir », « ce que nous
// appellerions »), or people at large (« notre siècle », « nos yeux », « nos ancêtres »). Copy's
// « nous » is a business speaking of itself (« nous accompagnons », « notre équipe »), and one of
// them makes the whole block copy (register.ts). In the French expository corpus of session 34
// (scripts/eval/french-expository.mjs: 637,358 words of OBVIL's essays and treatises and Sequoia's
// Wikipédia and EMEA sentences) « nous », « notre » and « nos » are the most frequent words of
// self-focus's findings (188 of its 189), and 12 of the 57 sentences of the fourth development set
// flagged at the start said « nous », « vous » or « ! ». The French counterpart of
// english-authorial.ts: such a « nous » or « notre » is no evidence of copy; every other one still is.
import type { Token } from '../text/tokens.js'
import type { RegisterWords } from './register-words.js'

// Between « nous » and its verb: a negation, an object pronoun, an auxiliary or a modal (« nous ne
// l'avons pas dit », « nous venons de voir », « nous pouvons appeler »). At most MAX_BETWEEN of them.
const BETWEEN = new Set(['ne', "n'", 'le', "l'", 'la', 'les', 'en', 'y', 'lui', 'leur', 'avons', 'avions', 'aurons', 'aurions', 'venons', 'venions', 'allons', 'pouvons', 'pourrons', 'pourrions', 'devons', 'devrons', 'devrions', 'de', "d'", 'pas', 'point', 'deja', 'encore', 'souvent', 'plus', 'haut', 'bien'])
const MAX_BETWEEN = 4
// After « notre » or « nos », one adjective may stand before the shared noun (« nos plus lointains ancêtres » has two).
const MAX_BEFORE_NOUN = 2
const SUBJECT = 'nous'
const POSSESSIVES = new Set(['notre', 'nos'])

const sameSentence = (tokens: readonly Token[], a: number, b: number) => tokens[b] !== undefined && tokens[b].sentence === tokens[a].sentence

/**
 * Whether token `k`, a word of the writer list (« nous », « notre », « nos »), is an author's or
 * people's at large rather than a business's: « nous » before a verb of reasoning or saying (past
 * at most MAX_BETWEEN negations, pronouns and auxiliaries), or « notre »/« nos » before a noun of
 * what people share. French only.
 */
export function isFrenchAuthorialWriter(tokens: readonly Token[], k: number, words: RegisterWords): boolean {
  if (words.language !== 'fr') return false
  const key = tokens[k].key
  if (key === SUBJECT) {
    let j = k + 1
    for (let skipped = 0; sameSentence(tokens, k, j) && BETWEEN.has(tokens[j].key); j++) if (++skipped > MAX_BETWEEN) return false
    return sameSentence(tokens, k, j) && words.reasoningVerbs.has(tokens[j].key)
  }
  if (POSSESSIVES.has(key)) {
    for (let j = k + 1; j <= k + 1 + MAX_BEFORE_NOUN && sameSentence(tokens, k, j); j++) if (words.sharedNouns.has(tokens[j].key)) return true
  }
  return false
}
