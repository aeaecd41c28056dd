// French fixes at the seams of the replacement (issue #15, fix-checks.ts): a negation after a
// multi-word verb, a preposition the new verb brings next to the one the old verb left, and
// replacements whose kind the sentence does not take (a relative clause after "être", a verb
// where a noun stood, a determiner after a determiner).
import { contracts } from 'french-contractions'
import { frenchEntries, frenchKey, frenchNoun } from '../morphology/french-lexicon.js'
import { agreeAround } from '../morphology/index.js'
import type { FixCheck } from './fix-checks.js'

const FINITE = new Set(['ind', 'subj', 'cond', 'imp'])
const REFLEXIVE = /^(me|te|se|nous|vous)$/i
// "ne mettent pas en œuvre": the particle follows the finite verb. "pas" and "jamais" also move
// without "ne" (spoken style); "plus" without "ne" is a comparative ("implémente plus vite").
const PARTICLE = /^(\s+)(pas|jamais|plus|rien|guère|point)(?=[\s.,;:!?)]|$)/iu
const NEEDS_NE = /^(plus|rien|guère|point)$/i

/** "ne mettent en œuvre pas" → "ne mettent pas en œuvre". */
export const negationAfterVerb: FixCheck = (draft, { reading }) => {
  if (reading?.pos !== 'verb' || !FINITE.has(reading.mood ?? '')) return draft
  const parts = draft.replacement.split(' ')
  const verb = REFLEXIVE.test(parts[0]) ? 1 : 0
  const m = PARTICLE.exec(draft.after)
  if (!m || parts.length < verb + 2) return draft
  if (NEEDS_NE.test(m[2]) && !/(^|[\s’'])n(e\s|['’])[^.;:!?]{0,30}$/iu.test(draft.before)) return draft
  parts.splice(verb + 1, 0, m[2])
  return { ...draft, replacement: parts.join(' '), after: draft.after.slice(m[0].length) }
}

const LAST_PREPOSITION = /(\s)(à|de|sur|dans|avec|pour|vers|chez|contre|en)$/iu
// The preposition the old verb left: the new verb's takes its place. "par" (the agent of a
// passive) and "des" (an article as often as "de les") are not touched: the fix stays withheld.
const LEFT_PREPOSITION = /^\s+(à|au|aux|de|du|d['’]|sur|dans|avec|pour|vers|chez|contre|en)(?:\s+|(?<=['’]))/iu
const SPLIT: Record<string, [string, string]> = { au: ['à', 'le'], aux: ['à', 'les'], du: ['de', 'le'] }
const JOINED: Record<string, string> = { 'de le': 'du', 'de les': 'des', 'à le': 'au', 'à les': 'aux' }

/** "s'appuient sur" + "sur les dons" → "s'appuient sur les dons"; "tirent parti de" + "sur les dons" → "tirent parti des dons". */
export const prepositionAtSeam: FixCheck = (draft) => {
  const own = LAST_PREPOSITION.exec(draft.replacement)
  const left = LEFT_PREPOSITION.exec(draft.after)
  if (!own || !left) return draft
  const preposition = own[2].toLowerCase()
  let rest = draft.after.slice(left[0].length)
  const article = SPLIT[frenchKey(left[1])]?.[1] ?? /^(le|les)(?=\s)/i.exec(rest)?.[1]?.toLowerCase()
  if (SPLIT[frenchKey(left[1])] === undefined && article) rest = rest.slice(article.length)
  const stem = draft.replacement.slice(0, own.index)
  const joined = article && JOINED[`${preposition} ${article}`]
  if (joined) return { ...draft, replacement: `${stem}${own[1]}${joined}`, after: ` ${rest.trimStart()}` }
  if (article) return { ...draft, replacement: `${stem}${own[1]}${own[2]}`, after: ` ${article} ${rest.trimStart()}` }
  const next = /^\p{L}+/u.exec(rest)?.[0]
  if (preposition === 'de' && next && contracts(next.toLowerCase(), undefined)) return { ...draft, replacement: `${stem}${own[1]}d’`, after: rest }
  return { ...draft, after: ` ${rest}` }
}

