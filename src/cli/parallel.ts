// Lints many files on worker threads and yields the outcomes in the files' order as soon as they
// are ready. One thread, or a single file, runs in the main thread instead.
import { Worker } from 'node:worker_threads'
import { lintFile, type FileOutcome, type FileTask } from './lint-file.js'

// Under vitest the CLI runs from src/*.ts; workers always run the built JavaScript.
const WORKER_URL = import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url)

/**
 * Files sent to a worker before it answers: the next one is already there when it finishes, so it
 * never waits for the main thread (which, on a busy machine, may wait for a core).
 */
const IN_FLIGHT = 2
/**
 * How far the workers may run ahead of the file printed next. Outcomes finished out of order wait
 * in memory; one slow file must not let the rest of a large audit pile up behind it.
 */
const AHEAD_PER_WORKER = 16
/**
 * Each thread is a V8 heap of its own, and V8 sizes a heap's nursery for a whole process. A
 * smaller one per thread keeps 2,000 files on 2 threads near 260 MB of memory instead of 320-410 MB,
 * for about 5% more time (docs/performance.md).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 }

export async function* lintAll(tasks: readonly FileTask[], jobs: number): AsyncGenerator<FileOutcome> {
  if (jobs <= 1 || tasks.length < 2) {
    for (const task of tasks) yield lintFile(task)
    return
  }
  const workers = new LintWorkers(Math.min(jobs, tasks.length))
  try {
    yield* workers.lintAll(tasks)
  } finally {
    await workers.close()
  }
}

/**
 * A pool of lint threads that outlives one run: each thread loads the engine and compiles the rules
 * once, and its compiled code stays warm for the next run (the benchmark, a long-lived caller).
 */
export class LintWorkers {
  private readonly workers: Worker[]
  private broken: Error | undefined

  /** Starts the threads at once: each loads the engine while the others do. */
  constructor(readonly size: number) {
    this.workers = Array.from({ length: size }, () =>
      new Worker(WORKER_URL, { resourceLimits: WORKER_LIMITS }).on('error', (error) => (this.broken ??= error)).on('exit', (code) => (this.broken ??= new Error(`a lint thread stopped (exit code ${code})`))),
    )
  }

  /**
   * One run at a time. A run stopped early (break, throw) waits for the files in flight, so the
   * pool can run again; after a thread fails, close the pool.
   */
  async *lintAll(tasks: readonly FileTask[]): AsyncGenerator<FileOutcome> {
    if (this.broken) throw this.broken
    const outcomes = new Map<number, FileOutcome>()
    const busy = new Map<Worker, number>()
    let inFlight = 0
    let wake: (() => void) | undefined
    let failure: Error | undefined
    let next = 0
    let yielded = 0
    const limit = () => Math.min(tasks.length, yielded + AHEAD_PER_WORKER * this.workers.length)
    const feed = (worker: Worker) => {
      while (next < limit() && (busy.get(worker) ?? 0) < IN_FLIGHT) {
        busy.set(worker, (busy.get(worker) ?? 0) + 1)
        inFlight++
        worker.postMessage({ id: next, task: tasks[next++] })
      }
    }
    const onMessage = (worker: Worker) => ({ id, outcome }: { id: number; outcome: FileOutcome }) => {
      busy.set(worker, busy.get(worker)! - 1)
      inFlight--
      outcomes.set(id, outcome)
      feed(worker)
      wake?.()
    }
    const onError = (error: Error) => {
      failure = error
      wake?.()
    }
    const onExit = (code: number) => onError(new Error(`a lint thread stopped (exit code ${code})`))
    const listeners = this.workers.map((worker) => ({ worker, message: onMessage(worker) }))
    for (const { worker, message } of listeners) {
      worker.on('message', message).on('error', onError).on('exit', onExit)
      feed(worker)
    }
    try {
      for (; yielded < tasks.length; yielded++) {
        while (!outcomes.has(yielded)) {
          if (failure) throw failure
          await new Promise<void>((resolve) => (wake = resolve))
        }
        const outcome = outcomes.get(yielded)!
        outcomes.delete(yielded)
        yield outcome
        for (const worker of this.workers) feed(worker)
      }
    } finally {
      next = tasks.length // nothing more is sent; what is in flight finishes and is dropped
      while (inFlight > 0 && !failure) await new Promise<void>((resolve) => (wake = resolve))
      for (const { worker, message } of listeners) worker.off('message', message).off('error', onError).off('exit', onExit)
    }
  }

  close(): Promise<unknown> {
    return Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}
