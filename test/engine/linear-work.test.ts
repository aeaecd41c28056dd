// The engine's work on a long paragraph grows with its length, not with its square: counted as it
// goes (src/engine/work.ts), never timed. parse-latin's merge steps spliced the whole paragraph
// once per merged word, so "a-b a-b …" moved n²/2 nodes; a block's lookups read every mask,
// quotation, figure, piece of evidence and exception for every word or match; a word not found
// where it was placed was looked for to the end of the document.
import { ParseLatin } from 'parse-latin'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lint, loadAllMorphology } from '../../src/engine/index.js'
import { lex, segment, type Leaf } from '../../src/engine/text/latin-segmenter.js'
import { parseDocumentText } from '../../src/engine/parse/parse.js'
import { streamOf } from '../../src/engine/pipeline/unit-check.js'
import { work } from '../../src/engine/work.js'

const paragraph = (shape: string, size: number) => shape.repeat(Math.ceil(size / shape.length)).slice(0, size)
const counted = (name: keyof typeof work, run: () => void) => {
  const before = work[name]
  run()
  return work[name] - before
}

function leafCount(text: string): number {
  const leaves: Leaf[] = []
  lex(text, 0, text.length, leaves)
  return leaves.length
}

// The shapes (1 MB) in both languages, then one shape (250 KB) for each other step that
// merges: enough for the parsers' splices to move a thousand times more.
const SHAPES: Array<[string, boolean, number]> = [
  ...['a-b ', 'a.b ', "a'b ", 'a-b. '].flatMap((shape): Array<[string, boolean, number]> => [[shape, true, 1_000_000], [shape, false, 1_000_000]]),
  ...['A.B. ', 'a. ', 'A. b. ', '1. ', 'a.) ', 'x\n\n', 'x\n \n'].map((shape): [string, boolean, number] => [shape, false, 250_000]),
  ...['Mr. ', "'tis ", 'w/ ', '&a ', 'a/b '].map((shape): [string, boolean, number] => [shape, true, 250_000]),
]

// Each of the 18 walks passes each node once, and moves it once more at most where it merges it:
// these shapes take 4 per leaf at most, the parsers' splices a third of a million.
const MOVES_PER_LEAF = 10

describe('the merge steps on a long paragraph', () => {
  for (const [shape, english, size] of SHAPES) {
    it(`move at most ${MOVES_PER_LEAF} nodes per leaf: ${size / 1000} KB of ${JSON.stringify(shape)} (${english ? 'English' : 'French'})`, () => {
      const text = paragraph(shape, size)
      let sentences: Leaf[][] = []
      const moved = counted('moved', () => (sentences = segment(text, 0, text.length, english)))
      expect(sentences.length).toBeGreaterThan(0)
      expect(moved).toBeLessThanOrEqual(MOVES_PER_LEAF * leafCount(text))
    }, 60_000)
  }
})

describe('a Markdown block with an escape or an entity', () => {
  afterEach(() => vi.restoreAllMocks())

  // Under the 50,000 characters past which a block is read as plain text. (A word with an escape
  // or an entity in it is not written as it reads, and never reported: the words here are "a-b".)
  const blocks = [paragraph('a-b. \\* ', 49_000), paragraph('a&amp;b a-b. ', 49_000), `- ${paragraph('a-b\n  ', 49_000)}`]
  for (const text of blocks) {
    it(`is split by the linear steps, not by the parser: ${JSON.stringify(text.slice(0, 12))}`, () => {
      const tokenize = vi.spyOn(ParseLatin.prototype, 'tokenize')
      const [unit] = parseDocumentText(text, 'markdown').units
      let words = 0
      const moved = counted('moved', () => (words = streamOf(unit, text, 'en').words.length))
      expect(words).toBeGreaterThan(3_000)
      expect(tokenize).not.toHaveBeenCalled()
      expect(moved).toBeLessThanOrEqual(MOVES_PER_LEAF * leafCount(text))
    }, 60_000)
  }

  it('looks for words written otherwise than they read at most four times the block, beyond a near reach', () => {
    // "w1&amp;x" reads "w1&x", written nowhere: each search once went to the end of the document.
    // (Under 50,000 characters: a longer block is read as plain text, where words are where they read.)
    const text = Array.from({ length: 3_000 }, (_, i) => `w${i}&amp;x a-b.`).join(' ') + '\n\n' + paragraph('Plain words after it. ', 200_000)
    const [unit] = parseDocumentText(text, 'markdown').units
    expect(unit.end - unit.start).toBeLessThan(50_000)
    let words = 0
    const scanned = counted('scanned', () => (words = streamOf(unit, text, 'en').words.length))
    expect(words).toBe(3_000) // each "a-b", no "w…&x"
    expect(scanned).toBeLessThanOrEqual(4 * (unit.end - unit.start) + 300 * 3_000)
  }, 60_000)
})

describe("a paragraph's lookups", () => {
  // A binary search compares about 20 spans or places in 1,000,000; a word is asked about twice
  // (its token and itself), a match a few times more.
  const COMPARED_PER_WORD = 64
  const shapes = {
    'claims and evidence': 'It dramatically improves. A study. ',
    'claims and figures': 'It dramatically improves. 5 ',
    'matches and exceptions': 'leverage ratio leverage. ',
    'URLs': 'http://x.io/a b ',
    'quotations': '"we" ',
    'links': 'It dramatically improves [x](y). ',
  }
  for (const [name, shape] of Object.entries(shapes)) {
    it(`compare at most ${COMPARED_PER_WORD} spans per word: ${name}`, () => {
      const text = paragraph(shape, 200_000)
      // Words as written, those in URLs too (a lint counts only the others).
      const words = text.match(/[\p{L}\p{N}]+/gu)!.length
      let read = 0
      const compared = counted('compared', () => (read = lint(text, { format: name === 'links' ? 'markdown' : 'text', language: 'en' }).words))
      expect(read).toBeGreaterThan(10_000)
      expect(compared).toBeLessThanOrEqual(COMPARED_PER_WORD * words)
    }, 60_000)
  }
})

describe('a paragraph too long to spread into one call', () => {
  // Each once pushed or compared its nodes as one call's arguments, past what the stack holds.
  const paragraphs = {
    'marks between two words': 'a' + '-.'.repeat(150_000) + 'b',
    'an abbreviation before 600,000 nodes': 'Mr. ' + 'b '.repeat(300_000),
    'a lower-case sentence of 600,000 nodes': 'A. ' + 'b '.repeat(300_000),
    'a sentence of 600,000 marks': 'A. ' + '- '.repeat(300_000) + '.',
  }
  for (const [name, text] of Object.entries(paragraphs)) {
    it(`is split: ${name}`, () => {
      expect(segment(text, 0, text.length, true).length).toBeGreaterThan(0)
    }, 60_000)
  }

  it('is checked: 130,000 words in capitals', async () => {
    await loadAllMorphology()
    // A word in capitals shouts only when the word list (loaded with the morphology) knows it; and
    // "TODAY", unlike a buzzword, draws no fix, so only the shouting check is measured here.
    const text = 'TODAY '.repeat(130_000)
    expect(lint(text, { format: 'text', language: 'en' }).findings.some((f) => f.ruleId.includes('shouting'))).toBe(true)
  }, 60_000)
})
