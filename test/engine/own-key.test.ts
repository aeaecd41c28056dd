// tokens.ts skips keyedParts's table for a word of ASCII letters and digits, its own one part, keyed
// in small letters (asciiKeyOf): the token it makes must be the one keyedParts would give, for
// every word asciiKeyOf takes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keyedParts } from '../../src/engine/text/normalise.js'
import { asciiKeyOf } from '../../src/engine/text/tokens.js'
import { corpusFiles } from '../corpus-files.js'

const asOwnPart = (word: string, key: string) => [{ text: word, start: 0, key }]

// Characters next to the ones it takes: capitals, accents, marks keyedParts splits at or drops,
// what foldWord changes (fullwidth, ligatures, invisible characters, look-alike Cyrillic).
const CHARACTERS = [...'abcxyz0189', ...'AZÉéèçœæ', ...".-‐‑'’ʼ‘`_/", '\u00AD', '\u200B', 'ａ', 'а', 'ο']

describe('asciiKeyOf', () => {
  it('takes a word only when keyedParts gives it back as its one part and key', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 8 }).map((c) => c.join('')), (word) => {
        const key = asciiKeyOf(word)
        if (key !== undefined) expect(keyedParts(word)).toEqual(asOwnPart(word, key))
      }),
      { numRuns: 20_000 },
    )
  })

  it('agrees with keyedParts on every word of the development corpora, and takes most of them', () => {
    const words = corpusFiles('labelled/en').flatMap((file) => file.text.match(/[\p{L}\p{N}'’.-]+/gu) ?? [])
    const taken = words.filter((word) => asciiKeyOf(word) !== undefined)
    for (const word of taken) expect(keyedParts(word)).toEqual(asOwnPart(word, asciiKeyOf(word)!))
    expect(taken.length).toBeGreaterThan(words.length / 2)
  })

  it('refuses what keyedParts splits, drops or folds', () => {
    for (const word of ['', 'best-in-class', "don't", 'l’', '360.', 'café', 'ｗord', 'wоrd', 'soft\u00ADware', 'Word_', 'A`B']) expect(asciiKeyOf(word)).toBe(undefined)
  })

  it('takes words of capitals, small letters and digits', () => {
    expect(['word', 'Word', 'GitHub', 'HTTP2', '360'].map(asciiKeyOf)).toEqual(['word', 'word', 'github', 'http2', '360'])
  })
})
