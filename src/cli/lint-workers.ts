// The CLI's lint threads (`--jobs N`): N − 1 worker threads and the main thread, each taking the
// next file when it is free. Imported by parallel.ts only when a run uses threads.
import type { ResourceLimits } from 'node:worker_threads'
import { loadAllMorphology } from '../engine/index.js'
import { inOrderAlongside } from '../node/in-order-alongside.js'
import { WorkerPool } from '../node/worker-pool.js'
import { lintFile, type FileOutcome, type FileTask } from './lint-file.js'

// Under vitest the CLI runs from src/*.ts; workers always run the built JavaScript.
const WORKER_URL = import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url)

/**
 * Files a worker holds, sent and not yet answered. The main thread sends the next ones only between
 * two of its own files, so a worker must have enough to go on meanwhile.
 */
const SLOTS_PER_WORKER = 4

/**
 * A worker's young generation. The editor's threads keep a small one (8 MB, worker-thread.ts); a
 * CLI run has one worker on 2 cores, where 32 MB took the 2,000 README files from 12.1 to 11.2 s of
 * CPU (medians of 4, 308 → 265 MB peak; V8's default: 11.4 s, 277 MB; docs/performance.md).
 */
const CLI_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 32 }

/**
 * Lint threads that outlive one run: each thread loads the engine and compiles the rules once, and
 * its compiled code stays warm for the next run (the tests, a long-lived caller).
 */
export class LintWorkers {
  private readonly pool: WorkerPool<FileTask, FileOutcome>

  /** `size`: worker threads besides the main thread. */
  constructor(readonly size: number) {
    // Where no thread can run, the main thread lints them too.
    this.pool = new WorkerPool({ script: WORKER_URL, size, inFlight: SLOTS_PER_WORKER, resourceLimits: CLI_WORKER_LIMITS, runHere: lintFile })
  }

  /**
   * The files' outcomes in their order, linted by the workers and by `here` (the main thread) at
   * once. One run at a time. A file whose thread died on it is skipped with the reason; the run goes on.
   */
  async *lintAll(tasks: readonly FileTask[], here: (task: FileTask) => FileOutcome = lintFile): AsyncGenerator<FileOutcome> {
    // The findings depend on the morphology data (parallel.ts): the workers read every language's
    // before their first file (worker.ts), so this thread must too, or a file's findings depend on
    // the thread that took it. The bench's parallel row, which drives the pool directly, counted
    // 80,488 findings on one thread and 80,492 here whenever a French file fell to this thread
    // (sessions 31, 33, 34). Free where the caller read them already (lintAll in parallel.ts).
    await loadAllMorphology()
    yield* inOrderAlongside(tasks, { threadSlots: SLOTS_PER_WORKER * this.size, here, send: (task) => this.pool.run(task).catch(threadDied) })
  }

  close(): Promise<unknown> {
    return this.pool.dispose()
  }
}

/** A file the lint thread died on (out of memory, a crash of ours) costs that file, not the run. */
function threadDied(error: Error): FileOutcome {
  return { skipped: `the lint thread stopped on it (${error.message}); please report this` }
}
