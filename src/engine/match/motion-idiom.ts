// Motion idioms read as motion (issue #15, literal senses, session 35): "moving forward" and "going
// forward" are copy's clichés for "from now on" as a sentence adverb ("Moving forward, we will…",
// "our plans going forward"), and motion when they are a verb's own predicate or take a complement
// of motion: "When is the object moving forward?" (a textbook's question), "the car was moving
// forward", "show moving forward one (or two) places" (a pawn), "moving forward and backward through
// the buffer" (a line editor). The entries' suggestions ("from now on", "in future") fit the
// adverb only, so where the phrase is a predicate the fix would break the sentence anyway.
//
// An entry with `unless: { motion: true }` is left alone when, in its sentence:
//   - a form of "be" stands right before it (the progressive, "is moving forward"), or at most three
//     words before it with no mark between and before its subject, at the head of a question or
//     after "when", "where", "why", "how" ("When is the object moving forward?");
//   - or the word after it, with no mark between, is a complement of motion: a direction ("and
//     backward", "or back"), a number ("one", "2"), or a preposition of a path ("through", "along",
//     "towards", "into", "across", "past"): not "with", "in", "on" or "at", which the adverb takes
//     too ("going forward with the plan", "moving forward in 2025").
import type { TokenStream } from '../text/tokens.js'

const BE = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'])
const BE_BEFORE = 3
// Adverbs that ask about the motion itself; not "what", the copula's complement ("What is our plan…").
const QUESTION_ADVERBS = new Set(['when', 'where', 'why', 'how'])
const DIRECTIONS = new Set(['backward', 'backwards', 'back', 'sideways', 'forward', 'forwards', 'upward', 'downward'])
const COORDINATORS = new Set(['and', 'or'])
const NUMBERS = /^(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|several)$/
const PATHS = new Set(['through', 'along', 'toward', 'towards', 'into', 'onto', 'across', 'past', 'over', 'up', 'down', 'around', 'away'])

/** Whether the match on tokens `first`..`last` reads as motion: a progressive predicate or a phrase with a complement of motion. */
export function readsAsMotion(stream: TokenStream, first: number, last: number): boolean {
  const { tokens } = stream
  const sentence = tokens[first].sentence
  // Tokens, marks included: a mark (a barrier token, key '') ends the search either way. Right
  // before the phrase, "be" is the progressive; further back, only a question's "be" before its
  // subject ("When is the object moving forward?", "Is the cart…"), not a copula after one ("This is
  // the plan moving forward", "What is our plan moving forward?": the adverb of copy's time).
  for (let k = first - 1; k >= 0 && k >= first - BE_BEFORE; k--) {
    const token = tokens[k]
    if (token.sentence !== sentence || !token.key) break
    if (!BE.has(token.key)) continue
    if (k === first - 1) return true
    const previous = tokens[k - 1]
    return previous === undefined || previous.sentence !== sentence || QUESTION_ADVERBS.has(previous.key)
  }
  const next = tokens[last + 1]
  if (next === undefined || next.sentence !== sentence || !next.key) return false
  if (NUMBERS.test(next.key) || PATHS.has(next.key)) return true
  const after = tokens[last + 2]
  return COORDINATORS.has(next.key) && after !== undefined && after.sentence === sentence && DIRECTIONS.has(after.key)
}