const ETRE = new Set('suis es est sommes êtes sont étais était étions étiez étaient serai seras sera serons serez seront serait seraient sois soit soient être été'.split(' '))
const DETERMINER = new Set("le la les l' un une des du au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split(' '))
const SUBJECT = new Set("je j' tu il elle on ils elles".split(' '))
const ADVERBIAL = new Set('pour dans avec en par chez vers depuis avant après pendant lors selon sans sous dès'.split(' '))
const lastWord = (s: string) => frenchKey(/([\p{L}'’]+)\s*$/u.exec(s)?.[1] ?? '')
const firstWord = (s: string) => frenchKey(/^\s*([\p{L}]+['’]?)/u.exec(s)?.[1] ?? '')

/** A replacement of another kind than the sentence has room for. */
export const kindFitsSentence: FixCheck = (draft, { reading }) => {
  const first = firstWord(draft.replacement)
  // "Forwardez-moi" → "Transférez-moi", but never "Faites suivre-moi": the pronoun follows the verb.
  if (/^-\p{L}/u.test(draft.after) && /\s/.test(draft.replacement.trim())) return 'the pronoun joined to the verb would follow another word'
  if (first === 'qui') {
    if (ETRE.has(lastWord(draft.before))) return 'a relative clause cannot follow “être”'
    // "une assistante qui anticipe pour notre cabinet", not "une livraison qui anticipe de mises à jour".
    if (!/^\s*([.,;:!?)…»]|$)/u.test(draft.after) && !ADVERBIAL.has(firstWord(draft.after))) return 'a relative clause here would take the words after it as its own'
  }
  // An infinitive left as written where the flagged word was read as no infinitive ("vous serez force de proposition").
  const entries = frenchEntries(first)
  if (reading && reading.mood !== 'inf' && entries.length > 0 && entries.every((e) => e.pos === 'verb' && e.mood === 'inf')) return 'an infinitive cannot stand where the flagged words were'
  if (DETERMINER.has(first) && DETERMINER.has(lastWord(draft.before)) && /\s$/.test(draft.before)) {
    // "Notre proposition de valeur" → "notre offre": the sentence's determiner stays, agreed with
    // the suggestion's noun ("la proposition" → "l’offre"); a clause ("ce que nous offrons") cannot.
    const rest = draft.replacement.replace(/^\S+\s+/u, '')
    const noun = /^[\p{L}-]+/u.exec(rest)?.[0] ?? ''
    const plural = (w: string) => /^(les|des|ces|mes|tes|ses|nos|vos|leurs)$/.test(w)
    const agreed = rest !== draft.replacement && plural(first) === plural(lastWord(draft.before)) && (frenchEntries(noun).some((e) => e.pos === 'noun') || frenchNoun(noun).length > 0) ? agreeAround(draft.before, rest, 'fr') : undefined
    return agreed?.safe ? { ...draft, before: agreed.before, replacement: agreed.replacement } : 'two determiners in a row'
  }
  // A noun never follows a subject pronoun: the flagged word was a verb read as a noun ("tu challenges").
  if (reading?.pos === 'noun' && SUBJECT.has(lastWord(draft.before))) return `a noun cannot follow “${lastWord(draft.before)}”`
  // A noun right after a determiner and a noun modifies that noun ("au site e-commerce"): the noun
  // that replaces it takes "de" ("au site de commerce en ligne"). (An adjective or a numeral in
  // between is no noun of its own: "trois insights", "différents workflows" have no determiner before.)
  const pair = /([\p{L}'’]+)\s+([\p{L}-]+)\s+$/u.exec(draft.before)
  if (reading?.pos === 'noun' && pair && DETERMINER.has(frenchKey(pair[1])) && frenchNoun(pair[2]).length > 0) {
    if (DETERMINER.has(first)) return `“${pair[2]}” would be followed by a determiner with no preposition`
    // A replacement that is already a complement ("de la base") or an adjective ("un pilotage
    // ascendant" for "bottom-up") follows the noun as it is.
    if (first === 'de' || first === "d'") return draft
    if (!/\s/.test(draft.replacement.trim()) && entries.some((e) => e.pos === 'adj')) return draft
    const elided = /'/.test(draft.before + draft.after) && !/’/.test(draft.before + draft.after) ? "d'" : 'd’'
    return { ...draft, replacement: (contracts(first, undefined) ? elided : 'de ') + draft.replacement }
  }
  return draft
}
