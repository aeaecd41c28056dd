// Holds a Markdown text's prose blocks with the plain-block shortcut to those micromark builds, and
// says whether the shortcut took any block (so that a generator is seen to reach it).
import fc from 'fast-check'
import type { Root } from 'mdast'
import { expect } from 'vitest'
import { markdownTree, parseDocumentText } from '../../src/engine/parse/parse.js'
import { parseWithPlainBlocks } from '../../src/engine/parse/plain-blocks.js'

/** Whether the shortcut took a block of `text` or, with `nodeType`, built a node of that type itself. */
function checkShortcut(text: string, nodeType: string | undefined): boolean {
  expect(JSON.stringify(parseDocumentText(text, 'markdown', true))).toBe(JSON.stringify(parseDocumentText(text, 'markdown', false)))
  let handed: string | undefined
  const tree = parseWithPlainBlocks(text, (compact) => ((handed = compact), markdownTree(compact, false)))
  if (!nodeType) return handed !== text
  // Those micromark built are in the tree of what it was handed; the placeholders hold none.
  return countOf(tree, nodeType) > (handed === undefined ? 0 : countOf(markdownTree(handed, false), nodeType))
}

function countOf(tree: Root | undefined, nodeType: string): number {
  let count = 0
  const stack: object[] = tree ? [tree] : []
  while (stack.length) {
    const node = stack.pop() as { type: string; children?: object[] }
    if (node.type === nodeType) count++
    if (node.children) stack.push(...node.children)
  }
  return count
}

/** Checks `runs` generated texts: how many the shortcut took a block of (or built a `nodeType` node of). */
export function checkShortcutOn(texts: fc.Arbitrary<string>, runs: number, seed: number, nodeType?: string): number {
  let took = 0
  fc.assert(
    fc.property(texts, (text) => {
      if (checkShortcut(text, nodeType)) took++
    }),
    { numRuns: runs, seed },
  )
  return took
}
