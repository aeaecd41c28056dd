// The engine's fast paths give exactly what the plain path gives (reference-lint.ts: micromark for
// every block, every block checked, every finding placed in the whole text and sorted): on the
// bench corpus, the labelled corpora and the real copy, as one-shot lints and in a
// session edit after edit; and, part by part, plain blocks built without micromark and blocks read
// without parse-english, parse-latin and mdast-util-to-nlcst, on generated Markdown.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDocument } from '../../scripts/bench/corpus.mjs'
import { lint, LintSession, type LintOptions } from '../../src/engine/index.js'
import { parseDocumentText } from '../../src/engine/parse/parse.js'
import type { Language } from '../../src/engine/rules/rule-data.js'
import { streamOf } from '../../src/engine/pipeline/unit-check.js'
import { corpusFiles } from '../corpus-files.js'
import { referenceLint } from './reference-lint.js'
import { checkShortcutOn } from './shortcut-check.js'

const labelled = (language: Language) => corpusFiles(`labelled/${language}`).map((file) => file.text)
// Real copy published by others (the development halves of test/corpus/real).
const real = (language: Language) => corpusFiles(`real/${language}/dev`).map((file) => file.text)

const documents: Array<[string, string]> = [
  ...(['en', 'fr'] as const).flatMap((l) => [10_000, 100_000].map((bytes): [string, string] => [`bench ${l} ${bytes / 1000} KB`, generateDocument(l, bytes)])),
  ...(['en', 'fr'] as const).flatMap((l) => labelled(l).map((text, i): [string, string] => [`labelled ${l} ${i + 1}`, text])),
  ['labelled en + fr, one document', [...labelled('en'), ...labelled('fr')].join('\n\n')],
  ...(['en', 'fr'] as const).flatMap((l) => real(l).map((text, i): [string, string] => [`real ${l} ${i + 1}`, text])),
]

const same = (actual: unknown, expected: unknown) => expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))

describe('the fast paths against the plain path', () => {
  it(`finds the same in ${documents.length} documents, as Markdown and as plain text`, () => {
    expect(documents.length).toBeGreaterThan(30)
    for (const [, text] of documents) {
      for (const format of ['markdown', 'text'] as const) {
        const fast = lint(text, { format })
        same(fast, referenceLint(text, { format }))
        // Pieces of 16 KB parsed by micromark alone.
        same(fast, new LintSession({ format }, 16_000, false).lint(text))
      }
    }
  }, 120_000)

  it('finds the same with a fixed language, another locale and other settings', () => {
    const variants: LintOptions[] = [{ language: 'fr' }, { language: 'en', locale: 'fr' }, { config: { quotes: 'skip', accept: ['leverage'], rules: { hype: 'off' } } }]
    const text = documents.find(([name]) => name.startsWith('labelled en + fr'))![1]
    for (const options of variants) same(lint(text, options), referenceLint(text, options))
  }, 60_000)

  it('finds the same in a session, edit after edit', () => {
    const starts = [generateDocument('en', 10_000), generateDocument('fr', 10_000, 3), [...labelled('en').slice(0, 3), ...labelled('fr').slice(0, 3)].join('\n\n')]
    const typed = fc.constantFrom(
      'x', ' we', ' you and your team', '\n\n', '\n\n## Our story\n\n', ' leverage synergies', ' Nous capitalisons sur nos synergies pour booster.',
      '\n\n<!-- cluetrain-disable -->\n\n', '\n\n<!-- cluetrain-enable -->\n\n', '<!-- cluetrain-disable-next-line hype -->\n', '\n\n<!-- cluetrain-language fr -->\n\n',
      '```', '\n```\n', '<!--', '-->', '!!', ' AMAZING DEAL', ' very really truly incredibly', '\n\n> We leverage\n\n', '\n\n- We leverage\n- You\n\n', '',
    )
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(80), typed)
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = starts[start]
        const session = new LintSession({ format: 'markdown' })
        same(session.lint(text), referenceLint(text))
        for (const [where, removed, inserted] of edits) {
          const at = Math.floor(where * text.length)
          text = text.slice(0, at) + inserted + text.slice(at + removed)
          same(session.lint(text), referenceLint(text))
        }
      }),
      { numRuns: 40, seed: 20261122 },
    )
  }, 120_000)

  it('re-cuts a session where the text changed, though old pieces line up with new places', () => {
    // Paragraphs of one length: after one is deleted, each old piece after it ends where another
    // old piece ended, and only the text tells them apart.
    const paragraphs = ['We leverage synergies.', 'Our world-class teams.', 'It is really seamless.', 'You can export it all.', 'Mistakes were made. OK']
    expect(new Set(paragraphs.map((p) => p.length)).size).toBe(1)
    const session = new LintSession({ format: 'markdown' })
    session.lint(paragraphs.join('\n\n'))
    for (const gone of [1, 2, 3]) {
      const text = paragraphs.filter((_, i) => i !== gone).join('\n\n')
      same(session.lint(text), referenceLint(text))
      same(session.lint(paragraphs.join('\n\n')), referenceLint(paragraphs.join('\n\n')))
    }
  })

  it('reads blocks into the same tokens without the parsers and mdast-util-to-nlcst as with them', () => {
    let compared = 0
    for (const [, text] of documents.slice(0, 12)) {
      for (const format of ['markdown', 'text'] as const) {
        for (const unit of parseDocumentText(text, format).units) {
          for (const language of ['en', 'fr'] as const) {
            same(streamOf(unit, text, language), streamOf(unit, text, language, true))
            compared++
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000)
  }, 60_000)
})

// Markdown made mostly of plain blocks, with every kind of syntax that must keep a block off the
// shortcut, and every kind of block around them that could change how they parse.
const plainWord = fc.constantFrom('We', 'leverage', 'a', 'b', 'Hello', 'world.', 'our', 'you', 'Ça', 'été', 'l’expérience', 'e-mail', '42', '100%', 'NASA', 'AMAZING', '!!', '?', ',', '(see', 'this)', '[a](b)', '[the report](https://example.com/report).', 'x:', '\u00a0', '😀')
const specialWord = fc.constantFrom(
  '*a*', '_a_', '**b**', '~~c~~', '~c~', '`x`', '\\*', '&amp;', '&#42;', 'a\\', '<i>x</i>', '<https://x.io>', 'www.a.b', 'HTTP://A.B', 'x@y.fr', '[x]', '[x][y]', '[foo]',
  '![i](j)', '[^1]', '[a](b c)', '[a](<b>)', '[ a ](b)', '[a](b "t")', 'a|b', '#', 'é#', '\t', ':x:', 'x^2', '\u0000', '\uFEFF', '$x$', '  ',
)
const word = fc.oneof({ weight: 25, arbitrary: plainWord }, { weight: 1, arbitrary: specialWord })
const letterWord = fc.constantFrom('We', 'leverage', 'Hello', 'our', 'you', 'Ça', 'été', 'l’expérience', 'NASA', 'See')
const line = fc
  .tuple(letterWord, fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', '', '  ')), { maxLength: 8 }), fc.constantFrom('', '', '', '', ' ', '  ', '\\'))
  .map(([first, rest, end]) => first + rest.map(([w, space]) => space + w).join('') + end)
const prefix = fc.constantFrom('', '', '', '', '', '- ', '- ', '## ', '# ', '###### ', '####### ', '> ', '>', '    ', '  ', '1. ', '* ', '+ ', '```', '<!-- ', '| ', '- [ ] ', '\t', ' - ', '-  ')
const block = fc.oneof(
  { weight: 4, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '### '), line).map(([h, l]) => h + l) },
  { weight: 2, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `- ${l}`).join('\n')) },
  { weight: 3, arbitrary: fc.array(fc.tuple(prefix, line), { minLength: 1, maxLength: 4 }).map((ls) => ls.map(([p, l]) => p + l).join('\n')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '```\ncode\n\nWe leverage\n```', '<pre>\n\nWe leverage\n\n</pre>', '<script>\n\nvar x\n\n</script>', '<!--\n\nWe\n\n-->', '<div>\nWe\n</div>', '| a | b |\n|---|---|\n| We | x |',
      'Title\n=====', 'Title\n---', '[foo]: /url "t"', '[^1]: A note.', '    indented code', '- item\n\n  continued', '- item\n\n      code in item', '> quote\nlazy', '***', '1. one\n2. two',
    ),
  },
)
const markdown = fc
  .tuple(
    fc.array(block, { minLength: 1, maxLength: 12 }),
    fc.array(fc.constantFrom('\n\n', '\n\n\n', '\n', '\n  \n', '\n\t\n'), { minLength: 12, maxLength: 12 }),
    fc.constantFrom('', '', '---\ntitle: We leverage\n---\n\n', '---\ntitle: x\n\ndescription: We\n---\n'),
    fc.boolean(),
  )
  .map(([blocks, gaps, frontMatter, crlf]) => {
    const text = frontMatter + blocks.map((b, i) => b + (i < blocks.length - 1 ? gaps[i] : '')).join('')
    return crlf ? text.replace(/\n/g, '\r\n') : text
  })

