// One large file linted by two threads at once: the main thread lints its first part while a
// worker lints the rest as a document of its own and lends its pieces (engine/pipeline/
// lent-pieces.ts); then the main thread lints the whole text, reusing its own pieces and the lent
// ones wherever they are what one lint of the whole would make (same text, same definitions
// declared, same languages), so that what the document as a whole decides (languages, definitions,
// sections, the ratio and density rules, directives) is decided over all of it and the findings
// are the same as on one thread. On 2 cores and a quiet machine, the 1 MB README corpus: see
// docs/performance.md, "Session 31: the whole process on one large file".
import { statSync } from 'node:fs'
import { lint, LintSession, loadAllMorphology, splitPoint, type LentPiece, type LintOptions } from '../engine/index.js'
import { readFileText, reportOf, type FileOutcome, type FileTask } from './lint-file.js'

/** The second part of a file, for a worker to lint and lend. */
export interface PartTask {
  part: true
  text: string
  options: LintOptions
}

/**
 * From this size a single file is split between the main thread and a worker (unless `--jobs 1`).
 * A worker starts in about 0.1 s and then lints code it has not yet run (each thread warms its own
 * code): below this, its share does not pay for that.
 */
export const SPLIT_FROM_BYTES = 400_000

/**
 * The worker's share of the text. It starts later than the main thread (the thread, the bundle,
 * the rule and morphology data), and the main thread ends with the lint of the whole (about 40 ms
 * when it reuses every piece).
 */
const WORKER_SHARE = 0.42

/** Whether `task`'s file is large enough to split between two threads. */
export function worthSplitting(task: Pick<FileTask, 'path'>): boolean {
  return (statSync(task.path, { throwIfNoEntry: false })?.size ?? 0) >= SPLIT_FROM_BYTES
}

/** The worker's side: the part linted as a document, its pieces lent. */
export function lendPieces(task: PartTask): LentPiece[] {
  const session = new LintSession(task.options)
  session.lint(task.text)
  return session.lentPieces()
}

/** The main thread's side: the file's report, with a worker linting its second part meanwhile. */
export async function lintSplit(task: FileTask): Promise<FileOutcome> {
  const read = readFileText(task)
  if ('skipped' in read) return read
  const { text } = read
  // Findings depend on the morphology data (fixes, parts of speech): both threads read them all.
  const [{ partWorker }] = await Promise.all([import('./lint-workers.js'), loadAllMorphology()])
  const at = splitPoint(text, task.options.format ?? 'markdown', 1 - WORKER_SHARE)
  if (!at) return reportOf(task, text, () => lint(text, task.options))
  const worker = partWorker()
  // A worker that cannot start or fails lends nothing: the main thread then lints it all.
  const lent = worker.run({ part: true, text: text.slice(at), options: task.options }).catch(() => undefined)
  const session = new LintSession(task.options)
  let failed = false
  try {
    session.lint(text.slice(0, at))
  } catch {
    failed = true
  }
  const pieces = await lent
  void worker.dispose()
  return reportOf(task, text, () => (failed ? lint(text, task.options) : session.lint(text, pieces)))
}
