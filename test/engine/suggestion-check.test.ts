// The build's suggestion check (scripts/check-suggestions.mjs): the bundled rules pass it, and a
// suggestion another rule flags fails it, named by rule file, entry, suggestion and rule.
import { describe, expect, it } from 'vitest'
import { flaggedSuggestions } from '../../scripts/check-suggestions.mjs'
import { defaultRuleData, type RuleSetData } from '../../src/engine/index.js'

/** The bundled rules with one entry's suggestions changed. */
function withSuggestions(language: string, id: string, phrase: string, suggest: string[]): RuleSetData {
  const rules = defaultRuleData.rules.map((rule) =>
    rule.language === language && rule.id === id
      ? { ...rule, entries: rule.entries?.map((e) => (e.phrase === phrase || e.phrases?.includes(phrase) ? { ...e, suggest } : e)) }
      : rule,
  )
  return { ...defaultRuleData, rules }
}

describe('the suggestion check', () => {
  it('passes the bundled rules', () => {
    expect(flaggedSuggestions(defaultRuleData)).toEqual([])
  }, 120_000)

  it('names the rule file, the entry, the suggestion and the rule that flags it', () => {
    const problems = flaggedSuggestions(withSuggestions('fr', 'cliches', 'client au cœur', ['à l’écoute de nos clients']))
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^rules\/fr\/cliches\.yaml:\d+: entry “client au cœur”: suggestion “à l’écoute de nos clients” is flagged by cliches \(“à l’écoute de nos clients”\) on its own$/)
    // Where the fix puts it in the rule's bad example.
    expect(problems[1]).toContain('in “Nous plaçons le à l’écoute de nos clients de nos préoccupations.” (an example of fr/cliches)')
  }, 120_000)

  it('finds a suggestion flagged only in the sentence a fix makes', () => {
    // "de qualité" is fine alone, but "un service haut de gamme" fixed reads "un service de qualité", a cliché.
    const problems = flaggedSuggestions(withSuggestions('fr', 'hype', 'haut de gamme', ['soigné', 'de qualité']))
    expect(problems).toEqual([expect.stringMatching(/^rules\/fr\/hype\.yaml:\d+: entry “haut de gamme”: suggestion “de qualité” is flagged by cliches \(“un service de qualité”\) in “Leader du marché/)])
  }, 120_000)
})
