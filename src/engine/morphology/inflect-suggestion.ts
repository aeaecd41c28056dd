// A rule's suggestion, written as a lemma ("toucher", "s'appuyer sur", "draw on"), put in the form
// of the word it replaces: the head word takes the target's features from the compiled paradigms,
// the other words stay, a French reflexive pronoun follows the person, capitals follow the original.
// `safe: false` when a step had no data: the caller shows the suggestion but does not apply it.
import { contracts } from 'french-contractions'
import { englishParadigm } from './english-lexicon.js'
import { frenchEntries, frenchKey, frenchParadigm, type LexiconEntry } from './french-lexicon.js'
import { SUBJECT_PRONOUNS } from './french.js'
import { paradigmOfForm } from './french-forms.js'
import type { MorphLanguage, Pos, Reading } from './types.js'

export interface Inflected {
  text: string
  safe: boolean
  why?: string
  /** The reading the suggestion was inflected to, when the suggestion settled its class (English). */
  reading?: Reading
}

export interface InflectContext {
  /** The flagged text as written: its capitals are copied ("Impactez" → "Touchez"). */
  original?: string
  /** The sentence's words and the flagged word's index: a French infinitive's reflexive follows the subject ("nous allons nous appuyer"). */
  words?: readonly string[]
  index?: number
}

const FEATURES = ['mood', 'tense', 'person', 'number', 'gender'] as const

/** The form of a paradigm with `pos` that has every feature of `want` (an epicene or unmarked entry fits any). */
export function pickForm(paradigm: readonly LexiconEntry[], pos: Pos, want: Partial<Reading>, keys: readonly (typeof FEATURES)[number][] = FEATURES): string | undefined {
  // Strict: a feature the target leaves open takes the unmarked value (masculine, singular).
  const fits = (e: LexiconEntry, strict: boolean) => e.pos === pos && keys.every((k) => {
    const w = want[k]
    const have = e[k]
    if (w === undefined || w === 'e') return !strict || have === undefined || have === 'e' || have === 'm' || have === 'sg'
    return have === undefined || have === 'e' || have === w
  })
  return (paradigm.find((e) => fits(e, true)) ?? paradigm.find((e) => fits(e, false)))?.word
}

// The Lefff lists abbreviations and variant spellings among a lemma's forms, with the same
// features ("réu" and "réunion", "rdv" and "rendez-vous"): the form written in the suggestion is
// tried first, so that it is kept wherever it has the features wanted.
const writtenFirst = (paradigm: readonly LexiconEntry[], written: string) => [...paradigm.filter((e) => e.word === written), ...paradigm.filter((e) => e.word !== written)]

// French determiners a suggestion may begin with, and their plural.
const PLURAL_DETERMINER: Record<string, string> = {
  le: 'les', la: 'les', "l'": 'les', les: 'les', un: 'des', une: 'des', des: 'des', ce: 'ces', cet: 'ces', cette: 'ces', ces: 'ces',
  mon: 'mes', ma: 'mes', mes: 'mes', ton: 'tes', ta: 'tes', tes: 'tes', son: 'ses', sa: 'ses', ses: 'ses', notre: 'nos', nos: 'nos', votre: 'vos', vos: 'vos', leur: 'leurs', leurs: 'leurs',
}

// The possessives by person: singular masculine, singular feminine, plural.
const POSSESSIVES = [['mon', 'ma', 'mes'], ['ton', 'ta', 'tes'], ['son', 'sa', 'ses'], ['notre', 'notre', 'nos'], ['votre', 'votre', 'vos'], ['leur', 'leur', 'leurs']]
const personOf = (word: string) => POSSESSIVES.findIndex((forms) => forms.includes(frenchKey(word)))

