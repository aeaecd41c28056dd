// The CLI's pool of lint threads (`--jobs N`), imported by parallel.ts only when a run uses threads.
import { inOrder, WorkerPool } from '../node/worker-pool.js'
import { lintFile, type FileOutcome, type FileTask } from './lint-file.js'

// Under vitest the CLI runs from src/*.ts; workers always run the built JavaScript.
const WORKER_URL = import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url)

/** Files sent to a thread before it answers: the next is there when it finishes (see PoolOptions). */
const IN_FLIGHT = 2
/**
 * How far the workers may run ahead of the file printed next. Outcomes finished out of order wait
 * in memory; one slow file must not let the rest of a large audit pile up behind it.
 */
const AHEAD_PER_WORKER = 16

/**
 * A pool of lint threads that outlives one run: each thread loads the engine and compiles the rules
 * once, and its compiled code stays warm for the next run (the benchmark, a long-lived caller).
 */
export class LintWorkers {
  private readonly pool: WorkerPool<FileTask, FileOutcome>

  constructor(readonly size: number) {
    // Where no thread can run, the main thread lints.
    this.pool = new WorkerPool({ script: WORKER_URL, size, inFlight: IN_FLIGHT, runHere: lintFile })
  }

  /** One run at a time. A file whose thread died on it is skipped with the reason; the run goes on. */
  lintAll(tasks: readonly FileTask[]): AsyncGenerator<FileOutcome> {
    return inOrder(tasks, AHEAD_PER_WORKER * this.size, (task, signal) => this.pool.run(task, signal).catch((error: Error) => threadDied(error, signal)))
  }

  close(): Promise<unknown> {
    return this.pool.dispose()
  }
}

/** A file the lint thread died on (out of memory, a crash of ours) costs that file, not the run. */
function threadDied(error: Error, signal: AbortSignal): FileOutcome {
  if (signal.aborted) throw error
  return { skipped: `the lint thread stopped on it (${error.message}); please report this` }
}
