import { expect } from 'vitest'
import { lint, type LintOptions } from '../src/engine/index.js'
import { testRules } from './fixtures/rule-set.js'

/** Findings as readable strings, "line:col-line:col rule “actual”", after checking every range. */
export function check(text: string, options: LintOptions = {}): string[] {
  const { findings } = lint(text, { ruleData: testRules, ...options })
  for (const f of findings) expect(text.slice(f.offset, f.endOffset)).toBe(f.actual)
  return findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId} “${f.actual}”`)
}

export function actuals(text: string, options: LintOptions = {}): string[] {
  return lint(text, { ruleData: testRules, ...options }).findings.map((f) => f.actual)
}
