// The CLI's lint threads (workers beside the main thread): outcomes in the files' order, identical
// to the main thread's alone, and threads that can run again after a run that stopped early.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadAllMorphology } from '../../src/engine/index.js'
import { lintFile, type FileOutcome, type FileTask } from '../../src/cli/lint-file.js'
import { defaultJobs } from '../../src/cli/lint-run.js'
import { LintWorkers } from '../../src/cli/lint-workers.js'
import { freshFolder, writeFiles } from './harness.js'

const folder = freshFolder('parallel')
const EN = 'We leverage our partners to reach customers who never heard of us before. We are truly the best.\n'
const FR = 'Il faut booster les ventes de nos magasins pour que nos clients reviennent plus souvent.\n'

function tasksFor(count: number, fingerprints = true): FileTask[] {
  const files: Record<string, string | Buffer> = {}
  for (let i = 0; i < count; i++) files[`${i}.md`] = i === 3 ? Buffer.from([0, 1, 2]) : `${i % 2 ? EN : FR}\nParagraph ${i}.\n`.repeat((i % 5) + 1)
  writeFiles(folder.path, files)
  return Object.keys(files).map((name) => ({ path: join(folder.path, name), display: name, maxBytes: 1e6, options: { format: 'markdown' }, fingerprints }))
}

async function collect(outcomes: AsyncIterable<FileOutcome>): Promise<FileOutcome[]> {
  const all: FileOutcome[] = []
  for await (const outcome of outcomes) all.push(outcome)
  return all
}

// The threads load the morphology data before their first file; the main thread here must too,
// as lintAll does, for the two to find the same (fixes included).
beforeAll(() => loadAllMorphology())

describe('LintWorkers', () => {
  const pool = new LintWorkers(2)
  afterAll(() => pool.close())

  it('yields what the main thread finds, in order, and runs again', async () => {
    // More files than the pool may run ahead, so the window is exercised.
    const tasks = tasksFor(45)
    const expected = tasks.map(lintFile)
    expect(await collect(pool.lintAll(tasks))).toEqual(expected)
    expect(await collect(pool.lintAll(tasks))).toEqual(expected)
    expect(expected[3]).toEqual({ skipped: 'binary file (contains NUL bytes)' })
  }, 60_000)

  it('finishes a run stopped early before the next one starts', async () => {
    const tasks = tasksFor(12)
    for await (const outcome of pool.lintAll(tasks)) {
      expect(outcome).toEqual(lintFile(tasks[0]))
      break
    }
    const second = tasksFor(6).reverse()
    expect(await collect(pool.lintAll(second))).toEqual(second.map(lintFile))
  }, 60_000)

  it('skips fingerprints when the output does not need them', async () => {
    const [task] = tasksFor(1, false)
    const [outcome] = await collect(pool.lintAll([task, task]))
    if (!('report' in outcome)) throw new Error('expected a report')
    expect(outcome.report.messages.length).toBeGreaterThan(0)
    expect(outcome.report.messages.every((m) => m.fingerprint === undefined)).toBe(true)
    const withPrints = lintFile({ ...task, fingerprints: true })
    if (!('report' in withPrints)) throw new Error('expected a report')
    expect(withPrints.report.messages.every((m) => /^[0-9a-f]{28}$/.test(m.fingerprint ?? ''))).toBe(true)
  }, 60_000)
})

describe('defaultJobs', () => {
  it('lints on two threads or more from 2 MB of files, on 2 cores or more, at most 4', () => {
    writeFiles(folder.path, { 'big.md': 'a'.repeat(2_500_000), 'big2.md': 'b'.repeat(2_500_000), 'small.md': 'c'.repeat(1000), 'mid.md': 'd'.repeat(900_000) })
    const big = ['big.md', 'big2.md'].map((name) => ({ path: join(folder.path, name) }))
    const small = ['small.md', 'small.md'].map((name) => ({ path: join(folder.path, name) }))
    const mid = (count: number) => Array.from({ length: count }, () => ({ path: join(folder.path, 'mid.md') }))
    expect(defaultJobs(big, 1)).toBe(1)
    expect(defaultJobs(big, 2)).toBe(2)
    expect(defaultJobs(big, 3)).toBe(3)
    expect(defaultJobs(big, 16)).toBe(4)
    expect(defaultJobs(small, 16)).toBe(1)
    expect(defaultJobs(mid(2), 2)).toBe(1)
    expect(defaultJobs(mid(3), 2)).toBe(2)
    expect(defaultJobs(big.slice(0, 1), 16)).toBe(1)
    expect(defaultJobs([...big, { path: join(folder.path, 'gone.md') }], 16)).toBe(4)
  })
})

describe('a file the engine fails on', () => {
  it('is skipped with the reason, on a worker thread as in the main thread, and the rest is linted', async () => {
    const tasks = tasksFor(4)
    // Configs are validated before they reach the engine; an unvalidated one makes it throw.
    tasks[1] = { ...tasks[1], options: { format: 'markdown', config: { phrases: 5 as never } } }
    const expected = tasks.map(lintFile)
    expect(expected[1]).toEqual({ skipped: expect.stringMatching(/^the linter failed on it \(.+\); please report this$/) })
    expect('report' in expected[2]).toBe(true)
    const pool = new LintWorkers(2)
    try {
      expect(await collect(pool.lintAll(tasks))).toEqual(expected)
    } finally {
      await pool.close()
    }
  }, 60_000)
})
