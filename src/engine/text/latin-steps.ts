// The records latin-segmenter.ts splits text into, and what the parsers' merge steps share: how a
// step reads a node's text, and the two ways their walks resume after a step (see
// latin-word-steps.ts and latin-sentence-steps.ts), over arrays that cost nothing to splice
// (latin-siblings.ts).
import { terminalMarker } from '../generated/latin-expressions.js'
import { Siblings } from './latin-siblings.js'
import { work } from '../work.js'

export const WORD = 1
export const WHITE_SPACE = 2
/** Inline code: never prose, a barrier between words. */
export const INLINE_CODE = 3
export const PUNCTUATION = 4
export const SYMBOL = 5
export type LeafKind = typeof WORD | typeof WHITE_SPACE | typeof INLINE_CODE | typeof PUNCTUATION | typeof SYMBOL

/** A word, white space, punctuation, symbol or source node: offsets into the text given to `segment`. */
export interface Leaf {
  kind: LeafKind
  start: number
  end: number
  /**
   * A word's children, once it has more than one, as start and end pairs: its own text's, then
   * merged marks' and words'. In a Markdown block they need not touch (a word merged across a
   * link's end), and the word's text is theirs put together.
   */
  parts?: number[]
  /** White space that stands for a line ending or a hard break, not for the text at its place. */
  value?: string
  /**
   * From a Markdown node with no position (GFM's literal autolinks split a text into such nodes):
   * `start` and `end` index its text, but it has no place in the document. As in the parsers'
   * trees, where a position is only copied between nodes that have one, a word with none keeps
   * none when marks are put before it, and a mark with none does not move a word's start.
   */
  unplaced?: true
}

export interface Sentence {
  kind: 0
  children: Leaf[]
}
export type ParagraphChild = Sentence | Leaf

export const [AMPERSAND_CODE, HYPHEN_CODE, SLASH_CODE, FULL_STOP_CODE] = ['&', '-', '/', '.'].map((c) => c.charCodeAt(0))

const isNotMark = (leaf: Leaf): boolean => leaf.kind < PUNCTUATION
export const isMark = (leaf: ParagraphChild | undefined): boolean => leaf !== undefined && (leaf.kind === PUNCTUATION || leaf.kind === SYMBOL)
export const isWord = (leaf: ParagraphChild | undefined): leaf is Leaf => leaf !== undefined && leaf.kind === WORD
export const isSentence = (child: ParagraphChild | undefined): child is Sentence => child !== undefined && child.kind === 0

function partsOf(word: Leaf): number[] {
  return (word.parts ??= [word.start, word.end])
}
/** Appends `nodes` (marks and words, in order, adjacent) to `word`'s children. */
export function append(word: Leaf, nodes: readonly Leaf[]): void {
  const parts = partsOf(word)
  for (const node of nodes) {
    if (node.kind === WORD && node.parts) for (const offset of node.parts) parts.push(offset)
    else parts.push(node.start, node.end)
    word.end = node.end
  }
  work.moved += nodes.length
}
/** A word's, mark's or source node's text (a merged word's children put together). */
export function leafText(text: string, leaf: Leaf): string {
  const parts = leaf.parts
  if (!parts) return text.slice(leaf.start, leaf.end)
  let value = ''
  for (let i = 0; i < parts.length; i += 2) value += text.slice(parts[i], parts[i + 1])
  return value
}
/** Puts `marks` (adjacent, in order) before `word`'s children: the word starts where the first with a place does. */
export function prepend(word: Leaf, marks: readonly Leaf[]): void {
  const parts = partsOf(word)
  const before: number[] = []
  for (const mark of marks) before.push(mark.start, mark.end)
  word.parts = before.concat(parts)
  const placed = marks.find((mark) => !mark.unplaced)
  if (placed && !word.unplaced) word.start = placed.start
  work.moved += parts.length / 2 + marks.length
}

export type Step<T> = (child: T, index: number, siblings: Siblings<T>) => number | undefined

/** The walks and readings every merge step uses; each step keeps the original's name, conditions and resume index. */
export class StepWalks {
  constructor(protected readonly text: string) {}

  value(leaf: Leaf): string {
    return leaf.value ?? leafText(this.text, leaf)
  }

  // unist-util-modify-children over array-iterate: a returned index is where the walk resumes.
  modify<T>(siblings: T[], step: Step<T>): T[] {
    const walk = new Siblings(siblings)
    while (walk.index < walk.length) {
      const next = step.call(this, walk.at(walk.index)!, walk.index, walk)
      walk.moveTo(next === undefined ? walk.index + 1 : Math.max(next, 0))
    }
    return walk.result()
  }

  // unist-util-visit-children: the walk goes on at the next index whatever the step spliced.
  visit<T>(siblings: T[], step: Step<T>): T[] {
    const walk = new Siblings(siblings)
    while (walk.index < walk.length) {
      step.call(this, walk.at(walk.index)!, walk.index, walk)
      walk.moveTo(walk.index + 1)
    }
    return walk.result()
  }

  // The same walks, for a step that returns at once for anything but a mark.
  modifyMarks(siblings: Leaf[], step: Step<Leaf>): Leaf[] {
    const walk = new Siblings(siblings)
    for (;;) {
      walk.passWhile(isNotMark) // (stops short at an inserted node: none here)
      const child = walk.at(walk.index)
      if (child === undefined) return walk.result()
      if (child.kind < PUNCTUATION) walk.pass()
      else {
        const next = step.call(this, child, walk.index, walk)
        walk.moveTo(next === undefined ? walk.index + 1 : Math.max(next, 0))
      }
    }
  }

  visitMarks(siblings: Leaf[], step: Step<Leaf>): Leaf[] {
    const walk = new Siblings(siblings)
    for (;;) {
      walk.passWhile(isNotMark)
      const child = walk.at(walk.index)
      if (child === undefined) return walk.result()
      if (child.kind >= PUNCTUATION) step.call(this, child, walk.index, walk)
      walk.moveTo(walk.index + 1)
    }
  }

  /** Whether a mark is `character` alone. */
  is(leaf: Leaf, character: number): boolean {
    return leaf.end - leaf.start === 1 && this.text.charCodeAt(leaf.start) === character
  }

  /** `split(/\r\n|\r|\n/).length >= 3`, counted without splitting. */
  hasTwoLineBreaks(leaf: Leaf): boolean {
    if (leaf.value !== undefined) return leaf.value.split(/\r\n|\r|\n/).length >= 3
    let breaks = 0
    for (let i = leaf.start; i < leaf.end; i++) {
      const c = this.text.charCodeAt(i)
      if (c === 0x0d) {
        if (this.text.charCodeAt(i + 1) === 0x0a && i + 1 < leaf.end) i++
      } else if (c !== 0x0a) continue
      if (++breaks === 2) return true
    }
    return false
  }

  /** `terminalMarker`: full stops, question and exclamation marks, ellipses, interrobangs. */
  isTerminal(leaf: Leaf): boolean {
    if (leaf.end - leaf.start > 1) return terminalMarker.test(this.value(leaf))
    const c = this.text.charCodeAt(leaf.start)
    return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203d
  }
}
