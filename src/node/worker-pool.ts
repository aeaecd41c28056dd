// The worker pool of the front ends: the CLI's `--jobs` and the editor's Audit Workspace. Each task
// goes to the next thread with room, its answer comes back as a promise. A thread that dies fails
// only the task it was running (the others it held go to another thread) and is started again;
// where no thread can run (a web extension host, a thread that kept dying), `runHere` does the
// work in this thread, after a yield. in-order-alongside.ts gives results in the tasks' order, as
// the CLI prints them. The threads run `serveTasks` (worker-pool-thread.ts).
import type { ResourceLimits } from 'node:worker_threads'
import { RestartingWorker } from './worker-thread.js'
import type { TaskAnswer, TaskRequest } from './worker-pool-thread.js'

/** A thread that died this many times is not started again. */
const MAX_DEATHS = 3

export interface PoolOptions<Task, Result> {
  script: string | URL
  size: number
  /**
   * Tasks sent to a thread before it answers: with 2, the next one is already there when it
   * finishes, so it never waits for this thread (which, on a busy machine, may wait for a core).
   */
  inFlight?: number
  /** Each thread's heap limits; the default (worker-thread.ts) keeps a small nursery. */
  resourceLimits?: ResourceLimits
  /** Runs a task here when no thread can; without it, such a task fails. */
  runHere?: (task: Task) => Result | Promise<Result>
}

interface Job<Task, Result> {
  id: number
  task: Task
  resolve(result: Result | Promise<Result>): void
  reject(error: Error): void
}

interface Slot<Task, Result> {
  thread: RestartingWorker<TaskRequest<Task>, TaskAnswer<Result>>
  /** Sent to the thread, oldest (the one it is running) first. */
  sent: Array<Job<Task, Result>>
}

export class WorkerPool<Task, Result> {
  private readonly slots: Array<Slot<Task, Result>>
  private readonly queue: Array<Job<Task, Result>> = []
  private readonly inFlight: number
  private nextId = 0
  private disposed: Error | undefined

  /** Starts the threads at once: each loads its code while the others do. */
  constructor(private readonly options: PoolOptions<Task, Result>) {
    this.inFlight = options.inFlight ?? 1
    this.slots = Array.from({ length: options.size }, () => {
      const slot: Slot<Task, Result> = { thread: undefined!, sent: [] }
      slot.thread = new RestartingWorker(
        options.script,
        MAX_DEATHS,
        {
          message: (answer) => this.answered(slot, answer),
          died: (error, code) => this.died(slot, error ?? new Error(`a worker thread stopped (exit code ${code})`)),
        },
        options.resourceLimits,
      )
      slot.thread.start()
      return slot
    })
  }

  /** Threads that run or can be started (0: tasks run here). */
  get threads(): number {
    return this.slots.filter((slot) => slot.thread.usable).length
  }

  /** The task's result. `signal`: a task not yet sent to a thread is dropped (rejected) on abort. */
  run(task: Task, signal?: AbortSignal): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      if (this.disposed) return reject(this.disposed)
      // The listener goes with the task: a run in order shares one signal among all its tasks, and
      // listeners left behind piled up (Node warns from the 11th; 2,000 files kept 2,000 of them).
      const drop = () => this.unqueue(job, new Error('the task was dropped'))
      const settled = () => signal?.removeEventListener('abort', drop)
      const job: Job<Task, Result> = {
        id: this.nextId++,
        task,
        resolve: (result) => (settled(), resolve(result)),
        reject: (error) => (settled(), reject(error)),
      }
      this.queue.push(job)
      signal?.addEventListener('abort', drop, { once: true })
      this.dispatch()
    })
  }

  /** Stops the threads; every task waiting for one, or for its answer, is rejected with `reason`. */
  dispose(reason = 'cancelled'): Promise<unknown> {
    this.disposed ??= new Error(reason)
    const jobs = [...this.slots.flatMap((slot) => slot.sent.splice(0)), ...this.queue.splice(0)]
    for (const job of jobs) job.reject(this.disposed)
    return Promise.all(this.slots.map((slot) => slot.thread.stop()))
  }

  private unqueue(job: Job<Task, Result>, error: Error): void {
    const at = this.queue.indexOf(job)
    if (at < 0) return
    this.queue.splice(at, 1)
    job.reject(error)
  }

  private dispatch(): void {
    if (this.disposed) return
    for (const slot of this.slots) {
      while (this.queue.length && slot.sent.length < this.inFlight) {
        const job = this.queue.shift()!
        slot.sent.push(job)
        if (slot.thread.post({ id: job.id, task: job.task })) continue
        slot.sent.pop()
        this.queue.unshift(job)
        break
      }
    }
    if (this.queue.length && !this.threads) this.runQueueHere()
  }

  /** No thread can run: the tasks run here, one per turn of the event loop. */
  private runQueueHere(): void {
    const job = this.queue.shift()!
    setImmediate(() => {
      if (this.disposed) return job.reject(this.disposed)
      try {
        if (!this.options.runHere) throw new Error('no worker thread could run it')
        job.resolve(this.options.runHere(job.task))
      } catch (error) {
        job.reject(error as Error)
      }
      if (this.queue.length) this.runQueueHere()
    })
  }

  private answered(slot: Slot<Task, Result>, answer: TaskAnswer<Result>): void {
    const at = slot.sent.findIndex((job) => job.id === answer.id)
    if (at < 0) return
    const [job] = slot.sent.splice(at, 1)
    if ('error' in answer) job.reject(new Error(answer.error))
    else job.resolve(answer.result)
    this.dispatch()
  }

  /** The task it was running fails with the thread; the ones waiting behind it go back first in line. */
  private died(slot: Slot<Task, Result>, error: Error): void {
    const [running, ...waiting] = slot.sent.splice(0)
    this.queue.unshift(...waiting)
    running?.reject(error)
    this.dispatch()
  }
}
