// The nodes mdast-util-to-nlcst hands to the parser for a Markdown block, laid out as it lays them
// out (each text lexed alone, inline code as a source node, a line ending between inline nodes on
// different lines, a hard break, an image's alternative text), without its tree and positions:
// latin-segmenter.ts then splits them into sentences as the parser does.
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast'
import { INLINE_CODE, lex, WHITE_SPACE, type Leaf } from '../text/latin-segmenter.js'

export interface InlineLeaves {
  /**
   * The text the leaves' offsets index: the document itself where every text of the block is
   * written there as it reads; else a copy of the block with each text (an escape or an entity
   * decoded, a line's indent left out) laid over the place it starts, where mdast-util-to-nlcst
   * places it, and the texts that have no place after it.
   */
  text: string
  /** Added to a placed leaf's offset, its place in the document. */
  shift: number
  leaves: Leaf[]
  /** What `lex` saw (bits for `sentencesOf`). */
  marks: number
}

/** A text to lex, where it starts in the document if it has a place. */
type Item = { at: number | undefined; value: string } | Leaf

/**
 * The leaves of `block`, with offsets in `text` (a node's offset plus `delta`), or undefined when a
 * text runs over the next one's or out of the block (no Markdown decodes to more than it is
 * written with): then the block is read as plain text.
 */
export function inlineLeaves(block: MdastParents, text: string, delta: number): InlineLeaves | undefined {
  // Lexed from the document as they come, while every text is written there as it reads; all
  // kept, to be lexed again from a copy of the block if one is not.
  const items: Item[] = []
  const leaves: Leaf[] = []
  let marks = 0
  let exact = true
  const add = (item: Item) => {
    items.push(item)
    if (!exact) return
    if ('kind' in item) leaves.push(item)
    else if (item.at !== undefined && text.startsWith(item.value, item.at)) marks |= lex(text, item.at, item.at + item.value.length, leaves)
    else exact = false
  }

  const one = (node: MdastNodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'table' || node.type === 'tableRow' || node.type === 'tableCell') return
    if (node.type === 'inlineCode') {
      if (start !== undefined && end !== undefined) add({ kind: INLINE_CODE, start: start + delta, end: end + delta })
    } else if ('children' in node) all(node)
    else if (node.type === 'image' || node.type === 'imageReference') {
      if (node.alt) add({ at: start === undefined ? undefined : start + 2 + delta, value: node.alt })
    } else if (node.type === 'break') {
      const at = (start ?? 0) + delta
      add({ kind: WHITE_SPACE, start: at, end: at, value: '\n' })
    } else if (node.type === 'text') {
      add({ at: start === undefined ? undefined : start + delta, value: node.value })
    }
  }

  const all = (parent: MdastParents) => {
    let previousEnd: { line: number; offset?: number } | undefined
    for (const child of parent.children as MdastNodes[]) {
      const start = child.position?.start
      if (previousEnd && start && start.line !== previousEnd.line) {
        const at = (previousEnd.offset ?? 0) + delta
        const lines = start.line - previousEnd.line
        add({ kind: WHITE_SPACE, start: at, end: at, value: lines < 2 ? '\n\n' : '\n'.repeat(lines) })
      }
      one(child)
      previousEnd = child.position?.end
    }
  }

  one(block)
  if (exact) return { text, shift: 0, leaves, marks }
  const from = (block.position?.start.offset ?? 0) + delta
  const to = (block.position?.end.offset ?? 0) + delta
  const values = layOut(items, text, from, to)
  return values === undefined ? undefined : relex(items, values, from, to - from)
}

/**
 * `text.slice(from, to)` with each placed text item written over its place and the others after
 * it; undefined if one runs over the next or out of the block.
 */
function layOut(items: readonly Item[], text: string, from: number, to: number): string | undefined {
  let values = ''
  let unplaced = ''
  let done = from
  for (const item of items) {
    if ('kind' in item) continue
    if (item.at === undefined) {
      unplaced += item.value
      continue
    }
    if (item.at < done || item.at + item.value.length > to) return undefined
    values += text.slice(done, item.at) + item.value
    done = item.at + item.value.length
  }
  return values + text.slice(done, to) + unplaced
}

/** The leaves of `items` in `values` (laid out by `layOut`, from `shift` on), the texts with no place after `unplaced`. */
function relex(items: readonly Item[], values: string, shift: number, unplaced: number): InlineLeaves {
  const leaves: Leaf[] = []
  let marks = 0
  for (const item of items) {
    if ('kind' in item) leaves.push({ ...item, start: item.start - shift, end: item.end - shift })
    else if (item.at !== undefined) marks |= lex(values, item.at - shift, item.at - shift + item.value.length, leaves)
    else {
      const first = leaves.length
      marks |= lex(values, unplaced, (unplaced += item.value.length), leaves)
      for (let i = first; i < leaves.length; i++) leaves[i].unplaced = true
    }
  }
  return { text: values, shift, leaves, marks }
}
