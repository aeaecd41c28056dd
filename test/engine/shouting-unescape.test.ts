// Markdown's backslash escapes resolved for the shouting rule's contexts (kinds/shouting-document.ts),
// with the offsets both ways: the findings are placed back in the original through `toOld`.
import { describe, expect, it } from 'vitest'
import { unescapeMarkdown } from '../../src/engine/kinds/shouting-document.js'

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'

function randomText(seed: number, length: number): string {
  let x = seed
  const next = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x)
  const alphabet = ['\\', '\\', 'a', 'B', ' ', '\n', 'é', '\\\\', ...PUNCTUATION.slice(0, 12)]
  let text = ''
  while (text.length < length) text += alphabet[next() % alphabet.length]
  return text
}

describe('unescapeMarkdown', () => {
  it('leaves text without an escape alone', () => {
    expect(unescapeMarkdown('engine (SPICE) and KEY_VALUE')).toBeUndefined()
  })

  it('drops the backslash of each escape and maps every offset both ways', () => {
    const source = 'engine \\(SPICE\\) and KEY\\_VALUE \\a'
    const u = unescapeMarkdown(source)!
    expect(u.text).toBe('engine (SPICE) and KEY_VALUE \\a')
    const spice = u.text.indexOf('SPICE')
    // An end maps back after its last character, not after the escape that follows it.
    expect(source.slice(u.toOld[spice], u.toOld[spice + 4] + 1)).toBe('SPICE')
    expect(u.toNew[source.indexOf('SPICE')]).toBe(spice)
    // The backslash maps to where the character it escapes now stands.
    expect(u.toNew[source.indexOf('\\(')]).toBe(u.text.indexOf('('))
  })

  it('reads an escaped backslash as one backslash, which escapes nothing after it (CommonMark)', () => {
    expect(unescapeMarkdown('a \\\\*b*')!.text).toBe('a \\*b*')
  })

  it('agrees with a plain replace on random text dense with backslashes, and its maps invert', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const source = randomText(seed, 5 + (seed % 120))
      const expected = source.replace(/\\([!-/:-@[-`{-~])/g, '$1')
      const u = unescapeMarkdown(source)
      if (expected === source) {
        expect(u).toBeUndefined()
        continue
      }
      expect(u!.text).toBe(expected)
      expect(u!.toOld.length).toBe(expected.length + 1)
      for (let n = 0; n < expected.length; n++) {
        expect(source[u!.toOld[n]]).toBe(expected[n])
        expect(u!.toNew[u!.toOld[n]]).toBe(n)
      }
      expect(u!.toNew[source.length]).toBe(expected.length)
    }
  })
})
