// The flat token stream the matchers read, from a block's text (split as parse-english and
// parse-latin split it, by latin-segmenter.ts) or from its nlcst tree. A tree's offsets come from
// mdast-util-to-nlcst, which derives them from text values, which drift after an escape or an
// entity ("\*", "&amp;"), so each word is re-anchored in the source text, and a word that cannot
// be found exactly is never reported (a range is exact or it is not given).
import type { Root as NlcstRoot, Sentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { INLINE_CODE, leafText, PUNCTUATION, segment, SYMBOL, WORD, type Leaf } from './latin-segmenter.js'
import { keyedParts } from './normalise.js'
import type { Span } from '../span.js'
import { work } from '../work.js'
import { joinInvisiblySplitWords } from './word-joins.js'
import { splitAtMissedSentenceEnds } from './sentence-ends.js'

export interface Token {
  /** Folded text compared by rules; '' for a barrier no phrase may cross. */
  key: string
  /** Text as written. */
  text: string
  start: number
  end: number
  /** Index into `words` of the written word this part belongs to, or -1. */
  word: number
  /** Index into `sentences`. */
  sentence: number
}

export interface WrittenWord {
  text: string
  start: number
  end: number
  /** Only white space separates it from the previous word. */
  joinedToPrevious: boolean
  sentence: number
  /** Inside a URL or another never-linted span. */
  masked?: boolean
}

export interface SentenceSpan extends Span {
  /** Words in it (numbers included). */
  words: number
}

export interface Punctuation {
  text: string
  start: number
  end: number
}

export interface TokenStream {
  tokens: Token[]
  words: WrittenWord[]
  punctuation: Punctuation[]
  sentences: SentenceSpan[]
  /** Numbers, percentages and amounts, by position and sentence: evidence for a claim. */
  figures: Array<{ start: number; sentence: number }>
  /** Symbols (`=`, `×`, `±`…) by position and sentence: evidence of a law (register.ts). */
  symbols: Array<{ text: string; start: number; sentence: number }>
}

// What makes a word or a mark a figure: an ASCII digit (`\d`), one of the signs of FIGURE_SIGNS.
// Tested a unit at a time: a regular expression per word and per mark was a call into the regexp
// engine for each word and mark (readme-1m: 59,483 words, 13,487 marks).
const FIGURE_SIGNS = new Set([...'%‰€$£¥'].map((c) => c.charCodeAt(0)))

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x30 && code <= 0x39) return true
  }
  return false
}

function hasFigureSign(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (FIGURE_SIGNS.has(text.charCodeAt(i))) return true
  return false
}

const BARRIER_KEY = ''

/** How far past its place a word is looked for at any cost (the budget of `StreamBuilder.find` aside). */
const NEAR_REACH = 256

/**
 * Builds the token stream of the block `source.slice(base, limit)` from its sentences' words and
 * marks, each found in the document where the splitter or the tree places it, or after it.
 */
class StreamBuilder {
  readonly stream: TokenStream = { tokens: [], words: [], punctuation: [], sentences: [], figures: [], symbols: [] }
  /** Where the last word or mark read ends. */
  private cursor: number
  private joined = false
  private sentenceIndex = -1
  private firstWord = 0
  private from = 0
  /** What the searches may still scan beyond their near reach (see `find`). */
  private budget: number

  constructor(
    private readonly source: string,
    base: number,
    private readonly limit: number,
  ) {
    this.cursor = base
    this.budget = 4 * (limit - base)
  }

  /** A word or a mark placed at `at`: where the block has it from there on, or a barrier if it does not. */
  add(kind: 'word' | 'punctuation' | 'symbol', text: string, at: number): void {
    const start = this.cursor <= at && this.source.startsWith(text, at) ? at : this.find(text, Math.max(this.cursor, at))
    if (start < 0) this.barrier()
    else if (kind === 'word') this.word(text, start)
    else this.mark(text, start, kind === 'punctuation')
  }

  /**
   * Where the block next has `text` from `from` on, or -1. A word written otherwise (an entity in
   * it, merged across a link's end) is nowhere, and its search would scan the rest of the block:
   * a paragraph of them, the square of its length. A word placed before where it is (after an
   * escape) is found near; beyond NEAR_REACH, the searches of a block scan four times it in all.
   */
  private find(text: string, from: number): number {
    const source = this.source
    const near = Math.min(this.limit, from + text.length + NEAR_REACH)
    const found = source.slice(from, near).indexOf(text)
    work.scanned += found < 0 ? Math.max(0, near - from) : found
    if (found >= 0 || near === this.limit || this.budget <= 0) return found < 0 ? -1 : from + found
    const resume = near - text.length + 1
    const far = Math.min(this.limit, near + this.budget)
    this.budget -= far - near
    const farther = source.slice(resume, far).indexOf(text)
    work.scanned += farther < 0 ? far - resume : farther
    return farther < 0 ? -1 : resume + farther
  }

  startSentence(): void {
    this.sentenceIndex++
    this.firstWord = this.stream.words.length
    this.from = this.cursor
  }

  endSentence(): void {
    this.barrier()
    const { words, sentences } = this.stream
    const first = words[this.firstWord]
    sentences.push({ start: first?.start ?? this.from, end: this.cursor, words: words.length - this.firstWord })
  }

