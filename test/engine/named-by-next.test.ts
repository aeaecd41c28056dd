// The shouting rule's test of a thing named after a word in capitals ("the NOTICE file"): a lookup
// of the word after the run (kinds/shouting-context.ts, session 28), held to the regular
// expression it replaced, on generated texts dense with the cases where they could part: marks
// before the space, kinds of white space, "text"/"environment"/"storage" between, nouns run on
// into other word characters, accents, digits and underscores after them.
import { describe, expect, it } from 'vitest'
import { namedByNextPattern } from '../../src/engine/kinds/shouting-context.js'

/** The expression the rule used before (session 27), the reference. */
function reference(nouns: readonly string[]): RegExp {
  if (nouns.length === 0) return /(?!)/
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const alternatives = [...nouns].sort((a, b) => b.length - a.length).map((noun) => escape(noun).replace(/ /g, '\\s+'))
  return new RegExp(`^(?:["”’']|\\*\\*|__)?\\s+(?:text\\s+|environment\\s+|storage\\s+)?(?:${alternatives.join('|')})\\b`, 'u')
}

// A small deterministic generator (mulberry32): the same texts on every run.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const MARKS = ['', '', '"', '”', '’', "'", '**', '__', '*', '_', '“', '(']
const SPACES = ['', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', ' \n ']
const BETWEEN = ['', '', 'text', 'environment', 'storage', 'Text', 'texts', 'text_', 'storage-']
const WORDS = ['file', 'files', 'filesystem', 'File', 'key', 'keys', 'key1', 'key_', 'plan', 'status code', 'status  code', 'données', 'e-mail', 'x', '', 'text', 'mode']
const TAILS = ['', ' ', '.', ',', 'é', 'ü', '_', '1', 'a', 'A', '-', '’s', "'s", ' of', '\u00a0x']

describe('namedByNextPattern', () => {
  const nounLists = [
    ['file', 'files', 'key', 'keys', 'plan', 'mode', 'text'],
    ['file', 'status code', 'données', 'e-mail', 'key1', 'c++'],
    ['données'],
    [],
  ]
  it('says what the expression it replaced says, on 20,000 generated texts per noun list (268 of them named with the first list)', () => {
    for (const nouns of nounLists) {
      const next = random(nouns.length + 17)
      const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]
      const expected = reference(nouns)
      const tested = namedByNextPattern(nouns)
      let named = 0
      for (let n = 0; n < 20_000; n++) {
        const between = pick(BETWEEN)
        const text = pick(MARKS) + pick(SPACES) + (between ? between + pick(SPACES) : '') + pick(WORDS) + pick(TAILS) + pick(TAILS)
        const want = expected.test(text)
        if (tested.test(text) !== want) expect({ nouns, text, named: !want }).toEqual({ nouns, text, named: want })
        if (want) named++
      }
      // Each list but the empty one names something in a good share of the texts.
      if (nouns.length) expect(named).toBeGreaterThan(100)
      else expect(named).toBe(0)
    }
  })

  it('reads the cases one by one', () => {
    const named = namedByNextPattern(['file', 'variable', 'status code'])
    expect(named.test(' file to edit')).toBe(true)
    expect(named.test('** file')).toBe(true)
    expect(named.test(' environment variable')).toBe(true)
    expect(named.test(' status  code')).toBe(true)
    expect(named.test(' files')).toBe(false)
    expect(named.test(' file_name')).toBe(false)
    expect(named.test(' fileé')).toBe(true) // \b is ASCII's: é ends the word, as it did
    expect(named.test('file')).toBe(false)
    expect(named.test('* file')).toBe(false)
    expect(named.test(' text-file')).toBe(false)
  })
})
