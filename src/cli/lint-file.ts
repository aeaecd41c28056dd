// One file: read it, lint it. The same function runs in the main thread and in worker threads.
import { lint, type LintOptions } from '../engine/index.js'
import { fingerprintOf } from '../front-end-helpers/index.js'
import { isCluetrainReport } from '../report/marker.js'
import { readText } from './files.js'
import type { FileReport } from './format.js'

export interface FileTask {
  path: string
  display: string
  maxBytes: number
  options: LintOptions
  /** Baselines, JSON and SARIF need each finding's fingerprint; the other outputs skip the work. */
  fingerprints: boolean
}

export type FileOutcome = { report: FileReport } | { skipped: string }

export function lintFile(task: FileTask): FileOutcome {
  const read = readText(task.path, task.maxBytes)
  if ('skipped' in read) return read
  if (isCluetrainReport(read.text)) return { skipped: 'an audit report Cluetrain wrote (reports are never linted)' }
  let result: ReturnType<typeof lint>
  try {
    result = lint(read.text, task.options)
  } catch (error) {
    // A bug of ours must cost one file, not the run (nor, on a worker thread, the thread).
    return { skipped: `the linter failed on it (${(error as Error).message}); please report this` }
  }
  const messages = task.fingerprints ? result.findings.map((finding) => ({ ...finding, fingerprint: fingerprintOf(read.text, finding) })) : result.findings
  return { report: { path: task.display, language: result.language, words: result.words, messages } }
}
