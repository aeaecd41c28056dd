// One worker thread's life, for every pool of the front ends (the CLI's and the audit's
// WorkerPool, the editor's live-lint lanes): started when first needed, with a small nursery,
// started again after it dies, given up after it died `maxDeaths` times (a bug that kills it on
// every start must not cost a thread start per file), and stopped on purpose without that
// counting as a death. A thread that cannot start at all (a web extension host) is given up at
// once: the caller then runs the work itself.
import { Worker, type ResourceLimits } from 'node:worker_threads'

/**
 * Each thread is a V8 heap of its own, and V8 sizes a heap's nursery for a whole process. A
 * smaller one per thread keeps 2,000 files on 2 threads near 260 MB of memory instead of 320-410 MB,
 * for about 5% more time (docs/performance.md).
 *
 * The old generation: a thread given no limit inherits the process's (~4 GB here), and V8 lets its
 * heap reach ~115 MB before the first full collection whatever it keeps alive (35 MB for an audit's
 * thread). With 1 GB, V8 starts collecting at ~60 MB: two threads auditing 5,000 generated notes
 * each peaked at 280 → 172-184 MB of RSS, for 2-6% more CPU. 1 GB still lints a 48 MB file (821 MB
 * of heap); a larger file kills its thread, which fails that file only (docs/performance.md,
 * session 36).
 */
export const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 }

export interface ThreadEvents<Out> {
  message(message: Out): void
  /**
   * The thread stopped unasked: `error` is what it threw, if anything; `gaveUp` when it will not be
   * started again. Called once per thread, after its last message.
   */
  died(error: Error | undefined, exitCode: number, gaveUp: boolean): void
  /** No thread could be started, ever: the caller does the work itself from now on. */
  cannotStart?(error: Error): void
}

export class RestartingWorker<In, Out> {
  private worker: Worker | undefined
  private deaths = 0

  constructor(
    private readonly script: string | URL,
    private readonly maxDeaths: number,
    private readonly events: ThreadEvents<Out>,
    private readonly limits: ResourceLimits = WORKER_LIMITS,
  ) {}

  /** A thread runs, or can be started. */
  get usable(): boolean {
    return Boolean(this.worker) || this.deaths < this.maxDeaths
  }

  /** A thread runs now. */
  get running(): boolean {
    return Boolean(this.worker)
  }

  /** Starts the thread if it is not running (it loads its code meanwhile); false when it cannot. */
  start(): boolean {
    if (this.worker) return true
    if (this.deaths >= this.maxDeaths) return false
    let worker: Worker
    try {
      worker = new Worker(this.script, { resourceLimits: this.limits })
    } catch (error) {
      this.deaths = this.maxDeaths
      this.events.cannotStart?.(error as Error)
      return false
    }
    let thrown: Error | undefined
    worker.on('message', (message: Out) => this.worker === worker && this.events.message(message))
    worker.on('error', (error) => (thrown ??= error))
    worker.on('exit', (code) => {
      if (this.worker !== worker) return // stopped on purpose
      this.worker = undefined
      this.events.died(thrown, code, ++this.deaths >= this.maxDeaths)
    })
    this.worker = worker
    return true
  }

  /** Sends to the thread, started if need be; false when there is none (nothing was sent). */
  post(message: In): boolean {
    if (!this.start()) return false
    this.worker!.postMessage(message)
    return true
  }

  /** Stops the thread on purpose (not a death); the next post starts a new one. */
  stop(): Promise<unknown> {
    const worker = this.worker
    this.worker = undefined
    return worker ? worker.terminate() : Promise.resolve()
  }
}
