// Generates the inflected forms a rule phrase should also match, so that a copywriter writes the
// lemma once ("disruptif", "booster", "leverage") and the rule finds "disruptives", "boostées",
// "leveraging". Generating a few forms that are not real words is harmless: they never occur.
// Function words are never inflected ("le" must not become "les"), nor very short words.
import { englishIrregular } from '../generated/english-irregular.js'
import type { Language } from '../rules/rule-data.js'

const FUNCTION_WORDS: Record<Language, Set<string>> = {
  en: new Set(
    'the a an to of in on at by as for from with into onto over under out up down off and or nor but so if is are was were be been being am do does did has have had our your their its his her my we us you they them it this that these those there here what which who whom whose not no all any each every more most very just than then too also can could will would shall should may might must'.split(' '),
  ),
  fr: new Set(
    "le la les l' un une des du de d' au aux en et ou mais donc or ni car que qu' qui quoi dont où ce cet cette ces se s' sa son ses sur sous dans pour par avec sans chez vers entre notre nos votre vos leur leurs mon ma mes ton ta tes nous vous ils elles elle il on je tu ne n' pas plus moins très tout tous toute toutes être est sont était avoir ont avait fait faire bien aussi comme même".split(' '),
  ),
}

export function isFunctionWord(key: string, language: Language): boolean {
  return FUNCTION_WORDS[language].has(key)
}

// French words that lose their vowel before one: "donner la possibilité de" also matches "donne la
// possibilité d'en savoir plus". Only before a vowel, so no other phrase is matched by them.
const ELIDED: Record<string, string> = { de: "d'", que: "qu'", le: "l'", la: "l'", ne: "n'", se: "s'", je: "j'", me: "m'", te: "t'" }

export function inflections(key: string, language: Language): string[] {
  if (language === 'fr' && ELIDED[key]) return [key, ELIDED[key]]
  if (key.endsWith("'") || /\d/.test(key) || isFunctionWord(key, language)) return [key]
  return language === 'fr' ? frenchForms(key) : englishForms(key)
}

// base → past and participle of the irregular verbs (≈ 200, generated from en-inflectors).
let irregular: Map<string, string[]> | undefined
function irregularForms(base: string): readonly string[] {
  if (!irregular) {
    irregular = new Map()
    for (const line of englishIrregular().split('\n')) {
      const [verb, ...forms] = line.split(' ')
      if (verb) irregular.set(verb, [...(irregular.get(verb) ?? []), ...forms])
    }
  }
  return irregular.get(base) ?? []
}

function englishForms(w: string): string[] {
  if (w.length < 3) return [w]
  const forms = new Set([w, ...irregularForms(w)])
  const add = (...xs: string[]) => xs.forEach((x) => forms.add(x))
  if (/[^aeiou]y$/.test(w)) add(w.slice(0, -1) + 'ies', w.slice(0, -1) + 'ied', w + 'ing')
  else if (/(s|x|z|ch|sh)$/.test(w)) add(w + 'es', w + 'ed', w + 'ing')
  else add(w + 's')
  if (w.endsWith('e')) add(w + 'd', w.slice(0, -1) + 'ing')
  else if (!/[^aeiou]y$/.test(w)) add(w + 'ed', w + 'ing')
  return [...forms]
}

// Keys are folded (no accents), so "é" is written "e" here.
function frenchForms(w: string): string[] {
  // A short word takes only the plural s: the last part of a compound ("start-ups") or a short noun ("kits").
  if (w.length < 4) return /[sxz']$/.test(w) ? [w] : [w, w + 's']
  const forms = new Set([w])
  const add = (...xs: string[]) => xs.forEach((x) => forms.add(x))
  const cut = (n: number) => w.slice(0, w.length - n)
  if (!/[sxz]$/.test(w)) add(w + 's')
  if (w.endsWith('er')) {
    const stem = cut(2)
    // First-group verb forms and the -er/-ère adjective ("premier", "première").
    for (const ending of ['e', 'es', 'ent', 'ons', 'ez', 'e', 'ee', 'es', 'ees', 'ais', 'ait', 'aient', 'ant', 'era', 'eras', 'erons', 'erez', 'eront', 'erai', 'erait', 'eraient', 'erions', 'eriez', 'iez', 'ions', 'a', 'ai', 'erent', 'ere', 'eres']) {
      add(stem + ending)
      // A -ger verb keeps its g soft with an e before a and o: "challengeons", "managea",
      // "challengeant" (the labelled corpus's « nous challengeons » was missed for want of it).
      if (stem.endsWith('g') && /^[ao]/.test(ending)) add(stem + 'e' + ending)
    }
  } else if (w.endsWith('if')) add(cut(2) + 'ive', cut(2) + 'ives', w + 's')
  else if (w.endsWith('eux')) add(cut(1) + 'se', cut(1) + 'ses')
  else if (w.endsWith('al')) add(cut(2) + 'aux', w + 'e', w + 'es')
  else if (/(el|en|on|et)$/.test(w)) add(w + w.at(-1) + 'e', w + w.at(-1) + 'es', w + 'e', w + 'es')
  else if (w.endsWith('teur')) add(cut(4) + 'trice', cut(4) + 'trices', cut(1) + 'se', cut(1) + 'ses')
  else if (w.endsWith('eur')) add(w + 'e', w + 'es', cut(1) + 'se', cut(1) + 'ses')
  else if (/(eau|au|eu)$/.test(w)) add(w + 'x')
  else if (w.endsWith('e')) add(w + 's', w + 'e', w + 'es') // "dédié" is folded to "dedie"
  else add(w + 'e', w + 'es')
  return [...forms]
}
