// The shouting rule answers 'none' without its table for an ASCII word with no capital, or with a
// small letter and no apostrophe (isPlainlyNotCapitals, kinds/shouting.ts): that must be what
// readCapitals answers for the word, in English and in French (whose elided articles it cuts).
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadAllMorphology } from '../../src/engine/index.js'
import { isPlainlyNotCapitals, readCapitals, type ShoutingSettings } from '../../src/engine/kinds/shouting.js'
import { namedByNextPattern } from '../../src/engine/kinds/shouting-context.js'

const settings = (language: 'en' | 'fr'): ShoutingSettings => ({ acronyms: new Set(['OK']), minLength: 3, language, letterCase: new Set(), placeholders: new Set(), namedByNext: namedByNextPattern([]) })

// Capitals and small letters, the apostrophes and "S" that elision and "'S" cutting read, and what is not ASCII.
const CHARACTERS = [...'aAsSlLdDxXtT09', "'", '’', '_', '.', 'É', 'é']

beforeAll(async () => {
  await loadAllMorphology()
}, 120_000)

describe('isPlainlyNotCapitals', () => {
  for (const language of ['en', 'fr'] as const) {
    it(`takes a word only when readCapitals says 'none' (${language})`, () => {
      let taken = 0
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 8 }).map((c) => c.join('')), (word) => {
          if (!isPlainlyNotCapitals(word)) return
          taken++
          expect(readCapitals(word, settings(language))).toBe('none')
        }),
        { numRuns: 20_000, seed: 30 },
      )
      expect(taken).toBeGreaterThan(1000)
    })
  }

  it('takes words with a capital and a small letter, not capitals or an elided article', () => {
    expect(['The', 'GitHub', 'word', 'x2'].map(isPlainlyNotCapitals)).toEqual([true, true, true, true])
    expect(['NOTE', "l'INSEE", "d'UNIX", "API's", 'ÉTÉ', 'Été'].map(isPlainlyNotCapitals)).toEqual([false, false, false, false, false, false])
  })
})
