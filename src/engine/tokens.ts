// Turns one block's nlcst tree into the flat token stream the matchers read. Offsets come from
// the document itself: mdast-util-to-nlcst derives them from text values, which drift after an
// escape or an entity ("\*", "&amp;"), so each word is re-anchored in the source text, and a word
// that cannot be found exactly is never reported (a range is exact or it is not given).
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { keyedParts } from './normalise.js'

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

export interface SentenceSpan {
  start: number
  end: number
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
}

const FIGURE_SYMBOL = /[%‰€$£¥]/

const BARRIER_KEY = ''

/**
 * `base`: where the block starts in `source`; `nodesBase`: where the tree's offsets count from
 * (the start of its text, which may come after the block's start: a heading's marks).
 */
export function tokenize(tree: NlcstRoot, source: string, base: number, limit: number, nodesBase = base): TokenStream {
  const stream: TokenStream = { tokens: [], words: [], punctuation: [], sentences: [], figures: [] }
  let cursor = base
  let joined = false
  let sentenceIndex = -1
  const barrier = () => {
    joined = false
    if (stream.tokens.length && stream.tokens[stream.tokens.length - 1].key !== BARRIER_KEY) {
      stream.tokens.push({ key: BARRIER_KEY, text: '', start: cursor, end: cursor, word: -1, sentence: sentenceIndex })
    }
  }

  const word = (node: Word) => {
    const text = toString(node)
    const approx = (node.position?.start.offset ?? 0) + nodesBase
    const start = source.indexOf(text, Math.max(cursor, approx))
    if (start < 0 || start + text.length > limit) return barrier()
    const index = stream.words.length
    stream.words.push({ text, start, end: start + text.length, joinedToPrevious: joined, sentence: sentenceIndex })
    if (/\d/.test(text)) stream.figures.push({ start, sentence: sentenceIndex })
    for (const part of keyedParts(text)) {
      const partStart = start + part.start
      stream.tokens.push({ key: part.key, text: part.text, start: partStart, end: partStart + part.text.length, word: index, sentence: sentenceIndex })
    }
    cursor = start + text.length
    joined = true
  }

  const sentence = (node: Sentence) => {
    sentenceIndex++
    const firstWord = stream.words.length
    const from = cursor
    for (const child of node.children) {
      switch (child.type) {
        case 'WordNode':
          word(child)
          break
        case 'WhiteSpaceNode':
          break
        case 'PunctuationNode':
        case 'SymbolNode': {
          const text = child.value
          const approx = (child.position?.start.offset ?? 0) + nodesBase
          const start = source.indexOf(text, Math.max(cursor, approx))
          if (start >= 0 && start + text.length <= limit) {
            if (child.type === 'PunctuationNode') stream.punctuation.push({ text, start, end: start + text.length })
            if (FIGURE_SYMBOL.test(text)) stream.figures.push({ start, sentence: sentenceIndex })
            cursor = start + text.length
          }
          barrier()
          break
        }
        default:
          barrier() // SourceNode (inline code, autolinks) and anything unknown
      }
    }
    barrier()
    const first = stream.words[firstWord]
    stream.sentences.push({ start: first?.start ?? from, end: cursor, words: stream.words.length - firstWord })
  }

  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) if (child.type === 'SentenceNode') sentence(child)
  }
  return stream
}
