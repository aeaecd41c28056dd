// Link labels in the plain-block shortcut (plain-inline.ts): labels over two or more lines
// ("[let me\nknow](u)"), in paragraphs, list items, quotes and headings, with emphasis, code,
// escapes and breaks across the line ending, references full, collapsed and shortcut; and what
// looks like an autolink literal inside a label (text: GFM's transform skips links), next to the
// same outside one. The shortcut's prose blocks are micromark's, nodes and offsets included.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkShortcutOn } from './shortcut-check.js'

const word = fc.constantFrom('We', 'leverage', 'synergies', 'été', '42', 'a.b', 'x', '`code`', '*a*', '**b**', '_c_', '\\*', 'a@b.co', 'www.a.b', 'https://a.b/c', 'a_b@c.de', '_a@b.co_', '*www.a.b*', '#', '<b>', '[x]', ']')
// What joins a label's words: a space, a line ending, and the next line's indent, quote marker or
// list marker (a line ending in a label never ends its paragraph; a marker there does).
const joint = fc.constantFrom(' ', ' ', '\n', '\n', '\n  ', '\n> ', '\n- ', '  \n', '\\\n', '\n\n', ' \n')
const labelOf = fc.tuple(word, fc.array(fc.tuple(joint, word), { maxLength: 3 })).map(([first, rest]) => first + rest.map(([j, w]) => j + w).join(''))
const target = fc.constantFrom('(u)', '(https://x.io/a_b)', '(mailto:a@b.co)', '[r]', '[]', '', '[R\nr]', '(u "t")')
const link = fc.tuple(labelOf, target).map(([label, t]) => `[${label}]${t}`)
const text = fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: link }), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '))
const block = fc.tuple(fc.constantFrom('', '', '', '- ', '1. ', '> ', '# ', '  '), text, fc.array(fc.tuple(fc.constantFrom('\n', '\n  ', '\n> '), text), { maxLength: 2 })).map(([prefix, first, rest]) => prefix + first + rest.map(([j, t]) => j + t).join(''))
const labelsMarkdown = fc.tuple(fc.array(block, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '\n\n[r]: https://x.io', '\n\n[a\nb]: u')).map(([blocks, definitions]) => blocks.join('\n\n') + definitions)

describe('link labels in the plain-block shortcut', () => {
  it('builds the links of labels over lines, and with literals in them, as micromark does, and leaves the others to it', () => {
    // The shortcut builds a link itself in 128 of these texts (84 on main, where a label over lines or with a literal handed its block to micromark).
    expect(checkShortcutOn(labelsMarkdown, 1500, 2411, 'link')).toBeGreaterThan(100)
  }, 240_000)
})