/** A suggestion's possessive in the person of the flagged words' ("votre écosystème" → "votre réseau", not "notre réseau"). */
function possessiveAs(written: string, original: string | undefined, plural: boolean, noun: string): string | undefined {
  const person = personOf(original?.split(/\s+/)[0] ?? '')
  if (person < 0 || personOf(written) < 0) return undefined
  const head = noun.split(' ')[0]
  // "ma entreprise" is "mon entreprise": a feminine noun that elides takes the masculine form.
  const feminine = frenchEntries(head).some((e) => e.pos === 'noun' && e.gender === 'f') && !contracts(head.toLowerCase(), undefined)
  return POSSESSIVES[person][plural ? 2 : feminine ? 1 : 0]
}

const FRENCH_STOP = new Set("de d' du des en à au aux pour par sur avec sans le la les l' un une qui que".split(' '))
const REFLEXIVE: Record<string, string> = { '1sg': 'me', '2sg': 'te', '3sg': 'se', '1pl': 'nous', '2pl': 'vous', '3pl': 'se' }
const IMPERATIVE_REFLEXIVE: Record<string, string> = { '2sg': 'toi', '1pl': 'nous', '2pl': 'vous' }
const OBJECT_CLITICS = new Set(['me', 'te', 'le', 'la', 'les', 'lui', 'nous', 'vous', 'leur', 'y', 'en'])
const elides = (w: string) => /^[aeiouyàâäéèêëîïôöûüœh]/i.test(w) && !/^h(a|é|o|u)/i.test(w)

