// Generated from the rule data: every rule's bad examples fire, its good examples stay clean,
// and every phrase it lists is found when written on its own (no entry silently never matches).
import { describe, expect, it } from 'vitest'
import { defaultRuleData, lint, type RuleData } from '../src/engine/index.js'

const findingsOf = (rule: RuleData, text: string) => {
  const { findings } = lint(text, { language: rule.language })
  for (const f of findings) expect(text.slice(f.offset, f.endOffset)).toBe(f.actual)
  return findings.filter((f) => f.ruleId === rule.id)
}

describe.each(defaultRuleData.rules.map((r) => [`${r.language}/${r.id}`, r] as const))('%s', (_, rule) => {
  it.each(rule.examples.bad)('flags the bad example: %s', (example) => {
    expect(findingsOf(rule, example)).not.toEqual([])
  })

  it.each(rule.examples.good)('leaves the good example alone: %s', (example) => {
    expect(findingsOf(rule, example).map((f) => f.actual)).toEqual([])
  })

  it('finds every phrase it lists', () => {
    const phrases = (rule.entries ?? []).flatMap((e) => e.phrases ?? (e.phrase ? [e.phrase] : []))
    // A density rule judges words that pile up: write the phrase as often as it needs.
    const sample = (phrase: string) => (rule.kind === 'density' ? Array(rule.minCount ?? 2).fill(phrase).join(', ') : phrase)
    const missed = phrases.filter((phrase) => findingsOf(rule, `${sample(phrase)}.`).length === 0)
    expect(missed).toEqual([])
  })

  it('names a known family and explains itself in both languages', () => {
    expect(defaultRuleData.families[rule.family]).toBeDefined()
    expect(rule.why.en.length).toBeGreaterThan(20)
    expect(rule.why.fr.length).toBeGreaterThan(20)
  })
})

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
