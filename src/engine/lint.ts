// lint(text, options) → findings. Text in, findings out: no file system, no editor.
import { PIECE_SIZE } from './pieces.js'
import { LintSession, type LintOptions, type LintResult } from './session.js'

export type { LintOptions, LintResult } from './session.js'

export function lint(text: string, options: LintOptions = {}): LintResult {
  // One-shot: large pieces parse fastest; an editor's session cuts at every block instead.
  return new LintSession(options, PIECE_SIZE).lint(text)
}
