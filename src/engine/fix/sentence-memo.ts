// What a phrase match's fix depends on lies in its sentence: the sentence's words, where the
// flagged tokens stand in it, the rule's entry and the language. Copy repeats its sentences (the
// 1 MB bench documents are a few dozen sentences over and over, and real copy repeats its
// taglines), so a sentence as written is split into words once, and what each of its matches needs
// is worked out once, whichever block it stands in. Within a block, a sentence is found by its
// index (no text to hash); across blocks, by its text (bounded).
import type { RawMatch } from '../match/phrase-matcher.js'
import type { Language } from '../rules/rule-data.js'
import type { SentenceSpan, TokenStream } from '../text/tokens.js'
import { BoundedCache } from '../util/bounded-cache.js'
import { sentenceWords, type SentenceWords } from './sentence-words.js'

export interface MemoSentence<T> {
  /** Its words, with offsets from the sentence's start. */
  words: SentenceWords
  /** What is known of each match in it, by `matchKey`. */
  matches: Map<string, T>
}

// Longer sentences (a paragraph with no full stop) are read once per block and not kept by text:
// hashing their text for each block would cost more than the little they repeat, and the table
// would hold megabytes.
const SHARED_LENGTH = 2_000

export class SentenceMemo<T> {
  private readonly byText = new BoundedCache<string, MemoSentence<T>>(5_000)
  private readonly byStream = new WeakMap<TokenStream, Map<number, MemoSentence<T>>>()

  /** The sentence of the stream's sentence `index` (`span`, in `text`). */
  sentence(text: string, stream: TokenStream, index: number, span: SentenceSpan, language: Language): MemoSentence<T> {
    let inStream = this.byStream.get(stream)
    if (!inStream) this.byStream.set(stream, (inStream = new Map()))
    let found = inStream.get(index)
    if (found) return found
    const written = text.slice(span.start, span.end)
    // The language leads the key, which also makes it a copy: a slice kept as a key would keep the whole document.
    const key = written.length <= SHARED_LENGTH ? `${language}\u0000${written}` : undefined
    found = key === undefined ? undefined : this.byText.get(key)
    if (!found) {
      found = { words: sentenceWords(written, language), matches: new Map() }
      if (key !== undefined) this.byText.set(key, found)
    }
    inStream.set(index, found)
    return found
  }
}

/** A match's place in its sentence: `id` (its entry's) and each token's offsets from the sentence's start. */
export function matchKey(stream: TokenStream, m: RawMatch, id: number, sentenceStart: number): string {
  let key = String(id)
  for (let k = m.first; k <= m.last; k++) key += `:${stream.tokens[k].start - sentenceStart}-${stream.tokens[k].end - sentenceStart}`
  return key
}
