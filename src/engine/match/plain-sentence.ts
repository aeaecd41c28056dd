// Padding in a plain sentence (`unless.plainSentence`, issue #16, session 36). The marking guide's
// F7 is bureaucratic DENSITY: "a nominalisation chain …, a light-verb construction …, or a whole
// sentence of more than 40 words" (test/corpus/labelled/README.md). A lone "prior to", "the
// majority of" or « par le biais de » in an otherwise plain sentence ("Prior to Nexenta, Powell
// was founding CEO of Clarus Systems", "Compatible with the majority of alternative programs",
// « Ajoutez des cartes par le biais de l'application Anki ») is an ordinary connective: on the
// real development copy 9 of the English padded connectives' 11 findings and 3 of the French 5
// were no mark's, all in such sentences; each right one of the development and labelled sets
// stood in a sentence with another sign of density (a second light verb or padding, "the
// confirmation of", « la rationalisation de », or over 40 words).
import type { RawMatch } from './phrase-matcher.js'
import type { TokenStream } from '../text/tokens.js'

/** The guide's bound for a sentence that is one F7 mark by its length alone. */
const LONG_SENTENCE_WORDS = 40

/**
 * A noun of action, the head of a nominalisation chain when "of"/« de » follows it ("the
 * implementation of", « la mise en œuvre de l'optimisation de »). Six letters at least: "mention",
 * « gestion »; not "-ity"/« -ité » nouns of quality ("the quality of", « la qualité de »), nor
 * "-ing" forms, which are verbs as often ("consisting of").
 */
const ACTION_NOUN = /^\p{L}{2,}(?:tion|sion|ment|ance|ence)s?$/u

/**
 * The reader, in English and French. Padding is "the sound of a form letter" (the rule's `why`),
 * and a form letter speaks to its reader: "In order to serve you better", "Please reply prior to
 * the deadline", « par le biais de votre espace client ». A sentence addressing the reader keeps
 * its padding flagged, plain or not (without this, the fix set's instructions to the reader, "Prior
 * to the move, pack your books", went unflagged: 213 → 210 of 249 correct; the development
 * copy's "In order to use `nvm` …, you can instead specify" is flagged again, a false alarm).
 */
const READER = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'vous', 'votre', 'vos', 'tu', 'toi', 'ton', 'ta', 'tes'])

/**
 * « procéder à », the French light verb the marking guide names (« procéder à l'analyse »): a sign
 * of density before any noun, those the rule lists or not (« procéder à une revue »). Its verb
 * forms only: « la procédure à suivre » is no light verb.
 */
const PROCEDER = /^proced(?:er|e|es|ons|ez|ent|ee|ees|ant|ait|aient|era|erons|erez|eront|erait)$/
/** « à », « au », « aux » as token keys (accents folded). */
const PROCEDER_TO = new Set(['a', 'au', 'aux'])

/** "of" and its French forms, as token keys (accents folded; the elided « d' » is its own token). */
const OF = new Set(['of', 'de', 'du', 'des', "d'"])

/**
 * Whether the match's sentence holds no other sign of bureaucratic density: at most 40 words, no
 * other match of a density rule (`densityMatches`: the block's matches of F7's phrase rules) and no
 * noun of action followed by "of"/« de » nor « procéder à » outside the match; nor addresses the reader.
 */
export function inPlainSentence(stream: TokenStream, match: RawMatch, densityMatches: readonly RawMatch[]): boolean {
  const { tokens, sentences } = stream
  const sentence = tokens[match.first].sentence
  if ((sentences[sentence]?.words ?? 0) > LONG_SENTENCE_WORDS) return false
  const outside = (first: number, last: number) => last < match.first || first > match.last
  for (const other of densityMatches) if (tokens[other.first].sentence === sentence && outside(other.first, other.last)) return false
  // The sentence's tokens only: a block of 10,000 sentences would be read once per match.
  let first = match.first
  while (first > 0 && tokens[first - 1].sentence === sentence) first--
  for (let t = first; t < tokens.length && tokens[t].sentence === sentence; t++) {
    const key = tokens[t].key
    if (READER.has(key)) return false
    const next = tokens[t + 1]
    if (outside(t, t) && next?.sentence === sentence && OF.has(next.key) && ACTION_NOUN.test(key)) return false
    if (outside(t, t) && next?.sentence === sentence && PROCEDER_TO.has(next.key) && PROCEDER.test(key)) return false
  }
  return true
}
