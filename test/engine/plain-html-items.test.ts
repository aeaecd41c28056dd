// HTML blocks in a list item's content after a blank line, indented by a tab or 4 spaces or more
// (a README's "\t</details>" after an item's "\t```ts … \t```"), in the plain-block shortcut
// (plain-blocks.ts `openItemContent`): lists of every marker width, nested or not, then blocks
// after blank lines that keep the item open, close it or its nested item (a line less indented),
// or open a list in it, and HTML blocks at every indent (in the item's content, past it, before
// it). The HTML nodes, values and offsets, and the prose blocks are micromark's.
import fc from 'fast-check'
import type { Html, Nodes, Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { markdownTree } from '../../src/engine/parse/parse.js'
import { checkShortcutOn } from './shortcut-check.js'

const word = fc.constantFrom('We', 'leverage', 'été', '42', '`code`', '[a](b)', '*a*', 'x')
const lineOf = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '))
// The list at the margin: its items, nested or not, the last one open at its end.
const item = fc.tuple(fc.constantFrom('- ', '* ', '1. ', '-   ', '10) ', '- a\n  - ', '- a\n  * ', '1. a\n   - ', '- a\n    - ', '  - '), lineOf).map((p) => p.join(''))
const list = fc.array(item, { minLength: 1, maxLength: 3 }).map((items) => items.join('\n'))
// An HTML block of a block tag, its first line at every indent, and the lines after it.
const htmlIndent = fc.constantFrom('\t', '\t', '    ', '     ', '      ', '       ', '        ', ' \t', '\t ', '\t\t', '  ', '   ')
const htmlLine = fc.constantFrom('</details>', '<details>', '<summary>', '<div>', '</p>', '<table>', '<b>x</b>', '<!-- c -->')
const htmlNext = fc.constantFrom('\t\t\tExample', '\t</summary>', '\t x', '  y', '    z', 'w', '\tv')
const html = fc.tuple(htmlIndent, htmlLine, fc.array(htmlNext, { maxLength: 2 })).map(([i, h, rest]) => [i + h, ...rest].join('\n'))
// Other blocks after a blank line: in the item's content or past it, less indented (closing an
// item), a nested list, fenced code at the item's indent.
const other = fc.constantFrom('\tmore text', '    more text', '  more text', ' less', 'margin', '  - nested', '\t- nested', '    * nested', '\t1. nested', '\t```ts\n\tx = 1\n\t```', '\t```\n\tx\n\t```\n\t</details>', '    code?')
const after = fc.array(fc.oneof({ weight: 3, arbitrary: html }, { weight: 2, arbitrary: other }), { minLength: 1, maxLength: 4 })
// One text in four with CRLF line endings.
export const htmlItemMarkdown = fc
  .tuple(fc.constantFrom('', '', 'Intro\n\n'), fc.array(fc.tuple(list, after), { minLength: 1, maxLength: 2 }), fc.constantFrom('', '\n\nAfter'), fc.constantFrom('\n', '\n', '\n', '\r\n'))
  .map(([before, parts, end, eol]) => (before + parts.map(([l, blocks]) => [l, ...blocks].join('\n\n')).join('\n\n') + end).replace(/\n/g, eol))

/** The HTML blocks of a tree, in the order of the text (inline HTML left out). */
function htmlNodes(tree: Root): Html[] {
  const found: Html[] = []
  const stack: Nodes[] = [tree]
  while (stack.length) {
    const node = stack.pop()!
    if (node.type === 'paragraph' || node.type === 'heading') continue
    if (node.type === 'html') found.push(node)
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i])
  }
  return found
}

describe('HTML blocks in list items after a blank line, in the plain-block shortcut', () => {
  it('builds the HTML blocks indented 4 columns or more in an item micromark builds, and leaves the others to it', () => {
    // The shortcut builds an HTML block itself in 207 of these texts (0 before it took those
    // after a blank line or right after an item's fenced code).
    expect(checkShortcutOn(htmlItemMarkdown, 1500, 3501, 'html')).toBeGreaterThan(140)
    fc.assert(
      fc.property(htmlItemMarkdown, (md) => {
        expect(JSON.stringify(htmlNodes(markdownTree(md)))).toBe(JSON.stringify(htmlNodes(markdownTree(md, false))))
      }),
      { numRuns: 1500, seed: 3503 },
    )
  }, 240_000)
})
