// latin-segmenter.ts splits text as parse-english and parse-latin do, without their tree: the token
// streams built both ways must be the same, JSON for JSON, on real copy and on generated text made
// of what the parsers' merge steps react to (abbreviations, initialisms, elisions, slashes,
// ampersands, hyphens, runs of marks, line breaks, surrogates).
import fc from 'fast-check'
import { ParseEnglish } from 'parse-english'
import { ParseLatin } from 'parse-latin'
import { describe, expect, it } from 'vitest'
import { generateDocument } from '../../scripts/bench/corpus.mjs'
import { parseDocumentText } from '../../src/engine/parse/parse.js'
import { tokenize, tokenizeText } from '../../src/engine/text/tokens.js'
import { streamOf } from '../../src/engine/pipeline/unit-check.js'
import { corpusFiles } from '../corpus-files.js'

const english = new ParseEnglish()
const latin = new ParseLatin()

/** The stream through the parser's tree (the reference) and split directly, for `text.slice(from, to)`. */
function bothWays(text: string, isEnglish: boolean, from = 0, to = text.length): [string, string] {
  const tree = (isEnglish ? english : latin).parse(text.slice(from, to))
  return [JSON.stringify(tokenizeText(text, from, to, isEnglish)), JSON.stringify(tokenize(tree, text, from, to))]
}

// Copy written for measurement, and real copy published by others (the development halves).
const corpora = ['labelled/en', 'labelled/fr', 'real/en/dev', 'real/fr/dev'].flatMap((folder) => corpusFiles(folder).map((file) => file.text))
const copy = [
  ...(['en', 'fr'] as const).flatMap((l) => [10_000, 100_000].map((bytes) => generateDocument(l, bytes))),
  ...corpora,
]

const WORDS = ['we', 'We', 'you', 'U', 'S', 'e', 'g', 'i', 'Mr', 'mr', 'Mrs', 'Dr', 'etc', 'Inc', 'inc', 'vs', 'cf', 'w', 'W', 'o', 'ol', 'n', 'tis', 'em', 'er', 'cause', '99', '3', '1999', '12', 'l', 'd', 'qu', 'aujourd', 'hui', 'É', 'é', 'cœur', 'iPhone', 'a', 'B', 'x',
  'U.S', 'U.S.', 'e.g', 'i.e.', 'a.m', 'A.B.C', '1.2', '1.B', "don't", "l'", 'd’', 'rock-solid', 'and/or', 'w/o', 'No.', 'St.']
const MARKS = ['.', '..', '...', '…', '!', '?', '?!', '‽', ',', ';', ':', "'", '’', '"', '“', '”', '«', '»', '(', ')', '[', '-', '--', '—', '–', '/', '//', '&', '@', '=', '_', '__', '·', '\u00AD', '\u2010', '%', '€', '$', '+', '#', '*', '😀', '\uD83D', '\uDE00', '‐']
const SPACES = [' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u00A0', '\u202F', ' \n \n ']
const fragment = fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 4 }, { arbitrary: fc.constantFrom(...MARKS), weight: 3 }, { arbitrary: fc.constantFrom(...SPACES), weight: 3 })
const generated = fc.array(fragment, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''))

// Dense with what the merge steps merge and with runs of it, so that merges chain and each step
// resumes where another merged: words joined by hyphens, full stops, apostrophes, slashes and
// ampersands, initialisms, abbreviations, digits, closing marks and line breaks.
const SHORT_WORDS = ['a', 'b', 'A', 'B', 'x', 'U', 'S', 'e', 'g', 'Mr', 'mr', 'Dr', 'etc', 'Inc', 'cf', 'w', 'o', 'ol', 'n', 'tis', 'em', '99', '3', '12', 'l', 'd', 'aujourd', 'hui', 'É', 'é']
const JOINING_MARKS = ['-', '.', "'", '’', '/', '&', '..', '!', '?', ',', ';', ')', ']', '»', '”', '"', '(', ':', '_', '·', '‐', '—', '%', '.)']
const BREAKS = [' ', ' ', ' ', ' ', '\n', '\n\n', '\r\n\r\n', ' \n \n ', '\r\r', '\u00A0']
const dense = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...SHORT_WORDS), weight: 5 }, { arbitrary: fc.constantFrom(...JOINING_MARKS), weight: 5 }, { arbitrary: fc.constantFrom(...BREAKS), weight: 2 }), { minLength: 1, maxLength: 160 })
  .map((parts) => parts.join(''))
// The shapes that made the parsers' steps quadratic, repeated, with a few others between them.
const SHAPES = ['a-b ', 'a.b ', "a'b ", 'a-b. ', 'a.b. ', 'A.B. ', 'a/b ', '&a ', 'Mr. ', 'a. ', '1. ', 'a.) ', "'tis ", 'w/ ', 'x\n\n', 'A. b. ', 'e.g. ', '. ', '-', 'a', "rock 'n' roll ", "'n'", " o' ", '’em ']
const repeated = fc.array(fc.tuple(fc.constantFrom(...SHAPES), fc.integer({ min: 1, max: 30 })), { minLength: 1, maxLength: 6 }).map((runs) => runs.map(([shape, n]) => shape.repeat(n)).join(''))

