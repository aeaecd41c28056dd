// Tasks run on worker threads and in this thread at once: results in the tasks' order, both sides
// working, no more on the threads than their slots, and a run stopped early waits for what it sent.
import { afterEach, describe, expect, it } from 'vitest'
import { inOrderAlongside } from '../../src/node/in-order-alongside.js'
import { WorkerPool } from '../../src/node/worker-pool.js'

const SCRIPT = new URL('./fixtures/pool-worker.mjs', import.meta.url)

type Task = { kind: 'echo' | 'throw' | 'crash'; value: number; work?: number }
type Result = { value: number; thread: number; spin: number }

const pools: Array<WorkerPool<Task, Result>> = []
const poolOf = (size: number, inFlight: number) => {
  const pool = new WorkerPool<Task, Result>({ script: SCRIPT, size, inFlight })
  pools.push(pool)
  return pool
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.dispose()))
})

const echo = (value: number, work = 0): Task => ({ kind: 'echo', value, work })
const HERE = -1
/** This thread's result, marked so that the test sees who ran it. */
const here = (task: Task): Result => {
  let spin = 0
  for (let i = 0; i < (task.work ?? 0); i++) spin += i % 3
  return { value: task.value, thread: HERE, spin }
}

describe('inOrderAlongside', () => {
  it('gives the results in the tasks’ order, run by the threads and here, with no more than the slots on the threads', async () => {
    const pool = poolOf(2, 2)
    // Long tasks first, then short ones: either side finishes some out of order.
    const tasks = Array.from({ length: 60 }, (_, i) => echo(i, i % 7 === 0 ? 2e7 : 1e5))
    let onThreads = 0
    let most = 0
    const results: Result[] = []
    const send = (task: Task) => {
      most = Math.max(most, ++onThreads)
      return pool.run(task).finally(() => onThreads--)
    }
    for await (const result of inOrderAlongside(tasks, { threadSlots: 4, send, here })) results.push(result)
    expect(results.map((r) => r.value)).toEqual(tasks.map((t) => t.value))
    expect(results.some((r) => r.thread === HERE)).toBe(true)
    expect(results.some((r) => r.thread !== HERE)).toBe(true)
    expect(most).toBeLessThanOrEqual(4)
  }, 60_000)

  it('runs everything here when the threads have no slots', async () => {
    const tasks = Array.from({ length: 5 }, (_, i) => echo(i))
    const results: Result[] = []
    for await (const result of inOrderAlongside(tasks, { threadSlots: 0, send: () => Promise.reject(new Error('no thread')), here })) results.push(result)
    expect(results).toEqual(tasks.map(here))
  })

  it('throws a failed task’s error in its turn', async () => {
    const pool = poolOf(1, 1)
    // The thread takes the first task, which throws; this thread takes the others meanwhile.
    const tasks: Task[] = [{ kind: 'throw', value: 0 }, echo(1), echo(2)]
    const values: number[] = []
    await expect(
      (async () => {
        for await (const result of inOrderAlongside(tasks, { threadSlots: 1, send: (task) => pool.run(task), here })) values.push(result.value)
      })(),
    ).rejects.toThrow('no 0')
    expect(values).toEqual([])
  }, 60_000)

  it('stopped early, takes no more tasks and waits for those sent; the pool runs again', async () => {
    const pool = poolOf(1, 2)
    const sent: Array<{ done: boolean }> = []
    let ranHere = 0
    const tasks = Array.from({ length: 30 }, (_, i) => echo(i, 1e6))
    const send = (task: Task) => {
      const mark = { done: false }
      sent.push(mark)
      return pool.run(task).finally(() => (mark.done = true))
    }
    let takenAtBreak = 0
    for await (const result of inOrderAlongside(tasks, { threadSlots: 2, send, here: (task) => (ranHere++, here(task)) })) {
      expect(result.value).toBe(0)
      takenAtBreak = sent.length + ranHere
      break
    }
    expect(sent.every((mark) => mark.done)).toBe(true)
    expect(sent.length + ranHere).toBe(takenAtBreak)
    expect((await pool.run(echo(42))).value).toBe(42)
  }, 60_000)
})
