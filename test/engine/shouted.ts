// What the shouting rule flags (issue #16): six shouting test files wrote this same filter and
// morphology load; they share it from here. The word lists tell words from names, so the tests load
// them first (shouting-without-data.test.ts tests the engine without them and keeps its own).
import { beforeAll } from 'vitest'
import { lint, loadAllMorphology, type LintOptions } from '../../src/engine/index.js'

/** The phrases `shouting` flags in `text` (Markdown unless `options` says otherwise). */
export function shouted(text: string, options: LintOptions): string[] {
  return lint(text, { format: 'markdown', ...options })
    .findings.filter((f) => f.ruleId === 'shouting')
    .map((f) => f.actual)
}

export const en = (text: string, format?: LintOptions['format']): string[] => shouted(text, { language: 'en', ...(format && { format }) })
export const fr = (text: string, format?: LintOptions['format']): string[] => shouted(text, { language: 'fr', ...(format && { format }) })

/** Loads both languages' word lists before the file's tests. */
export function loadWordLists(): void {
  // Loading the word lists takes seconds on a loaded machine: a guard against hangs, not a measure.
  beforeAll(async () => {
    await loadAllMorphology()
  }, 120_000)
}
