// English checks on a fix (fix-checks.ts): the constructions a suggestion brings with it.
import { englishHead, onlyPlural } from '../morphology/inflect-suggestion.js'
import { CLOSED_CLASS, englishParadigm, englishTags } from '../morphology/english-lexicon.js'
import type { FixCheck } from './fix-checks.js'

const set = (s: string) => new Set(s.split(' '))
// The lexicon's closed class, not a second list of the same words.
const DETERMINERS = new Set(Object.keys(CLOSED_CLASS).filter((w) => CLOSED_CLASS[w] === 'det'))
const BE = set("be is are was were been being am get gets got gotten getting")
const PARTICLES = set('to on in into at of for with from about by up out over down back off around')
const SINGULAR_VERBS = set("is was has does isn't wasn't hasn't doesn't")

const CLAUSE = set('and or but so then when while because as if that which who')
/** Content tags of a word: the lexicon's ambiguous-word tags, else those of its paradigm (rule and suggestion words). */
const tagsOf = (word: string) => {
  const tags = englishTags(word)
  return tags.length ? tags : (englishParadigm(word)?.tags ?? [])
}
/** Could be a verb's base form: tagged so, or untagged and not a plural, name, number or function word. */
const mayBeVerb = (word: string) => {
  const tags = tagsOf(word)
  if (tags.length) return tags.includes('VB') || tags.includes('VBP')
  return /^\p{Ll}+$/u.test(word) && !word.endsWith('s') && !DETERMINERS.has(word) && !PARTICLES.has(word) && !CLAUSE.has(word)
}
/** Opens a noun phrase: a determiner, or a word that can be an adjective or a noun and not only an adverb or function word. */
const opensNounPhrase = (word: string) => {
  if (DETERMINERS.has(word)) return true
  if (PARTICLES.has(word) || CLAUSE.has(word)) return false
  const tags = tagsOf(word)
  return tags.length ? tags.some((t) => t.startsWith('NN') || t.startsWith('JJ')) : /^\p{L}/u.test(word)
}

