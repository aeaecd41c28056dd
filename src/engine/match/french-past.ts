// Whether a French verb form in -ait or -aient (imperfect) or -èrent (simple past) narrates, for the
// register (register.ts): its endings are shared. The ordinary-word list of French
// (scripts/build-word-lists.mjs: every form of the Lefff but the verbs' imperfect, simple past,
// future and conditional) holds what is not narration: presents of -érer verbs (« considèrent »,
// « génèrent »: the Lefff has 71), adjectives and nouns (« différent », « cohérent », « portrait »).
// The conditional (« transformeraient », « permettrait », « pourraient »), which copy promises in,
// is the infinitive and the ending, or an irregular stem; the list holds the infinitives, which
// tell « espéraient » (espérer, imperfect) from « espéreraient » (conditional).
import { isOrdinaryWord } from '../morphology/ordinary-words.js'

// The conditional's irregular stems: pourr-, aur-, devr-, voudr-, viendr-, tiendr-, saur-, verr-,
// faudr-, vaudr-, enverr-, mourr-, courr-, acquerr-, recevr- and the other -cevoir verbs.
const IRREGULAR_CONDITIONAL = /(?:pourr|aur|devr|voudr|viendr|tiendr|saur|verr|faudr|vaudr|enverr|mourr|courr|querr|cevr)$/u

/**
 * Whether `text` (a word ending in -ait, -aient or -èrent, as written) is the imperfect or the simple
 * past, as far as the list can tell; true when the list is not loaded (the ending alone decides).
 */
export function frenchFormNarrates(text: string): boolean {
  const word = text.toLowerCase()
  const known = isOrdinaryWord(word, 'fr')
  if (known === undefined) return true
  if (known) return false
  const ending = word.endsWith('aient') ? 5 : word.endsWith('ait') ? 3 : 0
  if (!ending) return true
  const stem = word.slice(0, -ending)
  // « espéraient », « tiraient », « montraient »: the imperfect of an -er verb, whatever else the
  // stem is (« tir », « montre »).
  if (isOrdinaryWord(`${stem}er`, 'fr')) return true
  const conditional =
    (/(?:er|ir)$/u.test(stem) && isOrdinaryWord(stem, 'fr')) || // transformer-aient, finir-ait
    isOrdinaryWord(`${stem}e`, 'fr') || // prendr-aient, dir-ait (prendre, dire)
    IRREGULAR_CONDITIONAL.test(stem)
  return !conditional
}

/**
 * Whether `text`, which the guesser reads as the simple past or the imperfect of `lemma`, is one: the
 * list holds no such forms, so a verb of narration after a noun (« Roger exécuta », « La jument
 * s'allongea », « Negoro évitait ») is read from its infinitive, which the list must hold, while the
 * word itself must be no French or English word of the list (« portrait », « vins »; "data", "Sofia"
 * are not « dater », « sofier »; « mobilier » is a noun, no infinitive).
 */
export function guessedPastOfKnownVerb(text: string, lemma: string): boolean {
  // A capital is a name's: « Chez Mobilia, nous… » is not « mobilier ».
  if (/^\p{Lu}/u.test(text)) return false
  const word = text.toLowerCase()
  if (word.length < 5 || isOrdinaryWord(word, 'fr') !== false || isOrdinaryWord(word, 'en')) return false
  return /(?:er|ir|re|oir)$/u.test(lemma) && isOrdinaryWord(lemma, 'fr') === true && isInfinitive(lemma)
}

// The past participle that tells a listed infinitive from a listed noun of the same ending
// (« exécuter », « exécuté »; « mobilier » has no « mobilié »): the morphology's lexicon holds the
// ambiguous words only, so the list is asked.
function isInfinitive(lemma: string): boolean {
  const participle = lemma.endsWith('er') ? `${lemma.slice(0, -2)}é` : lemma.endsWith('ir') ? `${lemma.slice(0, -2)}i` : `${lemma.replace(/(?:oi)?re?$/u, '')}u`
  return isOrdinaryWord(participle, 'fr') === true
}
