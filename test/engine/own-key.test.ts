// tokens.ts skips keyedParts's table for a word that is its own one part and key (isOwnKey): the
// token it makes must be the one keyedParts would give, for every word isOwnKey takes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { keyedParts } from '../../src/engine/text/normalise.js'
import { isOwnKey } from '../../src/engine/text/tokens.js'
import { corpusFiles } from '../corpus-files.js'

const asOwnKey = (word: string) => [{ text: word, start: 0, key: word }]

// Characters next to the ones it takes: capitals, accents, marks keyedParts splits at or drops,
// what foldWord changes (fullwidth, ligatures, invisible characters, look-alike Cyrillic).
const CHARACTERS = [...'abcxyz0189', ...'AZÉéèçœæ', ...".-‐‑'’ʼ‘`_/", '\u00AD', '\u200B', 'ａ', 'а', 'ο']

describe('isOwnKey', () => {
  it('takes a word only when keyedParts gives it back as its one part and key', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 8 }).map((c) => c.join('')), (word) => {
        if (isOwnKey(word)) expect(keyedParts(word)).toEqual(asOwnKey(word))
      }),
      { numRuns: 20_000 },
    )
  })

  it('agrees with keyedParts on every word of the development corpora, and takes most of them', () => {
    const words = corpusFiles('labelled/en').flatMap((file) => file.text.match(/[\p{L}\p{N}'’.-]+/gu) ?? [])
    const taken = words.filter(isOwnKey)
    for (const word of taken) expect(keyedParts(word)).toEqual(asOwnKey(word))
    expect(taken.length).toBeGreaterThan(words.length / 2)
  })

  it('refuses what keyedParts splits, drops or folds', () => {
    for (const word of ['', 'Word', 'best-in-class', "don't", 'l’', '360.', 'café', 'ｗord', 'wоrd', 'soft\u00ADware']) expect(isOwnKey(word)).toBe(false)
  })
})