const words = (s: string) => s.match(/[\p{L}\p{N}'’-]+/gu) ?? []
const first = (s: string) => words(s)[0]?.toLowerCase().replace(/’/g, "'")
const last = (s: string) => words(s).at(-1)?.toLowerCase().replace(/’/g, "'")
const startsWithWord = (s: string) => /^\s+[\p{L}\p{N}]/u.test(s)

/**
 * let / help / allow take an object and a verb ("empowers managers to decide" → "lets managers
 * decide"): without that after the flagged verb ("facilitates seamless communication", "empowering
 * start") there is nothing to let or help. In the passive ("were empowered to") only "allow" stands.
 */
const objectAndVerb: FixCheck = (draft, c) => {
  const verb = first(c.suggestion)
  if (!verb || !['let', 'help', 'allow', 'enable'].includes(verb) || c.reading?.pos !== 'verb') return draft
  const previous = last(c.before)
  const passive = c.reading.form === 'pastpart' && !!previous && BE.has(previous)
  if (passive) return verb === 'allow' && /^\s+to\s+\p{L}/u.test(c.after) ? draft : `“${verb}” does not take the passive here`
  // Up to four words of object, then "to" and a verb.
  const m = /^(?:\s+[\p{L}\p{N}'’-]+){1,4}?\s+to\s+(?:\p{L}+ly\s+)?(\p{L}+)/u.exec(c.after)
  if (m && mayBeVerb(m[1])) return draft
  return `“${verb}” needs an object and a verb after it`
}

/** A suggestion that opens with its own determiner cannot follow another, nor an adjective ("real-time a view"). */
const ownDeterminer: FixCheck = (draft, c) => {
  const opening = first(c.suggestion)
  if (!opening || !DETERMINERS.has(opening) || !c.suggestion.includes(' ')) return draft
  const previous = last(c.before)
  if (!previous || !/\p{L}[\s]*$/u.test(c.before)) return draft
  const tags = englishTags(previous)
  if (DETERMINERS.has(previous) || /['’]s?$/.test(words(c.before).at(-1) ?? '') || previous.includes('-') || (tags.includes('JJ') && !tags.some((t) => t.startsWith('VB')))) return `“${opening}” after “${previous}”`
  return draft
}

/** "make easier", "make clearer": a verb and the adjective its object takes after it. */
const verbAndAdjective = (suggestion: string) => {
  const parts = suggestion.split(' ')
  return parts.length === 2 && !PARTICLES.has(parts[1]) && tagsOf(parts[0]).includes('VB') && tagsOf(parts[1]).some((t) => t === 'JJ' || t === 'JJR')
}

/**
 * "facilitates efficient audits by …" → "makes efficient audits easier by …": the object goes
 * between the verb and its adjective. The object runs to the end of the clause (a comma, the end,
 * "by" + -ing) and is at most eight words; an infinitive or a relative clause in it ("… with
 * customers to ensure that …") leaves no clear end, and the fix is withheld.
 */
const objectInside: FixCheck = (draft, c) => {
  if (c.reading?.pos !== 'verb' || !verbAndAdjective(c.suggestion) || !startsWithWord(c.after)) return draft
  if (!opensNounPhrase(first(c.after) ?? '')) return draft
  const clause = /^([^,;:.!?()\[\]"“”]*?)(?=\s+by\s+\p{L}+ing\b|[,;:.!?()\[\]"“”]|$)/u.exec(c.after)
  const object = clause?.[1] ?? ''
  const objectWords = words(object)
  if (!objectWords.length || objectWords.length > 8) return 'no clear end to the object'
  if (/\s(to|that|which|who)\s/i.test(object + ' ')) return 'the object runs into a clause'
  const [verb, adjective] = draft.replacement.split(' ')
  return { before: draft.before, replacement: `${verb}${object} ${adjective}`, after: draft.after.slice(draft.after.indexOf(object) + object.length) }
}

/**
 * A verb phrase swapped for another: some words after the flagged ones were governed by them. A
 * noun the phrase ended with may be coordinated ("drive growth and profitability") or take a
 * complement ("came to a conclusion about", "provided assistance to the farms"); a phrase's
 * closing "to" may be the infinitive's ("reaching out to prevent"). Other adjuncts stay
 * ("made a decision on", "ideated for a whole afternoon": measured on the development sentences).
 */
const verbComplement: FixCheck = (draft, c) => {
  if (c.reading?.pos !== 'verb' || !startsWithWord(c.after)) return draft
  const flagged = words(c.original)
  const suggestion = words(c.suggestion)
  const originalEnd = last(c.original) ?? ''
  const suggestionEnd = suggestion.at(-1)?.toLowerCase() ?? ''
  const raw = words(c.after)[0] ?? ''
  const next = raw.toLowerCase().replace(/’/g, "'")
  const tags = englishTags(next)
  if (originalEnd === 'to' && mayBeVerb(raw) && !tags.some((t) => t.startsWith('NN'))) return `“to ${next}” is an infinitive`
  if (flagged.length < 2 && (suggestion.length < 2 || PARTICLES.has(suggestionEnd) || verbAndAdjective(c.suggestion))) return draft
  // "facilitates the assignment" → "makes easier the assignment", "put into practice the policy": the object goes inside.
  if (flagged.length < 2 && opensNounPhrase(next)) return `the object would follow “${c.suggestion}”`
  if (PARTICLES.has(originalEnd)) return draft
  if (flagged.length > 1 && ['and', 'or', 'of'].includes(next)) return `“${next}” went with the flagged noun`
  // "taken a decision to close" → "decided to close": an infinitive complement stays.
  const infinitive = next === 'to' && mayBeVerb(words(c.after)[1] ?? '')
  if (['to', 'about', 'into'].includes(next) && !infinitive && !PARTICLES.has(suggestionEnd)) return `“${next}” belonged to the flagged words`
  if (next === 'on' && suggestion.length > 1 && !PARTICLES.has(suggestionEnd)) return '“on” belonged to the flagged words'
  return draft
}

/** A singular noun replaced by a plural one, with its verb after it ("customer base is" → "customers is"). */
const nounNumber: FixCheck = (draft, c) => {
  if (c.reading?.pos !== 'noun' || c.reading.number === 'pl') return draft
  const parts = c.suggestion.split(' ')
  const k = englishHead(parts)
  if (k === undefined || !onlyPlural(parts[k])) return draft
  const next = first(c.after) ?? ''
  return SINGULAR_VERBS.has(next) || englishTags(next).includes('VBZ') ? `“${next}” agrees with a singular` : draft
}

/** A noun that governed "into" or "between" ("insights into", "synergies between"): its replacement may not. */
const governedInto: FixCheck = (draft, c) => (c.reading?.pos !== 'verb' && /^\s+(into|between)\b/i.test(c.after) ? 'the preposition after it belonged to the flagged noun' : draft)

/** A determiner, then what is no noun phrase ("the synergy between" → "the working together between"). */
const nounAfterDeterminer: FixCheck = (draft, c) => {
  if (c.reading?.pos !== 'noun') return draft
  const previous = last(c.before)
  if (!previous || !(DETERMINERS.has(previous) || /['’]s?$/.test(words(c.before).at(-1) ?? ''))) return draft
  return englishHead(c.suggestion.split(' ')) === undefined ? `“${c.suggestion}” is no noun phrase` : draft
}

export const englishChecks: readonly FixCheck[] = [objectAndVerb, objectInside, ownDeterminer, verbComplement, nounNumber, governedInto, nounAfterDeterminer]
