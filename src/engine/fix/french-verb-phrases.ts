// French fixes that replace a verb and the noun after it (issue #15, fix-checks.ts).
// A light verb lends its noun the action ("effectuer une vérification de la disponibilité" →
// "vérifier la disponibilité"): the noun's "de" complement becomes the new verb's object, and a
// word that went with the noun alone (an adjective, a bare noun: "une recherche avancée") would be
// orphaned, so the fix is withheld. Any other verb + object ("fédérer les équipes" → "rassembler")
// keeps its object after the new verb.
import { frenchEntries, frenchKey, frenchNoun } from '../morphology/french-lexicon.js'
import type { FixCheck, FixDraft } from './fix-checks.js'

const LIGHT_VERBS = new Set(['effectuer', 'procéder', 'réaliser', 'apporter', 'faire', 'opérer', 'mener', 'formuler', 'donner', 'porter', 'prendre', 'émettre'])
// "apporter une solution au problème": "à" marks who or what receives the noun, which becomes
// the object of the verb the noun names ("résoudre le problème"). After "procéder à l'envoi aux
// clients" it goes with the noun ("envoyer aux clients"): no light verb but these three is trusted with it.
const DATIVE_LIGHT_VERBS = new Set(['apporter', 'donner', 'porter'])
// The determiners of an object ("du", "au" begin a complement instead: "sortir du lot"), or of a subject.
export const DETERMINERS = new Set("le la les l' un une des ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split(' '))
const SIZE_WORDS = '(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces|tous|toutes|plusieurs|quelques|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|mille|\\d)'
// The "de" complement of the noun, as the object it becomes: [complement, object].
const DE_OBJECT: readonly [RegExp, string][] = [
  [/^\s+de\s+la\s+/iu, ' la '], [/^\s+de\s+l(['’])/iu, ' l$1'], [/^\s+du\s+/iu, ' le '], [/^\s+des\s+/iu, ' les '],
  [/^\s+d['’](une?)\s+/iu, ' $1 '], [new RegExp(`^\\s+de\\s+(?=${SIZE_WORDS}[\\s\\p{L}])`, 'iu'), ' '],
  [/^\s+de\s+(?=\p{Lu})/u, ' '], [/^\s+d['’](?=\p{Lu})/u, ' '],
]
// A bare plural after "de" was "des" before the noun took it ("des recherches de partenaires" ← "chercher des partenaires").
const DE_BARE = /^\s+d(?:e\s+|['’])(?=([\p{L}-]+))/iu
// Prepositional phrases of manner, place and time that begin with "à" and go with any verb.
const A_STAYS = /^\s+(?:à\s+l['’]aide\s+d|à\s+partir\s+d|au\s+moyen\s+d|au\s+cours\s+d|au\s+besoin\b|au\s+préalable\b|à\s+nouveau\b|à\s+distance\b|à\s+temps\b|à\s+chaque\b|à\s+tout\s+moment\b|à\s+la\s+fois\b|à\s+la\s+main\b|au\s+plus\s+tard\b|au\s+plus\s+tôt\b|à\s+l['’]avance\b)/iu
const A_OBJECT: readonly [RegExp, string][] = [
  [/^\s+au\s+/iu, ' le '], [/^\s+aux\s+/iu, ' les '], [/^\s+à\s+la\s+/iu, ' la '], [/^\s+à\s+l(['’])/iu, ' l$1'],
  [new RegExp(`^\\s+à\\s+(?=(?:${SIZE_WORDS}|une?\\b))`, 'iu'), ' '],
]
// What may follow the noun and go with the new verb as well: prepositions of place, time, manner,
// conjunctions, a few adverbs. Anything else (an adjective, a noun, "qui", "sur") went with the noun.
const STAYS = new Set("dans pour avec en par chez vers depuis avant après pendant lors selon sans entre sous dès afin et ou mais car puis si quand lorsque lorsqu' puisque chaque tous toutes aussi également ensuite déjà encore toujours régulièrement rapidement maintenant aujourd'hui demain hier ici ainsi".split(' '))

const wordsOf = (s: string) => s.split(/[\s'’]+/).filter(Boolean)
const isNoun = (w: string) => frenchEntries(w).some((e) => e.pos === 'noun') || frenchNoun(w).length > 0
const ENDS_IN_PREPOSITION = /\s(à|de|d'|sur|dans|avec|pour|par|en|vers|chez|contre)$/i

/** The words after the light verb's noun, made the new verb's object; or why they cannot be. */
function complementAsObject(draft: FixDraft, dative: boolean, noun: string): FixDraft | string {
  const { after } = draft
  if (!/^\s*\p{L}/u.test(after)) return draft // punctuation or the end of the sentence
  for (const [complement, object] of dative ? [...DE_OBJECT, ...A_OBJECT] : DE_OBJECT) {
    if (complement.test(after)) return { ...draft, after: after.replace(complement, object) }
  }
  if (A_STAYS.test(after)) return draft
  const bare = DE_BARE.exec(after)
  const numbers = bare ? frenchNoun(bare[1]).map((n) => n.number) : []
  if (bare && numbers.length && numbers.every((n) => n === 'pl')) return { ...draft, after: after.replace(DE_BARE, ' des ') }
  const next = frenchKey(/^\s*([\p{L}\p{N}'’-]+)/u.exec(after)?.[1] ?? '').replace(/'$/, "'")
  if (STAYS.has(next)) return draft
  return `“${next}” went with “${noun}”, which the fix removes`
}

/** A light verb + its noun replaced by one verb: the noun's complement becomes the verb's object. */
export const lightVerbComplement: FixCheck = (draft, { reading, original, suggestion }) => {
  if (reading?.pos !== 'verb' || !LIGHT_VERBS.has(reading.lemma)) return draft
  const words = wordsOf(original)
  const noun = words[words.length - 1]
  if (words.length < 2 || !isNoun(noun)) return draft
  // A suggestion with its own noun or its own preposition governs what follows ("faire des économies", "s'appuyer sur").
  const own = wordsOf(suggestion.replace(/^s['’]|^se\s+/i, ''))
  if (own.length > 1 || ENDS_IN_PREPOSITION.test(suggestion)) return draft
  return complementAsObject(draft, DATIVE_LIGHT_VERBS.has(reading.lemma), noun)
}

/** "fédérer les équipes" → "rassembler": the object the entry's phrase holds is kept after the new verb. */
export const keepObject: FixCheck = (draft, { reading, original, suggestion }) => {
  if (reading?.pos !== 'verb' || LIGHT_VERBS.has(reading.lemma)) return draft
  const m = /^(\S+)\s+(\S+)\s+(\S+)$/u.exec(original.trim())
  if (!m || !DETERMINERS.has(frenchKey(m[2])) || !isNoun(m[3])) return draft
  // The new verb may not take the preposition the old one did ("embarquer les équipes dans" →
  // "associer les équipes à"): the dictionary has no valence, so the fix is withheld.
  if (/^\s+(?:à|au|aux|de|du|des|d['’]|dans|sur|pour|avec|en|par|chez|vers|autour|contre|entre|auprès)(?=[\s'’])/iu.test(draft.after)) return `the verb that replaces “${m[1]}” may not take the preposition after “${m[3]}”`
  const own = wordsOf(suggestion).map(frenchKey)
  if (own.some((w) => DETERMINERS.has(w)) || own.includes(frenchKey(m[3]))) return draft
  return { ...draft, replacement: `${draft.replacement} ${m[2]} ${m[3]}` }
}
