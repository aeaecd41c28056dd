// A sentence of an essay or an encyclopaedia in a block with no evidence of copy (issue #15, literal
// senses, session 36): where an author's style (light verbs, clichés) and hype's plain senses are
// the writer's own, not copy's. Split from register.ts, whose reading of the block it asks.
import type { TokenStream } from '../text/tokens.js'
import { hasFrenchFiniteVerb } from './french-finite-verb.js'
import { registerOf } from './register.js'
import type { RegisterWords } from './register-words.js'

// Session 36: an essay's or an encyclopaedia's sentence runs long, copy's is short. Of the French
// fix set's sentences that lost their fix when any sentence of a block with no evidence of copy
// read an author's style as such (fr-046, -050, -190, -191, -193, -202: copy's « effectuer des
// recherches », « sortent du lot »), none had more than 12 words; of the 28 literal senses of the
// fourth and fifth development sets it cleared, 24 had ESSAY_WORDS or more.
const ESSAY_WORDS = 15

/**
 * Whether the match on tokens `first`..`last`, an author's style (`literaryStyle`: light verbs,
 * clichés), stands in a long sentence of a block with no evidence of copy at all: no word of copy
 * or trade, no product name, currency, call to the reader or "!", and no other finding of copy's
 * families (`clustered`). The plain present of an essay or an encyclopaedia carries no date,
 * definition nor narrated past; in French, with a finite verb outside the match (copy's taglines and
 * bullets have none: french-finite-verb.ts). « Les glandes de l’estomac sécrètent ce suc en vue de
 * la digestion des aliments que l’animal avale sans les mâcher. » Also for `plainSenses` (hype's
 * qualities: « une mémoire incomparable des chansons que leur grand-mère chantait »).
 */
export function isCopylessEssay(stream: TokenStream, words: RegisterWords, first: number, last: number, clustered: boolean): boolean {
  const block = registerOf(stream, words)
  if (block.corporate || block.trade || clustered) return false
  const tokens = stream.tokens
  const sentence = tokens[first].sentence
  let from = first
  while (from > 0 && tokens[from - 1].sentence === sentence) from--
  let to = first
  while (to + 1 < tokens.length && tokens[to + 1].sentence === sentence) to++
  // Words, not tokens: an elided « d' » or « l' » is a token of its own.
  let count = 0
  for (let k = from; k <= to; k++) if (!tokens[k].key.endsWith("'")) count++
  return count >= ESSAY_WORDS && (words.language !== 'fr' || hasFrenchFiniteVerb(tokens, from, to, first, last))
}
