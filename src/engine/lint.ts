// lint(text, options) → findings. Text in, findings out: no file system, no editor.
import { LintSession, type LintOptions, type LintResult } from './session.js'

export type { LintOptions, LintResult } from './session.js'

/** Pieces this large parse fastest in one go; a session for an editor cuts finer. */
const ONE_SHOT_PIECE = 16_000

export function lint(text: string, options: LintOptions = {}): LintResult {
  return new LintSession(options, ONE_SHOT_PIECE).lint(text)
}
