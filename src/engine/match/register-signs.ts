// The signs a single token gives of a register (register.ts reads them over a block): a law or a
// problem's variable, French dates and pasts, English narration in the past, copy's calls to its
// reader. Split from register.ts, which weighs them sentence by sentence and block by block.
import type { Token } from '../text/tokens.js'
import { frenchFormNarrates } from './french-past.js'
import type { RegisterWords } from './register-words.js'
import type { Language } from '../rules/rule-data.js'

// Symbols of a law or a figure: an equals sign, a variable named by one capital after a word
// ("puck B", "radius R", « le point P »; not "A" and "I", which are words).
export const RELATIONS = new Set(['=', '≈', '∝', '±', '×'])
const SYMBOL = /^[B-HJ-Z]$/
const LOWER = /^\p{Ll}/u

/** Whether token `k` states a law or a problem: a relation, a variable, an opener of a problem. */
export function statesLaw(tokens: readonly Token[], k: number, words: RegisterWords): boolean {
  const token = tokens[k]
  const previous = k > 0 && tokens[k - 1].sentence === token.sentence ? tokens[k - 1] : undefined
  if (!previous) return words.problemOpeners.has(token.key)
  return SYMBOL.test(token.text) && LOWER.test(previous.text)
}

// A French verb in the imperfect or the simple past of the third person plural ("voulaient",
// "allèrent"): three letters before the ending at least, so that "aient" and "paient" are not taken.
const FRENCH_PAST_PLURAL = /^[a-z]{3,}(?:aient|erent)$/
// The imperfect of the third person singular ("créait", "dépendait"), six letters at least, less
// the nouns and adjectives in -ait ("portrait", "souhait", "parfait").
const FRENCH_IMPERFECT = /^[a-z]{3,}ait$/
// A day and a month ("14 juillet": the registers' months), and a year of the republican calendar ("l'an II").
const ROMAN = /^[ivx]+$/

// The simple past of the third person singular after its subject (« il oublia », « qui déclencha »,
// « elle ne décida »): six letters at least, less those in -ra, which are also the future copy
// promises in (« il permettra », « elle sera »).
const FRENCH_PAST_SINGULAR = /^[a-z]{4,}[^r]a$/
const FRENCH_SUBJECTS = new Set(['il', 'elle', 'on', 'qui'])

/** Whether token `k` is a French verb in the simple past of the singular right after its subject. */
function narratesSingular(tokens: readonly Token[], k: number): boolean {
  if (!FRENCH_PAST_SINGULAR.test(tokens[k].key)) return false
  let j = k - 1
  if (tokens[j]?.key === 'ne' || tokens[j]?.key === "n'") j--
  return tokens[j]?.sentence === tokens[k].sentence && FRENCH_SUBJECTS.has(tokens[j].key)
}

/** Whether token `k` dates or narrates in French: "20 juin", "l'an II", "voulaient", "dépendait", « il oublia ». */
export function frenchExpository(tokens: readonly Token[], k: number, words: RegisterWords): boolean {
  const key = tokens[k].key
  if (FRENCH_PAST_PLURAL.test(key) || (FRENCH_IMPERFECT.test(key) && !words.notImperfect.has(key))) return frenchFormNarrates(tokens[k].text)
  if (narratesSingular(tokens, k)) return true
  if (words.months.has(key)) return k > 0 && /^\d{1,2}$/.test(tokens[k - 1].key)
  return ROMAN.test(key) && k > 0 && tokens[k - 1].key === 'an'
}
// The pasts of the register's list: evidence, but no firm evidence (isOutsideCopy's `firm`).
export const NARRATION = new Set(['was', 'were', 'had', 'did'])
// Session 35: French pasts a review or a company's history writes too (« L'hôtel avait une vue
// incomparable », « la maison fut fondée en 1850 »): no evidence for words with plain senses.
const FRENCH_NARRATION = new Set(['fut', 'furent', 'etait', 'etaient', 'avait', 'avaient', 'eut', 'eurent', 'fit', 'firent'])
/** Whether evidence token `key` is a past copy shares, which `plain` evidence leaves out. */
export const copyNarrates = (key: string, language: Language) =>
  language === 'fr' ? FRENCH_NARRATION.has(key) || FRENCH_PAST_PLURAL.test(key) || FRENCH_IMPERFECT.test(key) : NARRATION.has(key)
// A year from 1000 to 2099, the dates of history and of citations ("(Smith, 2001)").
export const YEAR = /^(?:1\d{3}|20\d{2})$/
// Units after a number ("30.0 kg", "1.9 N": the registers' units): measurement, not a claim.
export const NUMBER = /^\d+(?:[.,]\d+)?$/

// English narration in the past: a verb in -ed (or an irregular past) right after its subject, a
// pronoun of the third person or a name inside the sentence ("Trotsky hoped", "which empowered",
// "governments also passed"). Copy's -ed words are participles used as adjectives ("advanced
// analytics", "trusted by"), which follow no subject; those that can still follow a noun are left out.
const PAST_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'who', 'which'])
const CAPITALISED = /^\p{Lu}/u

/** Whether token `k` is an English verb in the past right after its subject. */
export function narratesPast(tokens: readonly Token[], k: number, words: RegisterWords): boolean {
  const key = tokens[k].key
  if (!words.irregularPast.has(key) && !(key.length >= 5 && key.endsWith('ed') && !words.adjectival.has(key))) return false
  let j = k - 1
  while (j >= 0 && tokens[j].sentence === tokens[k].sentence && (words.adverbs.has(tokens[j].key) || tokens[j].key.endsWith('ly'))) j--
  const subject = tokens[j]
  if (!subject?.key || subject.sentence !== tokens[k].sentence) return false
  if (PAST_SUBJECTS.has(subject.key)) return true
  const initial = j === 0 || tokens[j - 1].sentence !== subject.sentence
  return CAPITALISED.test(subject.text) && !initial
}

// Copy's imperatives at the start of a sentence ("Join thousands of…", "Découvrez…"): calls to the
// reader, the registers' imperatives in English. French imperatives of "vous" end in -ez ("Rejoignez", "Profitez"); "chez" and "assez" do not call
// anyone, nor do an exercise's ("Calculez", "Montrez que": the problem openers).
const FRENCH_IMPERATIVE = /^[a-z]{3,}ez$/

export function callsReader(tokens: readonly Token[], k: number, words: RegisterWords): boolean {
  if (k > 0 && tokens[k - 1].sentence === tokens[k].sentence) return false
  const key = tokens[k].key
  if (words.problemOpeners.has(key)) return false
  return words.language === 'fr' ? FRENCH_IMPERATIVE.test(key) && key !== 'assez' : words.imperatives.has(key)
}

/**
 * A French verb of "vous" inside a sentence (« réservez au 04… », « comptez une trentaine de
 * secondes »): copy speaks to its reader there too, weakly (dialogue does as well). Not an
 * exercise's verb (« calculez »), nor « assez ».
 */
export function addressesReader(tokens: readonly Token[], k: number, words: RegisterWords): boolean {
  const key = tokens[k].key
  return words.language === 'fr' && FRENCH_IMPERATIVE.test(key) && key !== 'assez' && !words.problemOpeners.has(key)
}
