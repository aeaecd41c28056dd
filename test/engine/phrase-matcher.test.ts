// Patterns are inserted into the matcher depth first, without listing their word sequences. The
// matcher must behave as one built from every listed sequence: on any stream of words, the same
// matches of the same entries, in the same order (the walk's order decides ties between entries).
// Checked through PhraseMatcher's public methods only, on the bundled rules' patterns.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultRuleData } from '../../src/engine/index.js'
import { inflections } from '../../src/engine/match/inflect.js'
import { phraseKeys } from '../../src/engine/text/normalise.js'
import { PhraseMatcher, type Terminal } from '../../src/engine/match/phrase-matcher.js'
import { LANGUAGES, type Language } from '../../src/engine/rules/rule-data.js'
import { wordTokens as tokens } from './word-tokens.js'

/**
 * The word sequences a pattern stands for, listed position by position: `[a|b]` alternatives, `?`
 * optional, `*` any one word. A listed sequence is a pattern with one path, the reference.
 */
function expandPattern(pattern: string): string[][] {
  let sequences: string[][] = [[]]
  for (const token of pattern.trim().split(/\s+/)) {
    const optional = token.endsWith('?')
    const body = optional ? token.slice(0, -1) : token
    const choices = body === '*' ? [['*']] : body.startsWith('[') ? body.slice(1, -1).split('|').map(phraseKeys) : [phraseKeys(body)]
    const next: string[][] = []
    for (const sequence of sequences) {
      if (optional) next.push(sequence)
      for (const choice of choices) next.push([...sequence, ...choice])
    }
    sequences = next
  }
  return sequences
}

/** The same matcher built twice: patterns added whole, and every sequence they list added alone. */
function matchers(language: Language) {
  const direct = new PhraseMatcher(language)
  const listed = new PhraseMatcher(language)
  const sequences: string[][] = []
  defaultRuleData.rules.forEach((rule, r) => {
    if (rule.language !== language) return
    rule.entries?.forEach((entry, e) => {
      // Word-class slots (=lemma, @set, <pos>) are not sequences of words: test/engine/word-slots.test.ts.
      if (!entry.pattern || /(^|[\s[|])[=@<]/.test(entry.pattern)) return
      const inflect = entry.inflect ?? rule.inflect ?? true
      const terminal: Terminal = { role: 'match', rule: r, entry: e }
      direct.addPattern(entry.pattern, inflect, terminal)
      for (const keys of expandPattern(entry.pattern)) {
        listed.addPattern(keys.join(' '), inflect, terminal)
        sequences.push(keys)
      }
    })
  })
  return { direct, listed, sequences }
}

describe('PhraseMatcher.addPattern', () => {
  for (const language of LANGUAGES) {
    const { direct, listed, sequences } = matchers(language)
    // `*` and `*tion` stand for a word: "any" and "anytion"; the others are written as listed or
    // in an inflected form.
    const formsOf = (key: string) => (key.startsWith('*') ? [`any${key.slice(1)}`] : [key, ...inflections(key, language)])
    const words = [...new Set(sequences.flat().flatMap(formsOf))]

    it(`matches what the listed sequences match, on each sequence (${language} rules)`, () => {
      expect(sequences.length).toBeGreaterThan(1000)
      let matched = 0
      for (const keys of sequences) {
        const stream = tokens(keys.map((key) => formsOf(key)[0]))
        const found = direct.match(stream)
        expect(found).toEqual(listed.match(stream))
        if (found.some((m) => m.first === 0 && m.last === stream.length - 1)) matched++
      }
      // Each sequence is matched whole: the comparison is not between two matchers that find nothing.
      expect(matched).toBe(sequences.length)
    })

    it(`matches what the listed sequences match, on streams of their words in any form (${language} rules)`, () => {
      let found = 0
      // Listed sequences in any of their forms, run together and among other words and barriers ('').
      const sequence = fc.constantFrom(...sequences).chain((keys) => fc.tuple(...keys.map((key) => fc.constantFrom(...formsOf(key)))))
      const other = fc.constantFrom(...words, '').map((key) => [key])
      fc.assert(
        fc.property(fc.array(fc.oneof(sequence, other), { minLength: 1, maxLength: 8 }), (parts) => {
          const keys = parts.flat()
          const stream = tokens(keys)
          const matches = direct.match(stream)
          expect(matches).toEqual(listed.match(stream))
          found += matches.length
        }),
        { numRuns: 3000, seed: 14 },
      )
      // A floor, so that the comparison is not between two matchers that find nothing. It was 3,000;
      // issue #16 added long inflect: false patterns, whose inflected forms (drawn here for every
      // word) match nothing by design, and the same seed now finds 2,719.
      expect(found).toBeGreaterThan(2000)
    })
  }

  it('expands alternatives, optional words and any-word slots in order', () => {
    expect(expandPattern('we [are|remain]? the * leader')).toEqual([
      ['we', 'the', '*', 'leader'],
      ['we', 'are', 'the', '*', 'leader'],
      ['we', 'remain', 'the', '*', 'leader'],
    ])
  })
})
