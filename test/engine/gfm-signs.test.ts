// parse.ts hands micromark a text without GFM's extensions when it has none of GFM's signs (a
// pipe, a ":" by a "-", "~", "[^", a task's "[ ]", "www", "http", "@", "&"): the tree must be the one
// micromark gives with GFM, on generated Markdown dense with CommonMark syntax and the near-misses
// of GFM's, and on every block of the test corpora. A sign missing from the list fails these.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { everyCorpusMarkdownPath } from '../corpus-files.js'
import { lint } from '../../src/engine/index.js'
import { micromarkTree } from '../../src/engine/parse/parse.js'
import { work } from '../../src/engine/work.js'

const withGfm = unified().use(remarkParse).use(remarkGfm).freeze()
const GFM_SIGNS = /[|~@&]|:-|-:|\[[\s^xX]|www|http/i

// Words, CommonMark's syntax, and pieces of GFM's signs that are not one alone ("ww", "htt", "[",
// ":", "-", "^", "x]"), which the gaps between them may join into one.
const piece = fc.constantFrom(
  'We', 'leverage', 'a', 'x', 'X', 'é', '42', 'a.b', 'b.co', 'ww', 'w', 'w.', 'Ww', 'htt', 'p', 'p:', 's://', 'tp', 'mailto:', 'xmpp:', 'a', '.com', '/', '//',
  '[', ']', '[a]', '[a](b)', '[a][b]', '[b]: /u', '![i](j)', '^', '[x', 'x]', '[X', '(', ')', '!', '\\', '\\[', '\\]', '\\^', '\\-', ':', '-', '--', '---', '=', '==',
  '*', '**', '_', '__', '`', '``', '`a`', '#', '# ', '> ', '- ', '* ', '+ ', '1. ', '2) ', '    ', '  ', '\t', '<b>', '</b>', '<!-- c -->', '<div>', '<', '>', '"', "'", ';',
)
// And, now and then, a sign in a form GFM reads: each must keep its text off the parse without GFM.
const sign = fc.constantFrom(
  'a | b', '| a |', '\n| - |', '\n:-', '\n-:', 'a\n:-:\n', '~~d~~', '~e~', '[^1]', '\n\n[^1]: note', '\n- [ ] task', '\n- [x] done', '\n* [X] done', '\n- [\t] tab',
  'www.a.b', 'WWW.a.b', 'https://a.b', 'HTTP://a.b/c', 'a@b.co', 'mailto:a@b.co', 'a&#64;b.co', '&#119;ww.a.b', 'ht&#116;p://a.b', '&amp;',
)
const gap = fc.constantFrom(' ', ' ', '', '\n', '\n\n', '\n  ', '\n    ', '\n- ', '\n1. ', '\n> ', '\n:', '\n-', '\n---\n', '\n===\n', '\n```\n', '\n~~~\n')
const markdown = fc
  .array(fc.tuple(fc.oneof({ weight: 40, arbitrary: piece }, { weight: 1, arbitrary: sign }), gap), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.map(([p, g]) => p + g).join(''))

const same = (text: string) => expect(JSON.stringify(micromarkTree(text)), JSON.stringify(text)).toBe(JSON.stringify(withGfm.parse(text)))

describe('micromark without GFM on texts without its signs', () => {
  it('gives the tree micromark gives with GFM, on generated Markdown', () => {
    let compared = 0
    fc.assert(
      fc.property(markdown, (text) => {
        same(text)
        if (!GFM_SIGNS.test(text)) compared++
      }),
      { numRuns: 1500, seed: 26 },
    )
    // Half the generated texts have no sign (704 of 1,500): those are parsed without GFM.
    expect(compared).toBeGreaterThan(500)
  })

  it('gives the tree micromark gives with GFM, on every block of the test corpora', () => {
    const files = everyCorpusMarkdownPath()
    let compared = 0
    for (const file of files) {
      for (const block of readFileSync(file, 'utf8').split(/\n[ \t]*\n/)) {
        if (GFM_SIGNS.test(block)) continue
        same(block)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(1000)
  })

  it('is what lint() parses such blocks with; a block with a sign is parsed with GFM', () => {
    // An ordered list whose next number changes its delimiter, setext headings and indented code:
    // blocks the plain-block shortcut leaves to micromark.
    const withoutSigns = '1. We leverage synergies.\n2) We empower teams.\n\nOur vision\n==========\n\n    code\n'
    const before = { gfm: work.gfmParses, commonmark: work.commonmarkParses }
    lint(withoutSigns, { format: 'markdown' })
    expect(work.gfmParses - before.gfm).toBe(0)
    expect(work.commonmarkParses - before.commonmark).toBe(2)
    lint(`${withoutSigns}\n1. A table:\n\n   a | b\n   --|--\n   1 | 2\n`, { format: 'markdown' })
    expect(work.gfmParses - before.gfm).toBe(1)
  })
})
