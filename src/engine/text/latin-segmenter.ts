// Words and sentences of a text exactly as parse-latin (French) and parse-english (English) find
// them, without building their syntax tree. The parsers test three regular expressions on every
// character, give every node a position object and run their merge steps through generic tree
// helpers: a third of a lint's time, and the square of a paragraph's length where many words
// merge. This is the same lexer and the same merge steps (in latin-word-steps.ts and
// latin-sentence-steps.ts), in the same order and with the same outcome (down to which index each
// step resumes at after a splice), over small records and arrays that cost nothing to splice
// (latin-siblings.ts). test/engine/latin-segmenter.test.ts holds it to the parsers, output for
// output, and test/engine/merge-work.test.ts holds its work to the length of the text.
import { punctuation, whiteSpace, word as wordCharacter } from '../generated/latin-expressions.js'
import { SentenceSteps } from './latin-sentence-steps.js'
import { PUNCTUATION, SYMBOL, WHITE_SPACE, WORD, type Leaf, type LeafKind, type ParagraphChild } from './latin-steps.js'
import { WordSteps } from './latin-word-steps.js'

export { INLINE_CODE, leafText, PUNCTUATION, SYMBOL, WHITE_SPACE, WORD, type Leaf } from './latin-steps.js'

// The lexer's class of each UTF-16 unit, decided once per unit with the parsers' own expressions.
const kindOfUnit = new Uint8Array(65536)
function kindOf(unit: number): LeafKind {
  let kind = kindOfUnit[unit]
  if (kind === 0) {
    const c = String.fromCharCode(unit)
    kind = whiteSpace.test(c) ? WHITE_SPACE : punctuation.test(c) ? PUNCTUATION : wordCharacter.test(c) ? WORD : SYMBOL
    kindOfUnit[unit] = kind
  }
  return kind as LeafKind
}

/** The sentences of `text.slice(from, to)`, each the list of its nodes, as parse-english (`english`) or parse-latin parse it. */
export function segment(text: string, from: number, to: number, english: boolean): Leaf[][] {
  const leaves: Leaf[] = []
  return sentencesOf(text, leaves, lex(text, from, to, leaves), english)
}

/**
 * The sentences of `lexed`, lexed by `lex` (from one text, or from each text of a Markdown block,
 * as mdast-util-to-nlcst gives them to the parser), `marks` the bits `lex` returned.
 */
export function sentencesOf(text: string, lexed: Leaf[], marks: number, english: boolean): Leaf[][] {
  if (lexed.length === 0) return []
  const w = new WordSteps(text)
  const s = new SentenceSteps(text)
  let leaves = lexed
  // Each word step acts on marks only, most on one mark: a step none of whose marks
  // the text has would change nothing.
  if (english && marks & (SLASH | APOSTROPHE)) leaves = w.visitMarks(leaves, w.englishElision)
  if (marks & AMPERSAND) leaves = w.modifyMarks(leaves, w.initialWordSymbol)
  if (marks & HYPHEN) leaves = w.modifyMarks(leaves, w.finalWordSymbol)
  if (marks & INNER) leaves = w.modifyMarks(leaves, w.innerWordSymbol)
  if (marks & SLASH) leaves = w.modifyMarks(leaves, w.innerWordSlash)
  if (marks & FULL_STOP) leaves = w.modifyMarks(leaves, w.initialisms)

  let paragraph: ParagraphChild[] = []
  let first = 0
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]
    if (i === leaves.length - 1 || (leaf.kind === PUNCTUATION && s.isTerminal(leaf))) {
      paragraph.push({ kind: 0, children: leaves.slice(first, i + 1) })
      first = i + 1
    }
  }
  if (english) paragraph = s.modify(paragraph, s.englishPrefixExceptions)
  // These steps join a sentence to its neighbour, or move marks between the two: alone in its
  // paragraph (a heading, a list item, most short paragraphs) a sentence has none, and each step
  // would walk it for nothing. The two abbreviation steps change a lone sentence too (the full
  // stop joins its word) but never add a child to the paragraph.
  const alone = paragraph.length === 1
  if (!alone) {
    paragraph = s.modify(paragraph, s.nonWordSentences)
    paragraph = s.modify(paragraph, s.affixSymbol)
    paragraph = s.modify(paragraph, s.initialLowerCaseSentences)
    paragraph = s.modify(paragraph, s.initialDigitSentences)
  }
  paragraph = s.modify(paragraph, s.prefixExceptions)
  if (!alone) paragraph = s.modify(paragraph, s.affixExceptions)
  paragraph = s.visit(paragraph, s.remainingFullStops)
  paragraph = s.visit(paragraph, s.initialWhiteSpaceSiblings)
  paragraph = s.modify(paragraph, s.finalWhiteSpaceSiblings)
  paragraph = s.modify(paragraph, s.implicitSentences)
  paragraph = s.modify(paragraph, s.emptyNodes)
  // The root's steps only move white space between paragraphs: the sentences are these.
  const sentences: Leaf[][] = []
  for (const child of paragraph) if (child.kind === 0) sentences.push(child.children)
  return sentences
}

// Which marks a text has, as bits, by the first character of each run of marks.
const AMPERSAND = 1
const HYPHEN = 2
const SLASH = 4
const APOSTROPHE = 8
const FULL_STOP = 16
/** A character `wordSymbolInner` accepts alone (or a run of "_"). */
const INNER = 32
const MARK_BITS = new Map<number, number>([
  ['&', AMPERSAND | INNER], ['-', HYPHEN | INNER], ['/', SLASH], ["'", APOSTROPHE | INNER], ['’', APOSTROPHE | INNER], ['.', FULL_STOP | INNER],
  [':', INNER], ['=', INNER], ['?', INNER], ['@', INNER], ['_', INNER], ['\u00AD', INNER], ['\u00B7', INNER], ['\u2010', INNER], ['\u2011', INNER], ['\u2027', INNER],
].map(([c, bits]) => [(c as string).charCodeAt(0), bits as number]))


/**
 * parse-latin's `tokenize`: runs of word characters, of white space, of one repeated mark, pushed
 * onto `leaves`. Returns which marks it saw (bits for `sentencesOf`).
 */
export function lex(text: string, from: number, to: number, leaves: Leaf[]): number {
  let marks = 0
  let start = from
  let previousKind = 0
  let previous = -1
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i)
    const kind = kindOf(unit)
    if (
      start < i &&
      !(previousKind === kind && (kind === WORD || kind === WHITE_SPACE || unit === previous || (unit >= 0xd800 && unit <= 0xdfff)))
    ) {
      leaves.push({ kind: previousKind as LeafKind, start, end: i })
      if (previousKind >= PUNCTUATION) marks |= MARK_BITS.get(text.charCodeAt(start)) ?? 0
      start = i
    }
    previousKind = kind
    previous = unit
  }
  if (start < to) {
    leaves.push({ kind: previousKind as LeafKind, start, end: to })
    if (previousKind >= PUNCTUATION) marks |= MARK_BITS.get(text.charCodeAt(start)) ?? 0
  }
  return marks
}
