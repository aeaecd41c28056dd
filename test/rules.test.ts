// Every rule's examples and phrases (test/rule-examples.ts), and the bundled rule set as a whole.
// The shouting rules are checked with the word lists loaded, in rules-shouting.test.ts, and the
// rules with part-of-speech slots with the morphology data, in rules-word-classes.test.ts.
import { describe, expect, it } from 'vitest'
import { defaultRuleData } from '../src/engine/index.js'
import { describeRules, needsWordLists, usesWordClasses } from './rule-examples.js'

describeRules(defaultRuleData.rules.filter((rule) => !needsWordLists(rule) && !usesWordClasses(rule)))

describe('the bundled rule set', () => {
  const count = (language: string) =>
    defaultRuleData.rules.filter((r) => r.language === language && ['F1', 'F2', 'F10', 'F11'].includes(r.family)).reduce((n, r) => n + (r.entries?.length ?? 0), 0)

  it('has at least 200 entries in each language', () => {
    expect(count('en')).toBeGreaterThanOrEqual(200)
    expect(count('fr')).toBeGreaterThanOrEqual(200)
  })

  it('covers F1, F2, F10 and F12 in both languages and F11 in French', () => {
    const families = (language: string) => new Set(defaultRuleData.rules.filter((r) => r.language === language).map((r) => r.family))
    for (const f of ['F1', 'F2', 'F10', 'F12']) {
      expect(families('en')).toContain(f)
      expect(families('fr')).toContain(f)
    }
    expect(families('fr')).toContain('F11')
  })
})