function inflectFrench(suggestion: string, target: Reading, context: InflectContext): Inflected {
  const parts = suggestion.replace(/[’‘]/g, "'").split(' ')
  let reflexive = false
  if (/^s'/i.test(parts[0])) [parts[0], reflexive] = [parts[0].slice(2), true]
  else if (parts[0] === 'se' && parts.length > 1) [reflexive] = [true, parts.shift()]
  const headPos = target.pos
  if (headPos === 'verb' && !reflexive && parts.length > 1 && OBJECT_CLITICS.has(parts[0])) {
    // "vous répondre": the object pronoun stays before the conjugated verb ("nous vous répondrons"),
    // but would follow an imperative and precede an auxiliary: those are not rewritten.
    if (target.mood === 'imp' || target.mood === 'ppast') return { text: suggestion, safe: false, why: `“${parts[0]}” would move around the verb` }
    const verb = inflectFrench(parts.slice(1).join(' '), target, context)
    const pronoun = /^(me|te|le|la)$/.test(parts[0]) && elides(verb.text) ? `${parts[0][0]}'` : `${parts[0]} `
    return { ...verb, text: pronoun + verb.text }
  }
  if (headPos === 'verb') {
    const keys = target.mood === 'ppast' ? (['mood', 'number', 'gender'] as const) : target.mood === 'inf' || target.mood === 'ppres' ? (['mood'] as const) : (['mood', 'tense', 'person', 'number'] as const)
    const form = pickForm(frenchParadigm(parts[0]), 'verb', target, keys)
    if (!form) return { text: suggestion, safe: false, why: `no form of “${parts[0]}” for these features in the lexicon` }
    parts[0] = form
    if (!reflexive) return { text: parts.join(' '), safe: true }
    const person = `${target.person}${target.number}`
    if (target.mood === 'imp') return { text: [`${form}-${IMPERATIVE_REFLEXIVE[person] ?? 'vous'}`, ...parts.slice(1)].join(' '), safe: !!IMPERATIVE_REFLEXIVE[person] }
    if (target.mood === 'ppast') return { text: parts.join(' '), safe: false, why: 'a pronominal verb changes the auxiliary (avoir → être)' }
    let pronoun = target.mood === 'inf' || target.mood === 'ppres' ? 'se' : REFLEXIVE[person]
    if ((target.mood === 'inf' || target.mood === 'ppres') && context.words && context.index !== undefined) {
      const subject = context.words.slice(Math.max(0, context.index - 4), context.index).map(frenchKey).findLast((w) => SUBJECT_PRONOUNS[w])
      if (subject) pronoun = REFLEXIVE[SUBJECT_PRONOUNS[subject].join('')]
    }
    if (!pronoun) return { text: parts.join(' '), safe: false, why: 'unknown person for the reflexive pronoun' }
    return { text: /^(me|te|se)$/.test(pronoun) && elides(form) ? `${pronoun[0]}'${parts.join(' ')}` : `${pronoun} ${parts.join(' ')}`, safe: true }
  }
  if (headPos === 'noun' && parts.length > 1 && PLURAL_DETERMINER[parts[0]] !== undefined) {
    // A suggestion with its own determiner ("notre réseau" for "notre écosystème"): the noun phrase
    // after it is inflected, and the determiner takes its number ("nos réseaux").
    const rest = inflectFrench(parts.slice(1).join(' '), target, context)
    if (!rest.safe) return rest
    const determiner = possessiveAs(parts[0], context.original, target.number === 'pl', rest.text) ?? (target.number === 'pl' ? PLURAL_DETERMINER[parts[0]] : parts[0])
    return { ...rest, text: determiner.endsWith("'") ? determiner + rest.text : `${determiner} ${rest.text}` }
  }
  if (headPos === 'noun' || headPos === 'adj') {
    // The head and the adjectives after it, up to the first function word ("feuille de route", "date limite").
    let gender = target.gender
    // Words after a head left as written agree with it as written ("clients potentiels" for "prospects").
    const asWritten = parts[0]
    for (let k = 0; k < parts.length && !FRENCH_STOP.has(parts[k]) && !parts[k].endsWith("'"); k++) {
      const pos: Pos = k === 0 ? headPos : 'adj'
      // By its form: a suggestion may be written in the plural ("clients potentiels") or as a participle.
      const paradigm = paradigmOfForm(parts[k], pos)
      // A head written in the plural for a singular phrase is plural by meaning ("public cible" → "clients"): not made singular.
      const written = k === 0 ? frenchEntries(parts[0]).filter((e) => e.pos === 'noun' || e.pos === 'adj') : []
      if (target.number === 'sg' && written.length && written.every((e) => e.number === 'pl')) return { text: suggestion, safe: false, why: `“${parts[0]}” is plural by meaning` }
      if (k === 0 && pos === 'noun') {
        // The noun keeps the gender it is written in ("client", not "cliente").
        const writtenGender = written.filter((e) => e.pos === 'noun').find((e) => e.gender === 'm' || e.gender === 'f')?.gender
        const form = pickForm(writtenFirst(paradigm, parts[k]), 'noun', { number: target.number, gender: writtenGender }, ['number', 'gender'])
        if (!form) return { text: suggestion, safe: false, why: `“${parts[0]}” is not a noun in the lexicon` }
        parts[k] = form
        gender = frenchEntries(parts[0]).find((e) => e.pos === 'noun')?.gender
        continue
      }
      if (k > 0 && !paradigm.some((e) => e.pos === 'adj') && paradigm.some((e) => e.pos === 'noun')) {
        // A noun in apposition agrees in number ("dates limites").
        parts[k] = pickForm(paradigm, 'noun', { number: target.number }, ['number']) ?? parts[k]
        continue
      }
      if (!paradigm.some((e) => e.pos === 'adj')) {
        if (k === 0) return { text: suggestion, safe: false, why: `“${parts[0]}” is not an adjective in the lexicon` }
        // A word the lexicon does not know, right after a noun put in the plural, is most often an
        // adjective that must agree ("cryptographie postquantique", "modèle préentraîné" were left
        // singular): not sure.
        if (!paradigm.length && target.number === 'pl' && parts[0] !== asWritten) return { text: suggestion, safe: false, why: `“${parts[k]}” is not in the lexicon: its plural is unknown` }
        break
      }
      const number = target.number ?? 'sg'
      const genderForms = new Set(paradigm.filter((e) => e.pos === 'adj' && (e.number ?? number) === number).map((e) => e.word))
      if ((!gender || gender === 'e') && genderForms.size > 1) return { text: suggestion, safe: false, why: 'the gender of the noun is unknown' }
      // A noun the Lefff also lists as an invariable adjective ("clé") is a noun in apposition: it takes the plural ("indicateurs clés").
      const apposition = number === 'pl' && paradigm.some((e) => e.pos === 'adj' && e.number === undefined) ? pickForm(paradigm, 'noun', { number }, ['number']) : undefined
      const agreed = apposition ?? pickForm(writtenFirst(paradigm, parts[k]), 'adj', { gender, number }, ['gender', 'number'])
      if (!agreed && number === 'pl' && parts[0] !== asWritten) return { text: suggestion, safe: false, why: `no plural of “${parts[k]}” in the lexicon` }
      parts[k] = agreed ?? parts[k]
    }
    return { text: parts.join(' '), safe: true }
  }
  return { text: suggestion, safe: true }
}

const ENGLISH_DETERMINERS = new Set('a an the this that these those each every one another my our your their his her its'.split(' '))
export const isTagged = (word: string, prefix: string) => !!englishParadigm(word)?.tags.some((t) => t.startsWith(prefix))
// Only plural: en-lexicon tags it NNS and never NN ("people", "customers").
export const onlyPlural = (word: string) => {
  const tags = englishParadigm(word)?.tags ?? []
  return tags.includes('NNS') && !tags.includes('NN')
}

/**
 * The head noun of an English noun phrase suggestion: the word before "of" ("pieces of advice"),
 * before a participle that follows it ("the people involved"), else the last word; undefined when
 * that word is no noun ("working together").
 */
export function englishHead(parts: readonly string[]): number | undefined {
  // A clause ("what you offer", "the people you write for") has no head to inflect.
  if (parts.some((p) => /^(what|who|why|how|where|when|which|that|you|we|they|i|he|she|it)(['’]\p{L}+)?$/iu.test(p))) return undefined
  let k = parts.includes('of') ? parts.indexOf('of') - 1 : parts.length - 1
  if (k > 0 && /ed$/.test(parts[k]) && isTagged(parts[k], 'VBN')) k--
  return k >= 0 && isTagged(parts[k], 'NN') && !ENGLISH_DETERMINERS.has(parts[k]) ? k : undefined
}

/**
 * The flagged word read in the part of speech its suggestion has. English words change class
 * without changing form ("pain points" reads as a verb after a noun as well as a noun; "drive
 * innovation" after a comma as a noun), and the suggestion settles it: a noun suggestion makes a
 * pres3s form a plural and a base form a singular, a verb suggestion the other way round, and an
 * adjective suggestion makes a participle an adjective ("groundbreaking" → "new").
 */
function inSuggestionClass(parts: readonly string[], target: Reading): Reading {
  const canVerb = !!englishParadigm(parts[0])?.tags.some((t) => t === 'VB' || t === 'VBP')
  const canNoun = englishHead(parts) !== undefined
  const adjective = parts.length === 1 && isTagged(parts[0], 'JJ') && !canVerb && !isTagged(parts[0], 'NN')
  if (adjective && ((target.pos === 'verb' && target.form !== 'past' && target.form !== 'pres3s') || (target.pos === 'noun' && target.number !== 'pl'))) return { ...target, pos: 'adj', form: undefined, number: undefined }
  if (target.pos === 'verb' && !canVerb) {
    if (canNoun && (target.form === 'base' || target.form === 'pres3s')) return { ...target, pos: 'noun', form: undefined, number: target.form === 'base' ? 'sg' : 'pl' }
  }
  if (target.pos === 'noun' && canVerb && !canNoun) return { ...target, pos: 'verb', number: undefined, form: target.number === 'pl' ? 'pres3s' : 'base' }
  return target
}

/** The class of an English suggestion: `verb` when its first word is a verb and nothing else, `noun` when it is no verb. */
export function englishSuggestionClass(suggestion: string): 'verb' | 'noun' | undefined {
  const parts = suggestion.split(' ')
  const tags = englishParadigm(parts[0])?.tags ?? []
  const verb = tags.some((t) => t === 'VB' || t === 'VBP')
  if (verb && !tags.some((t) => t.startsWith('NN') || t.startsWith('JJ'))) return 'verb'
  if (!verb && tags.length) return 'noun'
  return undefined
}

function inflectEnglish(suggestion: string, reading: Reading): Inflected {
  const parts = suggestion.split(' ')
  const target = inSuggestionClass(parts, reading)
  const result = inflectEnglishAs(suggestion, parts, target)
  return target === reading ? result : { ...result, reading: target }
}

function inflectEnglishAs(suggestion: string, parts: string[], target: Reading): Inflected {
  if (target.pos === 'verb') {
    // A verb only by the paradigm the build made of every word ("the" → "thes"): not a verb.
    if (!isTagged(parts[0], 'VB')) return { text: suggestion, safe: false, why: `“${parts[0]}” is no verb` }
    const form = target.form ?? 'base'
    if (form === 'base') return { text: suggestion, safe: true }
    const paradigm = englishParadigm(parts[0])
    if (!paradigm) return { text: suggestion, safe: false, why: `“${parts[0]}” is not in the inflection table` }
    parts[0] = paradigm[form]
    return { text: parts.join(' '), safe: true }
  }
  if (target.pos === 'noun') {
    const k = englishHead(parts)
    // A singular replaced by what is no noun phrase ("due to the fact that" → "because"): as written.
    if (k === undefined) return target.number === 'pl' ? { text: suggestion, safe: false, why: `no head noun in “${suggestion}”` } : { text: suggestion, safe: true }
    // A singular replaced by a plural ("audience" → "readers"): the checks look at the verb after it.
    if (target.number !== 'pl') return { text: suggestion, safe: true }
    if (k > 0 && /^(a|an|each|every|one|another|this|that)$/i.test(parts[0])) return { text: suggestion, safe: false, why: `“${parts[0]}” takes a singular` }
    if (onlyPlural(parts[k])) return { text: suggestion, safe: true }
    const paradigm = englishParadigm(parts[k])
    if (!paradigm) return { text: suggestion, safe: false, why: `“${parts[k]}” is not in the inflection table` }
    parts[k] = paradigm.plural
    return { text: parts.join(' '), safe: true }
  }
  return { text: suggestion, safe: true }
}

/** Capitals as in the original: "IMPACT" → upper case, "Key Takeaways" → each word, "Impactez" → first letter. */
export function copyCapitals(original: string | undefined, text: string, atSentenceStart?: boolean): string {
  if (!original) return text
  // An acronym's capitals are its spelling, not emphasis ("des KPI" → "des indicateurs clés"):
  // only the start of the sentence is capitalised, where the caller knows it.
  if (atSentenceStart !== undefined && /^\p{Lu}{2,5}s?$/u.test(original)) return atSentenceStart ? text.charAt(0).toUpperCase() + text.slice(1) : text
  const letters = original.replace(/[^\p{L}]/gu, '')
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return text.toUpperCase()
  const words = original.split(/\s+/)
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase())
  return /^\p{Lu}/u.test(original) ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

const citationForm = (r: Reading) => (r.pos === 'verb' ? (r.form ?? 'base') === 'base' : r.pos === 'noun' ? r.number !== 'pl' : true)

export function inflect(suggestion: string, language: MorphLanguage, target: Reading, context: InflectContext = {}): Inflected {
  const result: Inflected = language === 'fr' ? inflectFrench(suggestion, target, context) : inflectEnglish(suggestion, target)
  const text = copyCapitals(context.original, result.text, context.index === undefined ? undefined : context.index === 0)
  // A guess read from an ending is no ground for a form. An English word with no inflectional
  // ending ("mission-critical", "game-changer") read in its citation form has nothing to guess.
  const head = context.words && context.index !== undefined ? context.words[context.index] : undefined
  // A verb guessed in its base form may be an irregular past ("taken"): only hyphenated words are bare.
  const read = result.reading ?? target
  const bare = language === 'en' && !!head && !/(s|ed|ing)$/i.test(head) && citationForm(read) && (read.pos !== 'verb' || head.includes('-'))
  if (result.safe && target.source === 'guess' && !bare) return { text, safe: false, why: 'the flagged word was read from its ending only' }
  return { ...result, text }
}