// Markdown whose texts are not written as they read (escapes, entities, a list item's indented
// lines) or have no place (GFM's literal autolinks split a text into nodes without positions),
// among the same merges.
const INLINE = ['\\-', '\\.', '\\*', "\\'", '&amp;', '&#45;', '&nbsp;', '&rsquo;', '&hellip;', 'www.a.b', 'é#www.a.b', 'é#', 'http://x.io/a', '*&*', "*'*", '*.*', 'x@y.fr', '*a-b*', '_e.g._', '`c`', '[a](u)', '![a\\-b](i)', '<b>', '  \n', '\\\n', '\n  ', '\n']
const markdownPart = fc.oneof({ arbitrary: fc.constantFrom(...SHORT_WORDS, ...SHAPES), weight: 4 }, { arbitrary: fc.constantFrom(...JOINING_MARKS), weight: 2 }, { arbitrary: fc.constantFrom(...INLINE), weight: 3 }, { arbitrary: fc.constant(' '), weight: 2 })
const markdownBlock = fc.tuple(fc.constantFrom('', '', '- ', '> ', '# '), fc.array(markdownPart, { minLength: 1, maxLength: 50 })).map(([prefix, parts]) => prefix + 'We ' + parts.join(''))
const markdown = fc.array(markdownBlock, { minLength: 1, maxLength: 3 }).map((blocks) => blocks.join('\n\n'))

describe('splitting text as parse-english and parse-latin do', () => {
  it('is ported from the parsers with the steps it reproduces', () => {
    // A parser version with another step must be ported again (the properties below would fail too).
    expect(ParseLatin.prototype.tokenizeSentencePlugins).toHaveLength(6)
    expect(ParseLatin.prototype.tokenizeParagraphPlugins).toHaveLength(12)
    expect(ParseEnglish.prototype.tokenizeSentencePlugins).toHaveLength(7)
    expect(ParseEnglish.prototype.tokenizeParagraphPlugins).toHaveLength(13)
  })

  it('gives the same tokens on the bench, labelled and real copy, block by block and whole', () => {
    expect(copy.length).toBeGreaterThan(30)
    let blocks = 0
    for (const text of copy) {
      const pieces = text.length <= 20_000 ? [text, ...text.split(/\n\s*\n/)] : text.split(/\n\s*\n/)
      for (const piece of pieces) {
        for (const isEnglish of [true, false]) {
          const [direct, reference] = bothWays(piece, isEnglish)
          expect(direct, piece.slice(0, 200)).toBe(reference)
        }
        blocks++
      }
    }
    expect(blocks).toBeGreaterThan(1000)
  }, 120_000)

  for (const [name, isEnglish] of [['English', true], ['French', false]] as const) {
    it(`gives the same tokens on generated text (${name})`, () => {
      fc.assert(
        fc.property(generated, (text) => {
          const [direct, reference] = bothWays(text, isEnglish)
          expect(direct).toBe(reference)
        }),
        { numRuns: 4000 },
      )
    }, 120_000)
  }

  for (const [name, isEnglish] of [['English', true], ['French', false]] as const) {
    it(`gives the same tokens on generated text dense with what the steps merge (${name})`, () => {
      fc.assert(
        fc.property(fc.oneof(dense, repeated), (text) => {
          const [direct, reference] = bothWays(text, isEnglish)
          expect(direct).toBe(reference)
        }),
        { numRuns: 3000 },
      )
    }, 120_000)
  }

  it('gives the same tokens as mdast-util-to-nlcst and the parsers on Markdown written otherwise than it reads', () => {
    fc.assert(
      fc.property(markdown, fc.boolean(), (text, isEnglish) => {
        for (const unit of parseDocumentText(text, 'markdown').units) {
          const language = isEnglish ? 'en' : 'fr'
          expect(JSON.stringify(streamOf(unit, text, language))).toBe(JSON.stringify(streamOf(unit, text, language, true)))
        }
      }),
      // A full stop and an ampersand put before a word with no place ("a" after "www.a.b" found
      // by GFM's autolink literal): the word keeps having none.
      { numRuns: 2000, examples: [['We é#www.a.b*&*.*a*www.a.b', false], ['We é#www.a.b*&*.*a*www.a.b', true]] },
    )
  }, 120_000)

  it('places the tokens of a range of a longer text', () => {
    fc.assert(
      fc.property(generated, generated, generated, fc.boolean(), (before, text, after, isEnglish) => {
        const whole = before + text + after
        const [direct, reference] = bothWays(whole, isEnglish, before.length, before.length + text.length)
        expect(direct).toBe(reference)
      }),
      { numRuns: 1000 },
    )
  })

  it('keeps the quirks the parsers have', () => {
    const words = (text: string, isEnglish = true) => tokenizeText(text, 0, text.length, isEnglish).words.map((w) => w.text)
    const sentences = (text: string, isEnglish = true) => tokenizeText(text, 0, text.length, isEnglish).sentences.length
    expect(words('The U.S. team, e.g. ours.')).toEqual(['The', 'U.S.', 'team', 'e.g.', 'ours'])
    expect(words("l’entreprise d'aujourd'hui", false)).toEqual(['l’entreprise', "d'aujourd'hui"])
    expect(words("rock 'n' roll w/ friends")).toEqual(['rock', "'n'", 'roll', 'w/', 'friends'])
    expect(sentences('Mr. Smith met us. He left.')).toBe(2)
    expect(sentences('We ship. then we talk.')).toBe(1)
    expect(sentences('One line\n\nanother line')).toBe(2)
  })
})