  private word(text: string, start: number): void {
    const stream = this.stream
    const sentence = this.sentenceIndex
    const index = stream.words.length
    stream.words.push({ text, start, end: start + text.length, joinedToPrevious: this.joined, sentence })
    if (hasDigit(text)) stream.figures.push({ start, sentence })
    // A word of ASCII letters and digits is one part, keyed by itself in small letters (see
    // asciiKeyOf): most words of English prose, which then skip keyedParts's table.
    const asciiKey = asciiKeyOf(text)
    if (asciiKey !== undefined) {
      stream.tokens.push({ key: asciiKey, text, start, end: start + text.length, word: index, sentence })
      this.cursor = start + text.length
      this.joined = true
      return
    }
    // Indexed loops here and in tokenizeSentences: a for…of makes an iterator result per word
    // until the JIT optimises the loop, which a cold lint pays on every word.
    const parts = keyedParts(text)
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]
      const partStart = start + part.start
      stream.tokens.push({ key: part.key, text: part.text, start: partStart, end: partStart + part.text.length, word: index, sentence })
    }
    this.cursor = start + text.length
    this.joined = true
  }

  /** Punctuation (`punctuation`) or a symbol: a barrier no phrase crosses. */
  private mark(text: string, start: number, punctuation: boolean): void {
    if (punctuation) this.stream.punctuation.push({ text, start, end: start + text.length })
    if (hasFigureSign(text)) this.stream.figures.push({ start, sentence: this.sentenceIndex })
    this.cursor = start + text.length
    this.barrier()
    if (!punctuation) this.stream.symbols.push({ text, start, sentence: this.sentenceIndex })
  }

  barrier(): void {
    this.joined = false
    const tokens = this.stream.tokens
    if (tokens.length && tokens[tokens.length - 1].key !== BARRIER_KEY) {
      tokens.push({ key: BARRIER_KEY, text: '', start: this.cursor, end: this.cursor, word: -1, sentence: this.sentenceIndex })
    }
  }
}

/**
 * The key of `written` when `keyedParts(written)` is the one part `written`: a word of ASCII
 * letters and digits has no hyphen or apostrophe to split at, no full stop to drop, and foldWord
 * only puts its capitals in small letters. Otherwise undefined. Looking such a word up in
 * keyedParts's table cost more than this test: for small letters, ~30 ms (sampled) of an unseen
 * 1 MB lint of README files (session 29); for words with capitals ("The", "GitHub"), 9,624 lookups
 * and 13.3 ms sampled of the next (~1.4 µs a lookup: the table is out of cache by then).
 */
export function asciiKeyOf(written: string): string | undefined {
  let capitals = false
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i)
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue
    if (code >= 0x41 && code <= 0x5a) capitals = true
    else return undefined
  }
  if (written.length === 0) return undefined
  return capitals ? written.toLowerCase() : written
}

/**
 * The token stream of a block's nlcst tree. `base`: where the block starts in `source`;
 * `nodesBase`: where the tree's offsets count from (the start of its text, which may come after
 * the block's start: a heading's marks).
 */
export function tokenize(tree: NlcstRoot, source: string, base: number, limit: number, nodesBase = base): TokenStream {
  const builder = new StreamBuilder(source, base, limit)
  const at = (node: Sentence['children'][number]) => (node.position?.start.offset ?? 0) + nodesBase
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      builder.startSentence()
      for (const child of sentence.children) {
        switch (child.type) {
          case 'WordNode':
            builder.add('word', toString(child), at(child))
            break
          case 'WhiteSpaceNode':
            break
          case 'PunctuationNode':
          case 'SymbolNode':
            builder.add(child.type === 'PunctuationNode' ? 'punctuation' : 'symbol', child.value, at(child))
            break
          default:
            builder.barrier() // SourceNode (inline code, autolinks) and anything unknown
        }
      }
      builder.endSentence()
    }
  }
  return splitAtMissedSentenceEnds(joinInvisiblySplitWords(builder.stream, source), source)
}

/** The token stream of `source.slice(from, to)`, split as parse-english (`english`) or parse-latin would split it. */
export function tokenizeText(source: string, from: number, to: number, english: boolean): TokenStream {
  return tokenizeSentences(source, from, to, segment(source, from, to, english))
}

/**
 * The token stream of sentences from latin-segmenter.ts, for the block `source.slice(base, limit)`,
 * their leaves' offsets into `values` (`source`, or a copy of the block with decoded texts laid
 * over it, see inline-leaves.ts) and `shift` from their place in `source`. A word merged across
 * inline nodes ("report" of a link and ".We" after it) or with an escape or an entity is not
 * written as it reads: it is looked for further on, as `tokenize` looks for a tree's words, and so
 * is everything after it once one is found elsewhere.
 */
export function tokenizeSentences(source: string, base: number, limit: number, sentences: readonly Leaf[][], values = source, shift = 0): TokenStream {
  const builder = new StreamBuilder(source, base, limit)
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]
    builder.startSentence()
    for (let l = 0; l < sentence.length; l++) {
      const leaf = sentence[l]
      if (leaf.kind === INLINE_CODE) builder.barrier()
      if (leaf.kind !== WORD && leaf.kind !== PUNCTUATION && leaf.kind !== SYMBOL) continue
      // A leaf with no place is looked for from the block's start, as a tree's node with no position.
      builder.add(leaf.kind === WORD ? 'word' : leaf.kind === PUNCTUATION ? 'punctuation' : 'symbol', leafText(values, leaf), leaf.unplaced ? base : leaf.start + shift)
    }
    builder.endSentence()
  }
  return splitAtMissedSentenceEnds(joinInvisiblySplitWords(builder.stream, source), source)
}
