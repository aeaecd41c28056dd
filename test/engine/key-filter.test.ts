// The phrase matcher skips its table of first steps for a key its Bloom filter rules out
// (match/key-filter.ts). Held here: the filter never rules out a key it was made with, it rules
// out most others, and a matcher that uses it finds what the same matcher finds without it. A
// matcher with an `any` edge at its root makes no filter (every key leads somewhere), so the
// reference is the same phrases plus "* <a word no stream has>", whose matches are dropped.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultRuleData } from '../../src/engine/index.js'
import { inflections } from '../../src/engine/match/inflect.js'
import { KeyFilter, keyHash } from '../../src/engine/match/key-filter.js'
import { PhraseMatcher, type RawMatch, type Terminal } from '../../src/engine/match/phrase-matcher.js'
import { phraseKeys } from '../../src/engine/text/normalise.js'
import { LANGUAGES, type Language } from '../../src/engine/rules/rule-data.js'
import { wordTokens as tokens } from './word-tokens.js'
import { RecentTable } from '../../src/engine/util/recent-table.js'

describe('KeyFilter', () => {
  it('never rules out a key it holds, and rules out most others', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeéèàçœ’-xyz0123456789\u{1F600}'), minLength: 1, maxLength: 12 })
    const [held, others] = fc.sample(fc.tuple(fc.uniqueArray(word, { minLength: 20_000, maxLength: 20_000 }), fc.uniqueArray(word, { minLength: 5_000, maxLength: 5_000 })), { numRuns: 1, seed: 30 })[0]
    const filter = new KeyFilter(held)
    for (const key of held) expect(filter.mayHold(keyHash(key))).toBe(true)
    const unknown = others.filter((key) => !held.includes(key))
    const passed = unknown.filter((key) => filter.mayHold(keyHash(key))).length
    expect(unknown.length).toBeGreaterThan(4000)
    // 20,000 keys in 2^17 bits with two indexes: ~5% of unknown keys pass.
    expect(passed / unknown.length).toBeLessThan(0.1)
  })
})

describe('RecentTable', () => {
  it('gives back only the value last kept for that very key, whatever shares its slot', () => {
    // A key's hash is the key's: here, few values, so that keys share slots (4096 slots: 0 and 4096 are one).
    const hashOf: Record<string, number> = { a: 0, b: 4096, ab: 1, ba: 8193, c: 0, cc: 1 }
    const op = fc.tuple(fc.constantFrom(...Object.keys(hashOf)), fc.nat(9), fc.boolean())
    let hits = 0
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const table = new RecentTable<number>()
        const model = new Map<string, number>()
        for (const [key, value, write] of ops) {
          if (write) {
            table.set(key, hashOf[key], value)
            model.set(key, value)
          } else {
            const got = table.get(key, hashOf[key])
            if (got !== undefined) {
              hits++
              expect(got).toBe(model.get(key))
            }
          }
        }
      }),
      { numRuns: 2000, seed: 30 },
    )
    expect(hits).toBeGreaterThan(500)
  })
})

const NEVER = 'zzqqzzqqzz'
const reference: Terminal = { role: 'match', rule: -99, entry: -1 }

/** The bundled rules' phrases and patterns (word-class slots aside) in one matcher with its filter, and in one without. */
function matchers(language: Language) {
  const filtered = new PhraseMatcher(language)
  const unfiltered = new PhraseMatcher(language)
  const keys: string[] = []
  /** Each phrase's keys, and each pattern's first alternatives (optional words kept). */
  const sequences: string[][] = []
  defaultRuleData.rules.forEach((rule, r) => {
    if (rule.language !== language) return
    rule.entries?.forEach((entry, e) => {
      const inflect = entry.inflect ?? rule.inflect ?? true
      const terminal: Terminal = { role: 'match', rule: r, entry: e }
      for (const phrase of [entry.phrase, ...(entry.phrases ?? [])]) {
        if (phrase === undefined) continue
        filtered.addPhrase(phrase, inflect, terminal)
        unfiltered.addPhrase(phrase, inflect, terminal)
        keys.push(...phraseKeys(phrase))
        sequences.push(phraseKeys(phrase))
      }
      if (entry.pattern && !/(^|[\s[|])[=@<]/.test(entry.pattern)) {
        filtered.addPattern(entry.pattern, inflect, terminal)
        unfiltered.addPattern(entry.pattern, inflect, terminal)
        keys.push(...entry.pattern.split(/[\s[\]|?]+/).filter(Boolean).flatMap(phraseKeys))
        sequences.push(entry.pattern.trim().split(/\s+/).flatMap((slot) => phraseKeys(slot.replace(/\?$/, '').replace(/^\[([^|\]]*).*$/, '$1'))))
      }
    })
  })
  unfiltered.addPattern(`* ${NEVER}`, false, reference)
  return { filtered, unfiltered, keys: [...new Set(keys)], sequences }
}

describe('PhraseMatcher with its key filter', () => {
  for (const language of LANGUAGES) {
    it(`finds what the same matcher finds without it (${language} rules)`, () => {
      const { filtered, unfiltered, keys, sequences } = matchers(language)
      // The rules' words in any form, suffix slots written out ("*ation": "abcation"), their phrases and patterns whole, and words no rule has.
      const formsOf = (key: string) => (key.startsWith('*') ? [`abc${key.slice(1)}`] : [key, ...inflections(key, language)])
      const forms = [...new Set(keys.flatMap(formsOf))]
      const sequence = fc.constantFrom(...sequences).chain((keys) => fc.tuple(...keys.map((key) => fc.constantFrom(...formsOf(key)))))
      const other = fc.string({ unit: fc.constantFrom(...'aeinorstuéè'), minLength: 1, maxLength: 9 })
      let found = 0
      fc.assert(
        fc.property(fc.array(fc.oneof(sequence, fc.constantFrom(...forms, '').map((key) => [key]), other.map((word) => [word])), { minLength: 1, maxLength: 6 }), (parts) => {
          const stream = tokens(parts.flat())
          const matches = filtered.match(stream)
          expect(matches).toEqual(unfiltered.match(stream).filter((m: RawMatch) => m.rule !== reference.rule))
          found += matches.length
        }),
        { numRuns: 4000, seed: 30 },
      )
      // Not two matchers that find nothing.
      expect(found).toBeGreaterThan(1000)
    })
  }
})
