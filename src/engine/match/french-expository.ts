// More of the expository register in French (issue #15, literal senses, session 34), read beside
// register.ts's evidence (dates, narration, definitions' verbs, units), for single sentences of
// essays and treatises that carry none of it. Found in the French expository development corpus
// (scripts/eval/french-expository.mjs: OBVIL's essays, histories and treatises, Sequoia's Wikipédia
// and EMEA sentences) and the fourth development set (literal-dev4-fr.yaml):
//   - the impersonal « on » of method, before a verb of reasoning or naming, past a modal (« c'est
//     ce qu'on peut appeler », « on peut donc dire », « l'on distingue »): a treatise reasons with
//     no one in particular; copy's « on » does things for someone (« on s'occupe de tout », « on
//     vous rappelle »), whose « vous » or « nous » makes its block copy anyway;
//   - a definition of a kind (« Une digitale est une plante… », « Un isotope est un atome… »): the
//     sentence opens on an indefinite article and « est un/une » follows within five words; copy
//     defines its product by its name (« Acme est une plateforme… »);
//   - a century in Roman numerals with its ordinal (« au XVIIIe », « le xixe »), as a year is.
import type { Token } from '../text/tokens.js'
import type { RegisterWords } from './register-words.js'

const ON = 'on'
// Between « on » and its verb: a negation, an object pronoun, a modal (« on ne peut », « on le
// voit », « on peut donc »). At most MAX_BETWEEN of them.
const BETWEEN = new Set(['ne', "n'", 'le', "l'", 'la', 'les', 'en', 'y', 'se', "s'", 'peut', 'pourrait', 'doit', 'devrait', 'donc', 'bien', 'aussi', 'encore', 'pas'])
const MAX_BETWEEN = 3
// Verbs of method after « on »: naming, saying, seeing, distinguishing (their infinitive after a
// modal, or the present). Not copy's verbs of service (« on s'occupe », « on livre », « on accompagne »).
const METHOD_VERBS = new Set(['appelle', 'appeler', 'nomme', 'nommer', 'dit', 'dire', 'voit', 'voir', 'distingue', 'distinguer', 'remarque', 'remarquer', 'observe', 'observer', 'constate', 'constater', 'considere', 'considerer', 'definit', 'definir', 'resumer', 'resume', 'admet', 'admettre', 'suppose', 'supposer', 'concoit', 'concevoir', 'sait', 'savoir', 'designe', 'designer', 'compare', 'comparer', 'conclut', 'conclure', 'demontre', 'demontrer'])

const sameSentence = (tokens: readonly Token[], a: number, b: number) => tokens[b] !== undefined && tokens[b].sentence === tokens[a].sentence

/** Whether token `k` is the « on » of a treatise's method. */
function methodOn(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].key !== ON) return false
  let j = k + 1
  for (let skipped = 0; sameSentence(tokens, k, j) && BETWEEN.has(tokens[j].key); j++) if (++skipped > MAX_BETWEEN) return false
  return sameSentence(tokens, k, j) && METHOD_VERBS.has(tokens[j].key)
}

const INDEFINITE = new Set(['un', 'une'])
const COPULA = 'est'
const MAX_SUBJECT = 5

/** Whether token `k`, « est », defines a kind: « Une digitale est une plante », at most five words into a sentence opened by « un » or « une ». */
function definesKind(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].key !== COPULA || !INDEFINITE.has(tokens[k + 1]?.key ?? '') || !sameSentence(tokens, k, k + 1)) return false
  let head = k
  while (head > 0 && tokens[head - 1].sentence === tokens[k].sentence) head--
  return INDEFINITE.has(tokens[head].key) && k - head <= MAX_SUBJECT
}

// A century: Roman numerals with the ordinal's « e », in capitals (« XVIIIe », « IVe ») or, in
// small letters, of three numerals at least (« xixe », « xviie »): « vie » and « ive » are words.
const CENTURY = /^[IVX]{2,}e$/
const CENTURY_LOWER = /^[ivx]{3,}e$/

/** Whether token `k` is one of the French signs above. */
export function frenchExpositorySign(tokens: readonly Token[], k: number, words: RegisterWords): boolean {
  if (words.language !== 'fr') return false
  return CENTURY.test(tokens[k].text) || CENTURY_LOWER.test(tokens[k].key) || methodOn(tokens, k) || definesKind(tokens, k)
}