describe('plain blocks', () => {
  it('are the blocks micromark would make, in generated Markdown', () => {
    // The generator must reach the shortcut, not only the plain path.
    expect(checkShortcutOn(markdown, 1500, 42)).toBeGreaterThan(300)
  }, 120_000)
})

// Paragraphs dense with inline syntax: each text, inline code, image, hard break and line between
// inline nodes is laid out as mdast-util-to-nlcst lays it out.
const inlineWord = fc.oneof(
  { weight: 3, arbitrary: plainWord },
  { weight: 1, arbitrary: specialWord },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '*We leverage*', '**U.S.**', '_e.g._', '*don’t*', "l'*entreprise*", '`code`', '``a ` b``', '![We leverage synergies](x.png)', '![a *b* c](y)', '![\\*](z)', '[We *lead*](u)',
      '[x][r]', '<b>x</b>', 'a  \nb', 'a\\\nb', '*a\nb*', 'Mr.', 'Inc.', '&', '/', 'w/', "'n'", '...', '?!', '«', '»', '—', '&nbsp;', '&copy;',
    ),
  },
)
const inlineParagraph = fc
  .array(fc.tuple(inlineWord, fc.constantFrom(' ', ' ', '', '\n')), { minLength: 1, maxLength: 14 })
  .map((words) => 'We ' + words.map(([w, space]) => w + space).join(''))
const inlineMarkdown = fc
  .array(fc.tuple(fc.constantFrom('', '', '# ', '- ', '> ', '| '), inlineParagraph), { minLength: 1, maxLength: 5 })
  .map((blocks) => blocks.map(([prefix, p]) => prefix + p).join('\n\n') + '\n\n[r]: /url')

describe('blocks read without mdast-util-to-nlcst', () => {
  it('give the tokens it gives, in generated Markdown dense with inline syntax', () => {
    let units = 0
    fc.assert(
      fc.property(fc.oneof(markdown, inlineMarkdown), fc.constantFrom('en', 'fr'), (text, language: Language) => {
        for (const unit of parseDocumentText(text, 'markdown').units) {
          same(streamOf(unit, text, language), streamOf(unit, text, language, true))
          units++
        }
      }),
      { numRuns: 3000, seed: 7 },
    )
    expect(units).toBeGreaterThan(5000)
  }, 120_000)
})
