// A textbook's "we" and "our" (issue #15, literal senses, session 33): the author and the reader
// reasoning together ("we can assume the surface to be frictionless", "as we saw in Chapter 2",
// "let us consider"), or people at large ("our understanding of motion", "our planet"). Copy's
// "we" and "our" are a business speaking of itself ("we help teams", "our platform"), and one of
// them makes the whole block copy (register.ts): in the expository corpus of session 33 (nine
// OpenStax books, 3.0M words) the physics, chemistry and calculus books write "we" in most
// worked examples, so their plain senses were read as copy. Here such a "we", "us" or "our" is
// no evidence of copy; every other one still is.
import type { Token } from '../text/tokens.js'
import type { RegisterWords } from './register-words.js'

// Between "we" and its verb: a modal, an auxiliary or an adverb ("we can now assume", "as we have
// seen", "we'll discuss": the tokens "we'" and "ll"). At most MAX_BETWEEN of them.
const BETWEEN = new Set(['can', 'could', 'will', 'll', 'shall', 'may', 'might', 'must', 'would', 'should', 'have', 've', 'had', 'd', 'now', 'then', 'also', 'first', 'just', 'already', 'again', 'often', 'usually', 'therefore', 'thus', 'still', 'not', 'next', 'further'])
const MAX_BETWEEN = 3
// After "our", one adjective may stand before the shared noun ("our modern understanding", "our solar system").
const MAX_BEFORE_NOUN = 1

const sameSentence = (tokens: readonly Token[], a: number, b: number) => tokens[b] !== undefined && tokens[b].sentence === tokens[a].sentence

/** The token after `k` in its sentence whose key is not one of `skip`, past at most `max` skipped ones, or -1. */
function nextPast(tokens: readonly Token[], k: number, skip: (key: string) => boolean, max: number): number {
  let j = k + 1
  for (let skipped = 0; sameSentence(tokens, k, j) && skip(tokens[j].key); j++) if (++skipped > max) return -1
  return sameSentence(tokens, k, j) ? j : -1
}

/**
 * Whether token `k`, a word of the writer list ("we", "us", "our"), is a textbook's or people's
 * at large rather than a business's: "we" before a verb of reasoning, "let us" before one, "our"
 * before a noun of what people share. English only.
 */
export function isAuthorialWriter(tokens: readonly Token[], k: number, words: RegisterWords): boolean {
  if (words.language !== 'en') return false
  const key = tokens[k].key
  if (key === 'we' || key === "we'" || (key === 'us' && k > 0 && tokens[k - 1].key === 'let' && sameSentence(tokens, k, k - 1))) {
    const verb = nextPast(tokens, k, (next) => BETWEEN.has(next), MAX_BETWEEN)
    return verb >= 0 && words.reasoningVerbs.has(tokens[verb].key)
  }
  if (key === 'our') {
    for (let j = k + 1; j <= k + 1 + MAX_BEFORE_NOUN && sameSentence(tokens, k, j); j++) if (words.sharedNouns.has(tokens[j].key)) return true
  }
  return false
}
