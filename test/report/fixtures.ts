// Report inputs from the real engine: small English and French texts with known findings.
import { lint, type Finding, type Language } from '../../src/engine/index.js'
import type { ReportFileInput } from '../../src/report/index.js'

export const EN = 'We leverage synergies to empower our best-in-class solutions.'
export const FR = 'Nous plaçons le client au cœur de notre transformation digitale pour booster la croissance.'
export const REPEATS = 'We leverage this. We leverage that. Leverage it.'
export const CLEAN = Array.from({ length: 30 }, () => 'We fix bikes in a small shop on Mill Street, and you can watch.').join(' ')

export function input(path: string, text: string, language: Language): ReportFileInput {
  const result = lint(text, { language })
  return { path, language: result.language, words: result.words, findings: result.findings }
}

/** a: 8 words, 4 warnings (score 20); b and c: 3 warnings each (40, tie); d: clean, 420 words. */
export function sampleFiles(): ReportFileInput[] {
  return [input('en/a.md', EN, 'en'), input('fr/b.md', FR, 'fr'), input('en/c.md', REPEATS, 'en'), input('en/d.md', CLEAN, 'en')]
}

/** A real finding with other text: for hostile content and for counts no text would give. */
export function withActual(finding: Finding, actual: string, message = finding.message): Finding {
  return { ...finding, actual, message }
}
