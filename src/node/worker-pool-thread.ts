// The thread's side of a WorkerPool (worker-pool.ts): answers each task it is sent, in order. A
// task that throws costs that task, never the thread.
import { parentPort } from 'node:worker_threads'

export interface TaskRequest<Task> {
  id: number
  task: Task
}

export type TaskAnswer<Result> = { id: number; result: Result } | { id: number; error: string }

export function serveTasks<Task, Result>(handle: (task: Task) => Result): void {
  parentPort?.on('message', ({ id, task }: TaskRequest<Task>) => {
    let answer: TaskAnswer<Result>
    try {
      answer = { id, result: handle(task) }
    } catch (error) {
      answer = { id, error: String((error as Error)?.message ?? error) }
    }
    parentPort?.postMessage(answer)
  })
}
