// Runs tasks on worker threads and in this thread at once, and gives the results in the tasks'
// order. On 2 cores the CLI's main thread linting beside one worker needs one engine's start and
// warm-up fewer than two workers beside an idle main thread: the 2,000 README files took 1.24× one
// thread's CPU instead of 1.45×, and 270 MB instead of 381 MB (docs/performance.md, "Session 30:
// the 2,000-file workspace").
import { setImmediate as turn } from 'node:timers/promises'

export interface Alongside<Task, Result> {
  /** Tasks the threads may hold at once (sent and not yet answered): enough that a thread never waits for this one. */
  threadSlots: number
  /** Sends a task to a thread; its result. */
  send(task: Task): Promise<Result>
  /** Runs a task in this thread. */
  here(task: Task): Result
}

/**
 * Each task is taken by whoever is free first, in the tasks' order: the threads keep `threadSlots`
 * tasks, and this thread runs the next one whenever the result due next is not ready, then lets the
 * event loop turn (the threads' answers come in, the next tasks go out). Results finished ahead of
 * their turn wait in memory (the CLI keeps every report until it prints them anyway). Stopped early,
 * it takes no more tasks and waits for those sent.
 */
export async function* inOrderAlongside<Task, Result>(tasks: readonly Task[], run: Alongside<Task, Result>): AsyncGenerator<Result> {
  const results: Array<{ done: true; value: Result } | { done: false; promise: Promise<Result> } | undefined> = new Array(tasks.length)
  let next = 0
  let sent = 0
  const feed = () => {
    while (sent < run.threadSlots && next < tasks.length) {
      const at = next++
      sent++
      const promise = run.send(tasks[at])
      results[at] = { done: false, promise }
      promise.then(
        (value) => (results[at] = { done: true, value }),
        () => {},
      )
      promise.finally(() => (sent--, feed())).catch(() => {})
    }
  }
  try {
    feed()
    for (let i = 0; i < tasks.length; i++) {
      // This thread works while the result due is not ready and there is work left to take.
      while (!results[i]?.done && next < tasks.length) {
        const at = next++
        results[at] = { done: true, value: run.here(tasks[at]) }
        await turn()
      }
      const result = results[i]!
      results[i] = undefined
      yield result.done ? result.value : await result.promise
    }
  } finally {
    next = tasks.length
    await Promise.allSettled(results.flatMap((r) => (r && !r.done ? [r.promise] : [])))
  }
}
