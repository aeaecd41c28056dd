// The nodes mdast-util-to-nlcst hands to the parser for a Markdown block, laid out as it lays them
// out (each text lexed alone, inline code as a source node, a line ending between inline nodes on
// different lines, a hard break, an image's alternative text), without its tree and positions:
// latin-segmenter.ts then splits them into sentences as the parser does.
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast'
import { lex, SOURCE, WHITE_SPACE, type Leaf } from './latin-segmenter.js'

/**
 * The leaves of `block` and the marks `lex` saw, with offsets in `text` (a node's offset plus
 * `delta`), or undefined when a text or an alternative text is not written as it reads (an
 * escape, an entity): then only the tree can place its words.
 */
export function inlineLeaves(block: MdastParents, text: string, delta: number): { leaves: Leaf[]; marks: number } | undefined {
  const leaves: Leaf[] = []
  let marks = 0
  let exact = true

  const lexed = (value: string, at: number) => {
    if (!text.startsWith(value, at)) exact = false
    else marks |= lex(text, at, at + value.length, leaves)
  }

  const one = (node: MdastNodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'table' || node.type === 'tableRow' || node.type === 'tableCell') return
    if (node.type === 'inlineCode') {
      if (start !== undefined && end !== undefined) leaves.push({ kind: SOURCE, start: start + delta, end: end + delta })
    } else if ('children' in node) all(node)
    else if (node.type === 'image' || node.type === 'imageReference') {
      if (node.alt) {
        if (start === undefined) exact = false
        else lexed(node.alt, start + 2 + delta)
      }
    } else if (node.type === 'break') {
      if (start === undefined) exact = false
      else leaves.push({ kind: WHITE_SPACE, start: start + delta, end: start + delta, value: '\n' })
    } else if (node.type === 'text') {
      if (start === undefined) exact = false
      else lexed(node.value, start + delta)
    }
  }

  const all = (parent: MdastParents) => {
    let previousEnd: { line: number; offset?: number } | undefined
    for (const child of parent.children as MdastNodes[]) {
      const start = child.position?.start
      if (previousEnd && start && start.line !== previousEnd.line) {
        const at = (previousEnd.offset ?? 0) + delta
        const lines = start.line - previousEnd.line
        leaves.push({ kind: WHITE_SPACE, start: at, end: at, value: lines < 2 ? '\n\n' : '\n'.repeat(lines) })
      }
      one(child)
      previousEnd = child.position?.end
    }
  }

  one(block)
  return exact ? { leaves, marks } : undefined
}
