// Startup (issue #17): a language's rules are compiled when a block of that language is first
// checked. Counted, not timed: the phrases added to each language's matcher.
import { describe, expect, it, vi } from 'vitest'
import { compileRules, lint, type EngineConfig } from '../../src/engine/index.js'
import { PhraseMatcher } from '../../src/engine/match/phrase-matcher.js'
import type { Language } from '../../src/engine/rules/rule-data.js'

/** Phrases and patterns added to the matchers of each language while `work` runs. */
function phrasesAdded(work: () => void): Record<Language, number> {
  const added = { en: 0, fr: 0 }
  const count = (matcher: PhraseMatcher) => added[matcher.language]++
  const phrase = PhraseMatcher.prototype.addPhrase
  const pattern = PhraseMatcher.prototype.addPattern
  vi.spyOn(PhraseMatcher.prototype, 'addPhrase').mockImplementation(function (this: PhraseMatcher, ...args) {
    count(this)
    return phrase.apply(this, args)
  })
  vi.spyOn(PhraseMatcher.prototype, 'addPattern').mockImplementation(function (this: PhraseMatcher, ...args) {
    count(this)
    return pattern.apply(this, args)
  })
  try {
    work()
  } finally {
    vi.restoreAllMocks()
  }
  return added
}

// Each test its own config: compiled rule sets are cached by config.
const freshConfig = (word: string): EngineConfig => ({ accept: [word] })

describe('rules compiled by language, on first use', () => {
  it('linting English copy compiles no French rule', () => {
    const config = freshConfig('Nimbus')
    const added = phrasesAdded(() => {
      expect(lint('We leverage synergies to empower our customers.\n', { config }).findings.map((f) => f.ruleId)).toContain('buzzwords')
    })
    expect(added.fr).toBe(0)
    expect(added.en).toBeGreaterThan(500)
    expect([...compileRules(config).compiledLanguages]).toEqual(['en'])
  })

  it('compiles French when a French block comes, once, with the same findings as compiled up front', () => {
    const config = freshConfig('Zéphyr')
    const text = 'We leverage synergies.\n\nNous allons booster la transformation digitale de nos clients.\n'
    let findings: unknown
    const added = phrasesAdded(() => {
      findings = lint(text, { config }).findings
      lint(text, { config })
    })
    expect(added.en).toBeGreaterThan(500)
    expect(added.fr).toBeGreaterThan(500)
    const once = phrasesAdded(() => lint(text, { config }))
    expect(once).toEqual({ en: 0, fr: 0 })

    // Both languages compiled before the first lint: the same findings.
    const eager = freshConfig('Aquilon')
    const both = compileRules(eager)
    void both.byLanguage.fr
    void both.byLanguage.en
    const upFront = lint(text, { config: eager }).findings.map(({ ruleId, offset, endOffset, expected }) => ({ ruleId, offset, endOffset, expected }))
    expect((findings as Array<{ ruleId: string; offset: number; endOffset: number; expected: string[] }>).map(({ ruleId, offset, endOffset, expected }) => ({ ruleId, offset, endOffset, expected }))).toEqual(upFront)
  })

  it('keeps the rule indexes of both languages whichever is compiled first', () => {
    const config = freshConfig('Boréal')
    const compiled = compileRules(config)
    const { checks } = compiled.byLanguage.fr
    for (const index of checks) expect(compiled.rules[index].data.language).toBe('fr')
    expect(compiled.rules.every((rule) => (rule.data.language === 'fr') === (rule.compiled !== undefined))).toBe(true)
  })
})
