import { describe, expect, it } from 'vitest'
import { lint, scoreOf } from '../../src/engine/index.js'
import { testRules } from '../fixtures/rule-set.js'

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ')

describe('human-voice score', () => {
  it('is 100 for clean copy', () => {
    const result = lint(`We fix bikes. ${words(50)}`, { ruleData: testRules, language: 'en' })
    expect(scoreOf(result.findings, result.words)).toEqual({ score: 100, words: 53, costs: [] })
  })

  it('charges each finding by severity, per 100 words, at least 100 words', () => {
    const short = lint('We leverage it.', { ruleData: testRules, language: 'en' })
    expect(scoreOf(short.findings, short.words)).toEqual({ score: 80, words: 3, costs: [{ ruleId: 'buzz', count: 1, points: 20 }] })
    const long = lint(`We leverage it and we are the leading vendor of it. ${words(989)}`, { ruleData: testRules, language: 'en' })
    expect(long.words).toBe(1000)
    expect(scoreOf(long.findings, long.words)).toEqual({
      score: 95,
      words: 1000,
      costs: [
        { ruleId: 'brag', count: 1, points: 3 },
        { ruleId: 'buzz', count: 1, points: 2 },
      ],
    })
  })

  it('never goes below 0', () => {
    const result = lint('Leverage leverage leverage leverage leverage leverage.', { ruleData: testRules, language: 'en' })
    expect(scoreOf(result.findings, result.words).score).toBe(0)
  })
})
