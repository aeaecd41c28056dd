// The subject of a verb of enabling (issue #15, literal senses, session 35): "facilitate" and
// "empower" are copy's when a business, its product or its people do the enabling ("The platform
// facilitates seamless communication", "This feature empowers organizations", "The mayor
// facilitated the first meeting"), and a textbook's or an encyclopaedia's when an abstract cause
// does: a process, a state or a method named by a noun made from a verb or an adjective ("the
// convention facilitated the reciprocal protection of creative works", "A continue statement
// facilitates the loop's control", "the following general procedures facilitate problem solving",
// "framing information which facilitates the synchronisation", "The translation of sacred texts
// into everyday language empowered people"). Measured in session 35: of the 26 uses of these verbs
// that dev 4 (OpenStax textbooks) and dev 5 (FOLDOC and a law textbook) flagged, 7 have such a
// subject (most others are participles and infinitives, whose subject is not beside them); of the
// fix set's 33 copy sentences with them, none (their subjects are products, people, names and
// pronouns, or the verb is a participle, an infinitive or a passive).
//
// An entry with `unless: { causeSubject: true }` is left alone when its verb is finite ("facilitates",
// "facilitated", "facilitate" after a plural subject), its subject is the noun right before it (past
// adverbs; or the noun before "which"/"that"; or the noun before the "of" of its complement), that noun reads as a noun in the morphology layer
// and is made with a suffix of abstract nouns (-tion, -ment, -ure, -ism, -ance, -age…) or is a word
// of a field of rules/domains ("slavery", "the treaty"), and it is no
// word of copy's (rules/registers: `corporate`, `copy-vocabulary`: "solution", "integration",
// "engagement"); the caller wants a block with no word of copy either (context.ts).
import { morphologyLoaded, readWord } from '../morphology/index.js'
import type { TokenStream } from '../text/tokens.js'
import type { DomainVocabulary } from './domains.js'
import type { RegisterWords } from './register-words.js'

// Suffixes of nouns of processes, states and methods. Not -ity and -ence, which copy's own
// products take ("functionality", "capability", "experience": rules/word-sets `product-nouns`), nor
// -ing, whose words are as often participles ("the following procedures", "leading companies").
const ABSTRACT = /(?:[ts]ion|ment|ure|ism|ance|age)s?$/
// Seven letters at least: "nation", "station", "mention" are no nominalisations of a process to speak of.
const MIN_LENGTH = 7
// Words between a subject and its verb that say nothing of it.
const RELATIVES = new Set(['which', 'that'])
// Before the verb, these make it no finite verb of that subject: an infinitive ("to facilitate"), a
// passive or a perfect ("is facilitated", "has facilitated": the subject stands before them).
const NOT_AFTER = new Set(['to', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did', 'not'])
// The perfect's auxiliary stands between the subject and its verb ("slavery has facilitated the trade").
const PERFECT = new Set(['has', 'have', 'had'])
// Fields whose words name no cause: literature's archaic words, and the people and the polity copy names too.
const NOT_CAUSES = new Set(['literature', 'people', 'polity', 'authority', 'bodies'])
const CAPITALISED = /^\p{Lu}/u
// How far back from the verb an "of" may open the subject's complement: "of sacred texts", "of each branch".
const OF_REACH = 4

/** Whether the verb the match on tokens `first`..`last` holds has an abstract cause as its subject. */
export function hasCauseSubject(stream: TokenStream, first: number, last: number, registers: RegisterWords, domains?: DomainVocabulary): boolean {
  if (registers.language !== 'en' || first !== last) return false
  const { tokens, words } = stream
  const verb = tokens[first].word
  if (verb < 1 || /ing$/i.test(words[verb].text)) return false
  const sentence = words[verb].sentence
  let w = verb - 1
  while (w >= 0 && words[w].sentence === sentence && isAdverb(words[w].text.toLowerCase(), registers)) w--
  if (w >= 0 && PERFECT.has(words[w].text.toLowerCase())) w--
  if (w < 0 || words[w].sentence !== sentence) return false
  const before = words[w].text.toLowerCase()
  if (NOT_AFTER.has(before)) return false
  if (RELATIVES.has(before)) w--
  if (w < 0 || words[w].sentence !== sentence) return false
  const cause = (k: number) => isAbstractNoun(stream, k, registers) || isFieldWord(stream, first, k, registers, domains)
  if (cause(w)) return true
  // The head of a noun phrase with a complement ("The separation of powers facilitates"): the noun
  // before its "of", within OF_REACH words.
  for (let k = w - 1; k > 0 && k >= w - OF_REACH && words[k].sentence === sentence; k--) {
    if (words[k].text.toLowerCase() === 'of') return words[k - 1].sentence === sentence && cause(k - 1)
  }
  return false
}

/**
 * Whether written word `w` (before the match's first token `first`) is a word of a field of
 * rules/domains that names a cause ("slavery", "the treaty", "the enzyme"), and no word of copy's.
 */
function isFieldWord(stream: TokenStream, first: number, w: number, registers: RegisterWords, domains: DomainVocabulary | undefined): boolean {
  if (!domains) return false
  const { tokens } = stream
  let k = first - 1
  while (k >= 0 && tokens[k].word > w) k--
  if (k < 0 || tokens[k].word !== w || registers.corporate.has(tokens[k].key) || registers.copyVocabulary.has(tokens[k].key)) return false
  return domains.hits(tokens, k, k).some((hit) => !NOT_CAUSES.has(hit.domain))
}

function isAdverb(word: string, registers: RegisterWords): boolean {
  return registers.adverbs.has(word) || (word.length > 3 && word.endsWith('ly'))
}

/** Whether written word `w` is an abstract noun of no copy's: made with a suffix of ABSTRACT, read as a noun, not a name. */
function isAbstractNoun(stream: TokenStream, w: number, registers: RegisterWords): boolean {
  const { words } = stream
  const text = words[w].text
  const key = text.toLowerCase().replace(/['’]s?$/, '')
  // Without the morphology data (a caller that did not await loadMorphology) nothing is read as a
  // noun, and the finding stays, as a part of speech an entry names does (suggest-fix.ts).
  if (key.length < MIN_LENGTH || !ABSTRACT.test(key) || !morphologyLoaded('en')) return false
  if (registers.corporate.has(key) || registers.copyVocabulary.has(key)) return false
  const sentence = words[w].sentence
  // A capital inside the sentence is a name ("the Reformation", "Dynamics 365 Integration").
  const initial = w === 0 || words[w - 1].sentence !== sentence
  if (CAPITALISED.test(text) && !initial) return false
  // The morphology layer reads the word in its sentence: a noun, not a verb ("measure", "manage").
  let from = w
  while (from > 0 && words[from - 1].sentence === sentence && w - from < 5) from--
  const context = []
  for (let k = from; k <= w + 1 && k < words.length && words[k].sentence === sentence; k++) context.push(words[k].text.toLowerCase())
  const reading = readWord(context, w - from, 'en')
  return reading !== undefined && reading.pos === 'noun' && !registers.corporate.has(reading.lemma) && !registers.copyVocabulary.has(reading.lemma)
}
