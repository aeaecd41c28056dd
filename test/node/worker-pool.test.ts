// The one worker pool of the CLI and the audit: results in order, a task that throws or kills its
// thread costs that task only, a thread that keeps dying hands the work to this thread, and
// cancelling rejects what waits.
import { getEventListeners } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import { inOrder, WorkerPool } from '../../src/node/worker-pool.js'

const SCRIPT = new URL('./fixtures/pool-worker.mjs', import.meta.url)

type Task = { kind: 'echo' | 'throw' | 'crash'; value: number; work?: number }
type Result = { value: number; thread: number; spin: number }

const pools: Array<WorkerPool<Task, Result>> = []
const poolOf = (size: number, inFlight = 1, runHere?: (task: Task) => Result | Promise<Result>) => {
  const pool = new WorkerPool<Task, Result>({ script: SCRIPT, size, inFlight, runHere })
  pools.push(pool)
  return pool
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.dispose()))
})

const echo = (value: number, work = 0): Task => ({ kind: 'echo', value, work })

describe('WorkerPool', () => {
  it('gives results in the tasks’ order, starting no more than `ahead` past the one awaited', async () => {
    const pool = poolOf(3, 2)
    // The first tasks are the longest: the later ones finish first.
    const tasks = Array.from({ length: 40 }, (_, i) => echo(i, i < 5 ? 3e7 : 0))
    let started = 0
    let yielded = 0
    let mostAhead = 0
    const values: number[] = []
    for await (const result of inOrder(tasks, 6, (task, signal) => {
      started++
      mostAhead = Math.max(mostAhead, started - yielded)
      return pool.run(task, signal)
    })) {
      values.push(result.value)
      yielded++
    }
    expect(values).toEqual(tasks.map((t) => t.value))
    expect(mostAhead).toBe(6)
  }, 60_000)

  it('lets go of a task’s abort listener once the task is done (11 of them printed a warning)', async () => {
    const pool = poolOf(2, 2)
    const stop = new AbortController()
    const values = Array.from({ length: 30 }, (_, i) => pool.run(echo(i), stop.signal).then((r) => r.value))
    expect(getEventListeners(stop.signal, 'abort').length).toBe(30)
    expect(await Promise.all(values)).toEqual(Array.from({ length: 30 }, (_, i) => i))
    expect(getEventListeners(stop.signal, 'abort').length).toBe(0)
  }, 60_000)

  it('runs in order with as many tasks ahead as asked, and no warning of too many listeners', async () => {
    const pool = poolOf(2, 2)
    const warnings: string[] = []
    const warned = (warning: Error) => warnings.push(warning.name)
    process.on('warning', warned)
    try {
      const values: number[] = []
      for await (const result of inOrder(Array.from({ length: 60 }, (_, i) => echo(i)), 32, (task, signal) => pool.run(task, signal))) values.push(result.value)
      await new Promise((resolve) => setImmediate(resolve))
      expect(values.length).toBe(60)
      expect(warnings).toEqual([])
    } finally {
      process.off('warning', warned)
    }
  }, 60_000)

  it('rejects a task that throws with its message, and the thread goes on', async () => {
    const pool = poolOf(1)
    const outcomes = await Promise.allSettled([pool.run(echo(1)), pool.run({ kind: 'throw', value: 2 }), pool.run(echo(3))])
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.value : (o.reason as Error).message))).toEqual([1, 'no 2', 3])
    expect(pool.threads).toBe(1)
  }, 60_000)

  it('fails only the task a thread died on; the tasks sent behind it run on a new thread', async () => {
    const pool = poolOf(1, 3)
    const first = await pool.run(echo(0))
    const outcomes = await Promise.allSettled([pool.run({ kind: 'crash', value: 1 }), pool.run(echo(2)), pool.run(echo(3))])
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'fulfilled'])
    expect(((outcomes[0] as PromiseRejectedResult).reason as Error).message).toBe('a worker thread stopped (exit code 7)')
    const after = outcomes.slice(1).map((o) => (o as PromiseFulfilledResult<Result>).value)
    expect(after.map((r) => r.value)).toEqual([2, 3])
    expect(after.every((r) => r.thread !== first.thread)).toBe(true)
  }, 60_000)

  it('runs the tasks here once its threads kept dying', async () => {
    const pool = poolOf(1, 1, (task) => ({ value: -task.value, thread: 0, spin: 0 }))
    for (let death = 0; death < 3; death++) await expect(pool.run({ kind: 'crash', value: death })).rejects.toThrow(/exit code 7/)
    expect(pool.threads).toBe(0)
    expect(await Promise.all([pool.run(echo(5)), pool.run(echo(6))])).toEqual([
      { value: -5, thread: 0, spin: 0 },
      { value: -6, thread: 0, spin: 0 },
    ])
  }, 60_000)

  it('waits for a task run here that answers later (the host loads the morphology data first)', async () => {
    const pool = poolOf(1, 1, (task) => new Promise((resolve) => setTimeout(() => resolve({ value: task.value * 10, thread: 0, spin: 0 }), 20)))
    for (let death = 0; death < 3; death++) await expect(pool.run({ kind: 'crash', value: death })).rejects.toThrow(/exit code 7/)
    expect(await pool.run(echo(4))).toEqual({ value: 40, thread: 0, spin: 0 })
  }, 60_000)

  it('when disposed, rejects what waits for a thread or an answer, and takes no more', async () => {
    const pool = poolOf(1)
    const waiting = [pool.run(echo(1, 3e7)), pool.run(echo(2))]
    void pool.dispose('audit cancelled')
    for (const task of waiting) await expect(task).rejects.toThrow('audit cancelled')
    await expect(pool.run(echo(3))).rejects.toThrow('audit cancelled')
  }, 60_000)

  it('drops the tasks not yet sent when a run in order stops early, and can run again', async () => {
    const pool = poolOf(1)
    const runs: Array<Promise<Result>> = []
    const tasks = Array.from({ length: 10 }, (_, i) => echo(i))
    for await (const result of inOrder(tasks, 10, (task, signal) => {
      runs.push(pool.run(task, signal))
      return runs.at(-1)!
    })) {
      expect(result.value).toBe(0)
      break
    }
    // Task 1 went to the thread as task 0 came back; tasks 2 to 9 were still waiting for it.
    const outcomes = await Promise.allSettled(runs)
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.value : (o.reason as Error).message))).toEqual([0, 1, ...Array(8).fill('the task was dropped')])
    expect((await pool.run(echo(42))).value).toBe(42)
  }, 60_000)
})
