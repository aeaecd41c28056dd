// The words around a replacement that change with it. French: elision and contraction of the word
// before (le/la/l', du/de la/de l', au/à la/à l', ce/cet/cette, un/une, ma/mon, que/qu', de/d'),
// with h aspiré from french-contractions ("la hausse", not "l'hausse"). English: a/an, and the bare
// infinitive after let/make ("lets managers decide", not "lets managers to decide").
import { contracts } from 'french-contractions'
import { frenchEntries, frenchKey, frenchNoun } from './french-lexicon.js'
import type { MorphLanguage } from './types.js'

export interface Agreed {
  before: string
  replacement: string
  after?: string
  safe: boolean
  why?: string
}

const ELIDING = new Map(Object.entries({ de: "d'", que: "qu'", ne: "n'", je: "j'", me: "m'", te: "t'", se: "s'", lorsque: "lorsqu'", puisque: "puisqu'", jusque: "jusqu'" }))
const CLITIC_CONTEXT = new Set(['je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ne', "n'", 'pour', 'sans', 'à', 'de', "d'"])
const FULL = new Map([...ELIDING].map(([full, short]) => [short, full]))

// Adjectives before the noun with a form of their own before a vowel: [masculine, before a vowel, feminine].
// ("vieux" is left out: it is also the plural.)
const EUPHONIC = new Map<string, readonly [string, string, string]>()
for (const forms of [['nouveau', 'nouvel', 'nouvelle'], ['beau', 'bel', 'belle'], ['vieil', 'vieil', 'vieille'], ['nouveaux', 'nouveaux', 'nouvelles'], ['beaux', 'beaux', 'belles']] as const) {
  for (const form of forms) EUPHONIC.set(form, forms)
}

/** Gender of a French replacement from its first word: a noun's, else an adjective's, else unknown. */
function genderOf(word: string): 'm' | 'f' | undefined {
  const entries = frenchEntries(word)
  const noun = entries.find((e) => e.pos === 'noun' && e.gender !== 'e') ?? frenchNoun(word).find((n) => n.gender !== 'e')
  const adj = entries.find((e) => e.pos === 'adj' && e.gender !== 'e')
  const g = (noun ?? adj)?.gender
  return g === 'm' || g === 'f' ? g : undefined
}

