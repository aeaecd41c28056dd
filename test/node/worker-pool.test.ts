// The one worker pool of the CLI and the audit: a task that throws or kills its
// thread costs that task only, a thread that keeps dying hands the work to this thread, and
// cancelling rejects what waits.
import { getEventListeners } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import { WorkerPool } from '../../src/node/worker-pool.js'

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
  it('lets go of a task’s abort listener once the task is done (11 of them printed a warning)', async () => {
    const pool = poolOf(2, 2)
    const stop = new AbortController()
    const values = Array.from({ length: 30 }, (_, i) => pool.run(echo(i), stop.signal).then((r) => r.value))
    expect(getEventListeners(stop.signal, 'abort').length).toBe(30)
    expect(await Promise.all(values)).toEqual(Array.from({ length: 30 }, (_, i) => i))
    expect(getEventListeners(stop.signal, 'abort').length).toBe(0)
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

  it('drops the tasks not yet sent when their signal aborts, and can run again', async () => {
    const pool = poolOf(1)
    const stop = new AbortController()
    const runs = Array.from({ length: 10 }, (_, i) => pool.run(echo(i), stop.signal))
    expect((await runs[0]).value).toBe(0)
    stop.abort()
    // Task 1 went to the thread as task 0 came back; tasks 2 to 9 were still waiting for it.
    const outcomes = await Promise.allSettled(runs)
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.value : (o.reason as Error).message))).toEqual([0, 1, ...Array(8).fill('the task was dropped')])
    expect((await pool.run(echo(42))).value).toBe(42)
  }, 60_000)
})
