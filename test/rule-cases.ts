// The two tables of a rule-family test (issue #16): sentences in which a rule must flag a phrase,
// and sentences in which it must flag nothing (the literal, plain or sourced use). Five test files
// wrote the same morphology load, filter and two `it.each` blocks: they share them from here.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../src/engine/index.js'

type Language = 'en' | 'fr'

/** What `rule` flags in `text`, read as `language`: the flagged phrases. */
export function flaggedBy(language: Language, text: string, rule: string): string[] {
  return lint(text, { language }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)
}

function loadOnce(language: Language): void {
  beforeAll(async () => {
    await loadMorphology(language) // once per process: a second call returns at once
  })
}

/** One test per case: `rule` flags `actual` in `text`. `title` names the table ("flags the stock phrase"). */
export function itFlags(language: Language, title: string, cases: readonly (readonly [text: string, rule: string, actual: string])[]): void {
  loadOnce(language)
  it.each(cases)(`${title}: %s`, (text, rule, actual) => {
    expect(flaggedBy(language, text, rule)).toContain(actual)
  })
}

/** One test per case: `rule` flags nothing in `text`. */
export function itLeavesAlone(language: Language, title: string, cases: readonly (readonly [text: string, rule: string])[]): void {
  loadOnce(language)
  it.each(cases)(`${title}: %s`, (text, rule) => {
    expect(flaggedBy(language, text, rule)).toEqual([])
  })
}
