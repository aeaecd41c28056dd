// Token streams written by hand for the matcher tests (phrase-matcher.test.ts, key-filter.test.ts).
import type { Token } from '../../src/engine/text/tokens.js'

/** Words as the tokens of one sentence, one written word each. */
export function wordTokens(keys: readonly string[]): Token[] {
  let start = 0
  return keys.map((key, word) => {
    const token = { key, text: key, start, end: start + key.length, word, sentence: 0 }
    start = token.end + 1
    return token
  })
}
