// A compound adjective written as two words (issue #15, literal senses, session 34): "next
// generation" is hype as the adjective ("next generation firewalls", "a next-generation platform")
// and plain as the noun phrase it is made of ("the change came in the next generation", "the next
// generation kept the farm"). An entry with `pos: adjective` whose flagged head reads as a noun
// (the last word of the phrase) stands when it is written as one hyphenated word, or when the word
// right after it, in its sentence with no mark between, reads as a noun or an adjective (or is
// not in the lexicon): the noun it qualifies. Before this, `pos: adjective` on such an entry left every use of it alone.
import { readWord, type Pos } from '../morphology/index.js'
import type { RawMatch } from '../match/phrase-matcher.js'
import type { Language } from '../rules/rule-data.js'
import type { TokenStream } from '../text/tokens.js'
import type { SentenceWords } from './sentence-words.js'

const QUALIFIED: ReadonlySet<Pos> = new Set<Pos>(['noun', 'adj'])
// Verbs whose complement is an adjective: a form of "be", and "become", "seem", "remain", "look", "feel".
const LINKING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'becomes', 'became', 'seem', 'seems', 'seemed', 'remain', 'remains', 'remained', 'look', 'looks', 'feel', 'feels', 'stay', 'stays'])

/**
 * Whether the match, an adjective entry of two words or more whose head (word `index` of
 * `sentence`, its last) read as a noun, stands as the compound adjective before its noun.
 */
export function standsAsCompoundAdjective(stream: TokenStream, m: RawMatch, sentence: SentenceWords, index: number, language: Language): boolean {
  if (m.last === m.first) return false
  const { tokens } = stream
  if (sentence.words[index].includes('-')) return true
  // Session 35: the predicate of a linking verb is the adjective too ("the gym is state of the art",
  // "our firewall is next generation"); the noun phrase takes a determiner or an adjective there
  // ("based on world-wide state of the art", "came in the next generation").
  const previous = tokens[m.first - 1]
  if (previous !== undefined && previous.sentence === tokens[m.first].sentence && LINKING.has(previous.key)) return true
  // The token after the match: a mark (a barrier token, no key) or another sentence means no noun follows.
  const next = tokens[m.last + 1]
  if (next === undefined || !next.key || next.sentence !== tokens[m.last].sentence) return false
  if (index + 1 >= sentence.words.length) return false
  // A word the lexicon does not know ("firewalls", guessed a verb by its -s) is taken as the noun:
  // flagged, as before.
  const reading = readWord(sentence.words, index + 1, language)
  return reading === undefined || reading.source !== 'lexicon' || QUALIFIED.has(reading.pos)
}
