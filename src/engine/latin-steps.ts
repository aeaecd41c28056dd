// The merge steps of parse-latin and parse-english (see latin-segmenter.ts), over small records:
// each keeps the original's name, conditions and the index its walk resumes at.
import {
  abbreviations,
  abbreviationsSensitive,
  affixSymbol,
  digitStart,
  elisionAffix,
  elisionPrefix,
  lowerInitial,
  numerical,
  terminalMarker,
  wordSymbolInner,
} from './generated/latin-expressions.js'

export const WORD = 1
export const WHITE_SPACE = 2
/** Inline code: never prose, a barrier between words. */
export const SOURCE = 3
export const PUNCTUATION = 4
export const SYMBOL = 5
export type LeafKind = typeof WORD | typeof WHITE_SPACE | typeof SOURCE | typeof PUNCTUATION | typeof SYMBOL

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
}

export interface Sentence {
  kind: 0
  children: Leaf[]
}
export type ParagraphChild = Sentence | Leaf

// From parse-latin's merge-prefix-exceptions.js and parse-english's index.js (not exported).
const abbreviationPrefix = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/
const apostrophe = /^['’]$/
const [AMPERSAND_CODE, HYPHEN_CODE, SLASH_CODE, FULL_STOP_CODE] = ['&', '-', '/', '.'].map((c) => c.charCodeAt(0))

const isMark = (leaf: ParagraphChild | undefined): boolean => leaf !== undefined && (leaf.kind === PUNCTUATION || leaf.kind === SYMBOL)
const isWord = (leaf: ParagraphChild | undefined): leaf is Leaf => leaf !== undefined && leaf.kind === WORD
const isSentence = (child: ParagraphChild | undefined): child is Sentence => child !== undefined && child.kind === 0

function partsOf(word: Leaf): number[] {
  return (word.parts ??= [word.start, word.end])
}
/** Appends `nodes` (marks and words, in order, adjacent) to `word`'s children. */
function append(word: Leaf, nodes: readonly Leaf[]): void {
  const parts = partsOf(word)
  for (const node of nodes) {
    if (node.kind === WORD && node.parts) parts.push(...node.parts)
    else parts.push(node.start, node.end)
    word.end = node.end
  }
}
/** The text of a word's children `parts`, put together. */
export function wordText(text: string, parts: readonly number[]): string {
  let value = ''
  for (let i = 0; i < parts.length; i += 2) value += text.slice(parts[i], parts[i + 1])
  return value
}
function prepend(word: Leaf, mark: Leaf): void {
  partsOf(word).unshift(mark.start, mark.end)
  word.start = mark.start
}

type Step<T> = (child: T, index: number, siblings: T[]) => number | undefined

/** The parsers' merge steps; each keeps the original's name, conditions and resume index. */
export class Steps {
  constructor(private readonly text: string) {}

  value(leaf: Leaf): string {
    return leaf.value ?? (leaf.parts ? wordText(this.text, leaf.parts) : this.text.slice(leaf.start, leaf.end))
  }

  // unist-util-modify-children over array-iterate: a returned index is where the walk resumes.
  modify<T>(siblings: T[], step: Step<T>): void {
    for (let index = 0; index < siblings.length; index++) {
      const next = step.call(this, siblings[index], index, siblings)
      if (next !== undefined) index = Math.max(next, 0) - 1
    }
  }

  // unist-util-visit-children: the walk goes on at the next index whatever the step spliced.
  visit<T>(siblings: T[], step: Step<T>): void {
    for (let index = 0; index < siblings.length; index++) step.call(this, siblings[index], index, siblings)
  }

  // The same walks, for a step that returns at once for anything but a mark.
  modifyMarks(siblings: Leaf[], step: Step<Leaf>): void {
    for (let index = 0; index < siblings.length; index++) {
      if (siblings[index].kind < PUNCTUATION) continue
      const next = step.call(this, siblings[index], index, siblings)
      if (next !== undefined) index = Math.max(next, 0) - 1
    }
  }

  visitMarks(siblings: Leaf[], step: Step<Leaf>): void {
    for (let index = 0; index < siblings.length; index++) if (siblings[index].kind >= PUNCTUATION) step.call(this, siblings[index], index, siblings)
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

  // parse-english: "w/", "'tis", "'n'", "o'".
  englishElision(child: Leaf, index: number, siblings: Leaf[]): number | undefined {
    if (!isMark(child)) return undefined
    const value = this.value(child)
    if (value === '/') {
      const sibling = siblings[index - 1]
      if (isWord(sibling) && this.value(sibling).toLowerCase() === 'w') {
        siblings.splice(index, 1)
        append(sibling, [child])
      }
    } else if (apostrophe.test(value)) {
      const length = siblings.length
      const sibling = siblings[index - 1]
      if (
        index > 2 &&
        index < length - 1 &&
        sibling.kind === WORD &&
        siblings[index - 2].kind === WHITE_SPACE &&
        siblings[index + 1].kind === WHITE_SPACE &&
        elisionPrefix.test(this.value(sibling).toLowerCase())
      ) {
        siblings.splice(index, 1)
        append(sibling, [child])
        return undefined
      }
      if (index !== length - 1 && siblings[index + 1].kind === WORD && (index === 0 || siblings[index - 1].kind !== WORD)) {
        const next = siblings[index + 1]
        const nextValue = this.value(next).toLowerCase()
        const other = siblings[index + 2]
        if (elisionAffix.test(nextValue)) {
          siblings.splice(index, 1)
          prepend(next, child)
        } else if (nextValue === 'n' && other && other.kind === PUNCTUATION && apostrophe.test(this.value(other))) {
          siblings.splice(index, 1)
          siblings.splice(index + 1, 1)
          prepend(next, child)
          append(next, [other])
        }
      }
    }
    return undefined
  }

  initialWordSymbol(child: Leaf, index: number, siblings: Leaf[]): number | undefined {
    if (!isMark(child) || !this.is(child, AMPERSAND_CODE)) return undefined
    const next = siblings[index + 1]
    if ((index > 0 && siblings[index - 1].kind === WORD) || !isWord(next)) return undefined
    siblings.splice(index, 1)
    prepend(next, child)
    return index - 1
  }

  finalWordSymbol(child: Leaf, index: number, siblings: Leaf[]): number | undefined {
    if (index > 0 && isMark(child) && this.is(child, HYPHEN_CODE)) {
      const previous = siblings[index - 1]
      const next = siblings[index + 1]
      if (!isWord(next) && isWord(previous)) {
        siblings.splice(index, 1)
        append(previous, [child])
        return index
      }
    }
    return undefined
  }

  innerWordSymbol(child: Leaf, index: number, siblings: Leaf[]): number | undefined {
    if (index === 0 || !isMark(child)) return undefined
    const previous = siblings[index - 1]
    if (!isWord(previous)) return undefined
    let position = index - 1
    const merged: Leaf[] = []
    let queue: Leaf[] = []
    while (siblings[++position]) {
      const sibling = siblings[position]
      if (sibling.kind === WORD) {
        merged.push(...queue, sibling)
        queue = []
      } else if (isMark(sibling) && wordSymbolInner.test(this.value(sibling))) queue.push(sibling)
      else break
    }
    if (merged.length === 0) return undefined
    position -= queue.length
    siblings.splice(index, position - index)
    append(previous, merged)
    return index
  }

  innerWordSlash(child: Leaf, index: number, siblings: Leaf[]): number | undefined {
    const previous = siblings[index - 1]
    if (!isWord(previous) || !isMark(child) || !this.is(child, SLASH_CODE)) return undefined
    const merged = [child]
    let nextLength = 0
    const next = siblings[index + 1]
    if (isWord(next)) {
      nextLength = this.value(next).length
      merged.push(next)
    }
    if (this.value(previous).length < 3 && (!nextLength || nextLength < 3)) {
      append(previous, merged)
      siblings.splice(index, merged.length)
      return index
    }
    return undefined
  }

  // "U.S.": a word made of single characters and full stops takes the full stop after it.
  initialisms(child: Leaf, index: number, siblings: Leaf[]): number | undefined {
    if (index === 0 || child.kind !== PUNCTUATION || !this.is(child, FULL_STOP_CODE)) return undefined
    const previous = siblings[index - 1]
    const parts = previous.parts
    const count = parts ? parts.length / 2 : 1
    if (previous.kind !== WORD || count === 1 || count % 2 === 0 || !parts) return undefined
    let allDigits = true
    for (let position = count - 1; position >= 0; position--) {
      const value = this.text.slice(parts[2 * position], parts[2 * position + 1])
      if (position % 2 === 0) {
        if (value.length > 1) return undefined
        if (!numerical.test(value)) allDigits = false
      } else if (value !== '.') {
        if (position < count - 2) break
        return undefined
      }
    }
    if (allDigits) return undefined
    siblings.splice(index, 1)
    append(previous, [child])
    return index
  }

  englishPrefixExceptions(sentence: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(sentence)) return undefined
    const children = sentence.children
    const period = children[children.length - 1]
    const word = children[children.length - 2]
    if (period && period.kind === PUNCTUATION && this.is(period, FULL_STOP_CODE) && isWord(word)) {
      const value = this.value(word)
      if (abbreviations.test(value.toLowerCase()) || abbreviationsSensitive.test(value)) return this.joinAtPeriod(sentence, index, paragraph)
    }
    return undefined
  }

  prefixExceptions(sentence: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(sentence) || sentence.children.length <= 1) return undefined
    const children = sentence.children
    const period = children[children.length - 1]
    if (isMark(period) && this.is(period, FULL_STOP_CODE)) {
      const word = children[children.length - 2]
      if (isWord(word) && abbreviationPrefix.test(this.value(word).toLowerCase())) return this.joinAtPeriod(sentence, index, paragraph)
    }
    return undefined
  }

  // The abbreviation keeps its full stop and the sentence goes on into the next one.
  private joinAtPeriod(sentence: Sentence, index: number, paragraph: ParagraphChild[]): number | undefined {
    const period = sentence.children.pop()!
    append(sentence.children[sentence.children.length - 1], [period])
    const next = paragraph[index + 1]
    if (isSentence(next)) {
      sentence.children.push(...next.children)
      paragraph.splice(index + 1, 1)
      return index - 1
    }
    return undefined
  }

  nonWordSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child) || child.children.some((node) => node.kind === WORD)) return undefined
    const previous = paragraph[index - 1]
    if (isSentence(previous)) {
      previous.children.push(...child.children)
      paragraph.splice(index, 1)
      return index
    }
    const next = paragraph[index + 1]
    if (isSentence(next)) {
      next.children.unshift(...child.children)
      paragraph.splice(index, 1)
    }
    return undefined
  }

  affixSymbol(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child) || child.children.length === 0 || index === 0) return undefined
    const previous = paragraph[index - 1]
    const first = child.children[0]
    if (isSentence(previous) && isMark(first) && affixSymbol.test(this.value(first))) {
      child.children.shift()
      previous.children.push(first)
      return index - 1
    }
    return undefined
  }

  initialLowerCaseSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child) || index === 0) return undefined
    const previous = paragraph[index - 1]
    const children = child.children
    if (children.length === 0 || !isSentence(previous)) return undefined
    for (const node of children) {
      if (node.kind === WORD) {
        if (!lowerInitial.test(this.value(node))) return undefined
        previous.children.push(...children)
        paragraph.splice(index, 1)
        return index
      }
      if (isMark(node)) return undefined
    }
    return undefined
  }

  initialDigitSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    const previous = paragraph[index - 1]
    if (!isSentence(previous) || !isSentence(child)) return undefined
    const head = child.children[0]
    if (isWord(head) && digitStart.test(this.value(head))) {
      previous.children.push(...child.children)
      paragraph.splice(index, 1)
      return index
    }
    return undefined
  }

  affixExceptions(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    const previous = paragraph[index - 1]
    if (!isSentence(previous) || !isSentence(child) || child.children.length === 0) return undefined
    for (const node of child.children) {
      if (node.kind === WORD) return undefined
      if (isMark(node)) {
        const value = this.value(node)
        if (value !== ',' && value !== ';') return undefined
        previous.children.push(...child.children)
        paragraph.splice(index, 1)
        return index
      }
    }
    return undefined
  }

  remainingFullStops(child: ParagraphChild): number | undefined {
    if (!isSentence(child)) return undefined
    const children = child.children
    let foundDelimiter = false
    for (let position = children.length - 1; children[position]; position--) {
      const node = children[position]
      if (!isMark(node)) {
        if (node.kind === WORD) foundDelimiter = true
        continue
      }
      if (!this.isTerminal(node)) continue
      if (!foundDelimiter) {
        foundDelimiter = true
        continue
      }
      if (!this.is(node, FULL_STOP_CODE)) continue
      const previous = children[position - 1]
      const next = children[position + 1]
      if (isWord(previous)) {
        const nextNext = children[position + 2]
        if (next && nextNext && next.kind === WHITE_SPACE && this.is(nextNext, FULL_STOP_CODE)) continue
        children.splice(position, 1)
        append(previous, [node])
        position--
      } else if (isWord(next)) {
        children.splice(position, 1)
        prepend(next, node)
      }
    }
    return undefined
  }

  initialWhiteSpaceSiblings(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child)) return undefined
    const head = child.children[0]
    if (head && head.kind === WHITE_SPACE) {
      child.children.shift()
      paragraph.splice(index, 0, head)
    }
    return undefined
  }

  finalWhiteSpaceSiblings(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child)) return undefined
    const tail = child.children[child.children.length - 1]
    if (tail && tail.kind === WHITE_SPACE) {
      child.children.pop()
      paragraph.splice(index + 1, 0, tail)
      return index
    }
    return undefined
  }

  // White space with two line breaks or more ends a sentence.
  implicitSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child)) return undefined
    const children = child.children
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]
      if (node.kind !== WHITE_SPACE || !this.hasTwoLineBreaks(node)) continue
      child.children = children.slice(0, position)
      paragraph.splice(index + 1, 0, node, { kind: 0, children: children.slice(position + 1) })
      return index + 1
    }
    return undefined
  }

  emptyNodes(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (isSentence(child) && child.children.length === 0) {
      paragraph.splice(index, 1)
      return index
    }
    return undefined
  }
}