/** Writes `word` with the capital of `like` and the apostrophe the writer uses in `text`. */
function styled(word: string, like: string, text: string): string {
  const out = /’/.test(text) ? word.replace(/'/g, '’') : word
  return /^\p{Lu}/u.test(like) ? out.charAt(0).toUpperCase() + out.slice(1) : out
}

function agreeFrench(before: string, replacement: string): Agreed {
  // The last word before the replacement, with "de"/"à" in front when it makes one unit ("de la", "à l'").
  const m = /(?<![\p{L}])(?:((?:de|à)\s+)(?=(?:la\s|l['’]|les?\s)))?(\p{L}+)(['’]|\s+)$/iu.exec(before)
  const first = replacement.split(/[\s'’]/)[0] ?? ''
  if (!m || !first) return { before, replacement, safe: true }
  const [, preposition = '', bare, separator] = m
  const elided = /['’]/.test(separator)
  const word = frenchKey((preposition ? preposition.trim() + ' ' : '') + bare + (elided ? "'" : ''))
  const vowel = contracts(first.toLowerCase(), undefined)
  const gender = genderOf(first)
  const entries = frenchEntries(first)
  // l'/le/la before a verb is an object pronoun ("nous l'impactons"): certain when the word has no
  // other reading, or when a subject pronoun, "ne" or a preposition of the infinitive comes before.
  const previous = frenchKey(before.slice(0, m.index).trim().split(/[\s']+/).pop() ?? '')
  const isVerb = entries.some((e) => e.pos === 'verb') && (!entries.some((e) => e.pos === 'noun' || e.pos === 'adj') || CLITIC_CONTEXT.has(previous))
  const swap = (w: string): Agreed => {
    const text = styled(w, preposition || bare, before)
    return { before: before.slice(0, m.index) + text + (w.endsWith("'") ? '' : elided ? ' ' : separator), replacement, safe: true }
  }
  const byGender = (m: string, f: string, elided: string): Agreed => {
    if (vowel) return swap(elided)
    if (!gender) return word === elided ? { before, replacement, safe: false, why: `the gender of “${first}” is unknown` } : { before, replacement, safe: true }
    return swap(gender === 'f' ? f : m)
  }
  const euphonic = preposition ? undefined : EUPHONIC.get(word)
  if (euphonic) {
    // "notre nouveau packaging" → "notre nouvel emballage", "la nouvelle roadmap" → "le nouveau plan".
    if (!gender) return { before, replacement, safe: false, why: `the gender of “${first}” is unknown` }
    const [masculine, beforeVowel, feminine] = euphonic
    const outer = agreeFrench(before.slice(0, m.index), gender === 'f' ? feminine : masculine)
    if (!outer.safe) return { ...outer, before, replacement }
    return { before: outer.before + styled(gender === 'f' ? feminine : vowel ? beforeVowel : masculine, bare, before) + separator, replacement, safe: true }
  }
  switch (word) {
    case 'le': case 'la': case "l'":
      if (isVerb) {
        if (vowel) return swap("l'")
        return word === "l'" ? { before, replacement, safe: false, why: 'the object pronoun “l’” becomes “le” or “la”: its gender is not in the sentence' } : { before, replacement, safe: true }
      }
      return byGender('le', 'la', "l'")
    case 'du': case 'de le': case 'de la': case "de l'": return byGender('du', 'de la', "de l'")
    case 'au': case 'à le': case 'à la': case "à l'": return byGender('au', 'à la', "à l'")
    case 'de les': return swap('des')
    case 'à les': return swap('aux')
    case 'ce': case 'cet': case 'cette': return gender === 'f' ? swap('cette') : gender === 'm' || vowel ? swap(vowel ? 'cet' : 'ce') : { before, replacement, safe: word !== 'cet', why: word === 'cet' ? `the gender of “${first}” is unknown` : undefined }
    case 'un': case 'une': return gender ? swap(gender === 'f' ? 'une' : 'un') : { before, replacement, safe: true }
    case 'mon': case 'ma': case 'ton': case 'ta': case 'son': case 'sa': {
      const [masculine, feminine] = [word[0] + 'on', word[0] + 'a']
      return gender === 'f' && !vowel ? swap(feminine) : gender || vowel ? swap(masculine) : { before, replacement, safe: true }
    }
  }
  if (ELIDING.has(word) || FULL.has(word)) {
    const full = FULL.get(word) ?? word
    return swap(vowel ? ELIDING.get(full)! : full)
  }
  return { before, replacement, safe: true }
}

// A/an go by sound: a few spellings say otherwise ("a user", "an hour").
const CONSONANT_SOUND = /^(uni|use|usu|uti|ure|eu|one|once|ubiq)/i
const VOWEL_SOUND = /^(hour|honest|honou?r|heir)/i
// let and make take the bare infinitive; help takes either, so its "to" stays.
const BARE_INFINITIVE = new Set(['let', 'lets', 'letting', 'make', 'makes', 'made', 'making'])

function agreeEnglish(before: string, replacement: string, after?: string): Agreed {
  let out = before
  const article = /(^|[^\p{L}])(a|an)(\s+)$/iu.exec(before)
  if (article) {
    const vowel = (/^[aeiou]/i.test(replacement) && !CONSONANT_SOUND.test(replacement)) || VOWEL_SOUND.test(replacement)
    const want = vowel ? 'an' : 'a'
    const cased = article[2][0] === 'A' ? want.charAt(0).toUpperCase() + want.slice(1) : want
    out = before.slice(0, article.index + article[1].length) + cased + article[3]
  }
  let rest = after
  if (after !== undefined && BARE_INFINITIVE.has(replacement.split(' ')[0].toLowerCase())) {
    // "lets [our regional managers] to decide": up to four words of object, no punctuation between,
    // and a verb after "to", not a noun phrase ("lets you talk to a person" keeps its "to").
    rest = after.replace(/^((?:\s+[\p{L}\p{N}'’-]+){1,4}?)\s+to(\s+)(?=\p{L})(?!(?:a|an|the|my|our|your|their|his|her|its|this|that|these|those|me|him|us|them|it|you)\b)/u, '$1$2')
  }
  return { before: out, replacement, after: rest, safe: true }
}

/**
 * The replacement's own last word against the text after it, when the replaced text ended in an
 * elision ("donne la possibilité d’en savoir" → "permet d’en savoir"): elide it, or restore the space.
 */
function agreeFrenchAfter(replacement: string, after: string, before: string): { replacement: string; after: string } {
  if (!/^\p{L}/u.test(after) || !/\p{L}$/u.test(replacement)) return { replacement, after }
  const last = /(\p{L}+)$/u.exec(replacement)!
  const next = /^\p{L}+/u.exec(after)![0]
  const elided = ELIDING.get(frenchKey(last[1]))
  if (elided && contracts(next.toLowerCase(), undefined)) return { replacement: replacement.slice(0, last.index) + styled(elided, last[1], before + after), after }
  return { replacement, after: ' ' + after }
}

export function agreeAround(before: string, replacement: string, language: MorphLanguage, after?: string): Agreed {
  if (language === 'en') return agreeEnglish(before, replacement, after)
  const agreed = agreeFrench(before, replacement)
  return after === undefined ? agreed : { ...agreed, ...agreeFrenchAfter(replacement, after, before) }
}
