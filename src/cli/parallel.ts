// Lints many files on worker threads, each taking the next file when it is done, and yields the
// outcomes in the files' order as soon as they are ready, so memory holds only what is not yet
// printed. One thread, or a handful of files, runs in the main thread instead.
import { Worker } from 'node:worker_threads'
import { lintFile, type FileOutcome, type FileTask } from './lint-file.js'

// Under vitest the CLI runs from src/*.ts; workers always run the built JavaScript.
const WORKER_URL = import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url)

export async function* lintAll(tasks: readonly FileTask[], jobs: number): AsyncGenerator<FileOutcome> {
  if (jobs <= 1 || tasks.length < 2) {
    for (const task of tasks) yield lintFile(task)
    return
  }
  const outcomes = new Map<number, FileOutcome>()
  let wake: (() => void) | undefined
  let failure: Error | undefined
  let next = 0
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(WORKER_URL))
  const feed = (worker: Worker) => {
    if (next < tasks.length) worker.postMessage({ id: next, task: tasks[next++] })
  }
  for (const worker of workers) {
    worker.on('message', ({ id, outcome }: { id: number; outcome: FileOutcome }) => {
      outcomes.set(id, outcome)
      feed(worker)
      wake?.()
    })
    worker.on('error', (error) => {
      failure = error
      wake?.()
    })
    feed(worker)
  }
  try {
    for (let i = 0; i < tasks.length; i++) {
      while (!outcomes.has(i)) {
        if (failure) throw failure
        await new Promise<void>((resolve) => (wake = resolve))
      }
      const outcome = outcomes.get(i)!
      outcomes.delete(i)
      yield outcome
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
