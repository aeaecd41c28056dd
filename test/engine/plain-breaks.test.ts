// Hard line breaks in the plain-block shortcut (plain-breaks.ts): on generated paragraphs, list
// items, quotes and headings dense with line endings after spaces, backslashes, both or neither,
// inside emphasis, links, code spans and escapes, with CRLF and indented or quoted next lines, the
// shortcut's prose blocks are micromark's, nodes and offsets included.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkShortcutOn } from './shortcut-check.js'

const word = fc.constantFrom('We', 'leverage', 'synergies', 'été', '42', 'a.b', '(see', 'this)', '—', ':', 'x', '`code`', '`a  \nb`', '[a](b)', '*a*', '**b**', '_c_', '\\*', '\\\\', '<b>', 'www.a.b', '![i](j)', '[a  \nb](c)', '*a  \nb*', '**a\\\nb**')
// What ends a line: nothing, one space, two or more, a backslash, an escaped backslash, a CRLF, and
// what starts the next: an indent, a quote's marker, a list marker, a heading.
const lineEnd = fc.constantFrom('  \n', '  \n', '   \n', '\\\n', '\\\n', ' \n', '\n', '\\\\\n', ' \\\n', '\\  \n', '  \r\n', '\\\r\n', '  \n  ', '  \n    ', '  \n> ', '\\\n> ', '  \n- ', '  \n# ', '\t\n', '  \n\\', '     \n')
const lineOf = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '))
const paragraph = fc.tuple(lineOf, fc.array(fc.tuple(lineEnd, lineOf), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '', '', ' ', '  ', '\\')).map(([first, rest, end]) => first + rest.map(([e, l]) => e + l).join('') + end)
const block = fc.tuple(fc.constantFrom('', '', '', '- ', '* ', '1. ', '> ', '# ', '  '), paragraph).map(([prefix, p]) => prefix + p)
const breaksMarkdown = fc.array(block, { minLength: 1, maxLength: 3 }).map((blocks) => blocks.join('\n\n'))

describe('hard breaks in the plain-block shortcut', () => {
  it('builds the hard breaks micromark builds, and leaves the others to it', () => {
    // Every text has line endings after spaces or backslashes: the shortcut must build breaks itself.
    // 370 (0 when every hard break handed its block to micromark).
    expect(checkShortcutOn(breaksMarkdown, 1500, 151, 'break')).toBeGreaterThan(200)
  }, 240_000)
})
