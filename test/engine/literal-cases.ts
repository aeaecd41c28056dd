// What the tests of literal senses share (issue #15): both languages' morphology loaded once, the
// words a rule flags in a sentence, and the two checks every mechanism gets, the plain sense left
// alone and copy still flagged.
import { beforeAll, expect, it } from 'vitest'
import { defaultRuleData } from '../../src/engine/generated/rules.js'
import { lint, loadMorphology } from '../../src/engine/index.js'
import type { RuleData } from '../../src/engine/kinds/index.js'
import type { DomainData } from '../../src/engine/match/domains.js'
import type { EntryData } from '../../src/engine/rules/rule-data.js'

export type Case = readonly [text: string, language: 'en' | 'fr', rule: string]
export type CopyCase = readonly [text: string, language: 'en' | 'fr', rule: string, word: string]

/** Loads both languages' data before the file's tests: seconds on a loaded machine, more than the default 10 s hook. */
export function loadBothMorphologies(): void {
  beforeAll(async () => {
    await loadMorphology('en')
    await loadMorphology('fr')
  }, 60_000)
}

export const flaggedBy = (text: string, language: 'en' | 'fr', rule: string) => lint(text, { language }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

/** Each case's sentence gets no finding of its rule. */
export function leavesAlone(title: string, cases: readonly Case[]): void {
  it.each(cases)(title, (text, language, rule) => {
    expect(flaggedBy(text, language, rule)).toEqual([])
  })
}

/** Each case's rule still flags its word. */
export function stillFlags(title: string, cases: readonly CopyCase[]): void {
  it.each(cases)(title, (text, language, rule, word) => {
    expect(flaggedBy(text, language, rule)).toContain(word)
  })
}

/** Rule data of one English existence rule, `probe`, with these entries (and domains), to lint a mechanism alone. */
export function probeRuleData(entries: EntryData[], domains?: DomainData) {
  const rule = {
    id: 'probe', language: 'en', family: 'F2', theses: [23], kind: 'existence', severity: 'warning',
    message: { en: '{actual}', fr: '{actual}' }, why: { en: 'Why.', fr: 'Pourquoi.' }, sources: ['test'], examples: { bad: [], good: [] },
    entries,
  } as RuleData
  return { families: defaultRuleData.families, rules: [rule], ...(domains && { domains: { en: domains } }) }
}
