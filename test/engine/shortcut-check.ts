// Holds a Markdown text's prose blocks with the plain-block shortcut to those micromark builds, and
// says whether the shortcut took any block (so that a generator is seen to reach it).
import fc from 'fast-check'
import { expect } from 'vitest'
import { markdownTree, parseDocumentText } from '../../src/engine/parse/parse.js'
import { parseWithPlainBlocks } from '../../src/engine/parse/plain-blocks.js'

function checkShortcut(text: string): boolean {
  expect(JSON.stringify(parseDocumentText(text, 'markdown', true))).toBe(JSON.stringify(parseDocumentText(text, 'markdown', false)))
  let handed: string | undefined
  parseWithPlainBlocks(text, (compact) => ((handed = compact), markdownTree(compact, false)))
  return handed !== text
}

/** Checks `runs` generated texts: how many the shortcut took a block of. */
export function checkShortcutOn(texts: fc.Arbitrary<string>, runs: number, seed: number): number {
  let took = 0
  fc.assert(
    fc.property(texts, (text) => {
      if (checkShortcut(text)) took++
    }),
    { numRuns: runs, seed },
  )
  return took
}
