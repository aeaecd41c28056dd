// Carrying late lines to a config that keeps changing, in turn with accepts (config-queue.ts,
// late-writes.ts). The e2e appender lost 5 of 1,500 lines to a `.late-` file: a carry gave up after
// 32 quick attempts while the file at the path kept changing. Retried at each look instead, carries
// wrote the config every 50 ms and an accept gave up. Each race is made here with seams in fs.
import { closeSync, mkdtempSync, rmSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { untilQuiet } from '../../src/extension/config-queue.js'
import { endLateWatches, lateWritesSettled, onLateLinesKept, replaceIfUnchanged, writeEdited, type Replaced } from '../../src/extension/config-write.js'
import { watchReplaced, type Carried } from '../../src/extension/late-writes.js'
import { accept, accepting } from './config-accepting.js'

// Seams in fs: before and after each rename, and at each temporary file written (just before a
// replace compares the file at the path with what it read).
const race = vi.hoisted(() => ({
  beforeRename: async (_target: string) => {},
  afterRename: (_target: string) => {},
  temporaryWritten: (_path: string) => {},
}))
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>()
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      await race.beforeRename(to)
      await fs.rename(from, to)
      race.afterRename(to)
    },
    writeFile: async (...args: Parameters<typeof fs.writeFile>) => {
      await fs.writeFile(...args)
      if (String(args[0]).endsWith('.tmp')) race.temporaryWritten(String(args[0]))
    },
  }
})

let dir = ''
const told: string[] = []
onLateLinesKept((kept) => told.push(readFileSync(kept, 'utf8')))
beforeEach(() => {
  race.beforeRename = async () => {}
  race.afterRename = () => {}
  race.temporaryWritten = () => {}
  told.length = 0
  dir = mkdtempSync(join(tmpdir(), 'cluetrain-late-carry-'))
})
// A watch a test left running may still write into the folder: end the watches, then remove it.
afterEach(async () => {
  await endLateWatches()
  rmSync(dir, { recursive: true, force: true })
})
const config = () => join(dir, '.cluetrain.yaml')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Replaces the config with `before` + the word b, while a writer opens the old file: its handle, to write late. */
async function replacedWithLateWriter(before: string): Promise<number> {
  writeFileSync(config(), before)
  let late = -1
  race.beforeRename = async (target) => {
    late = openSync(target, 'a')
  }
  expect(await replaceIfUnchanged(config(), before, before.replace('- a\n', '- a\n  - b\n'))).toEqual({ status: 'written' })
  race.beforeRename = async () => {}
  return late
}

describe('carrying late lines', () => {
  it('waits out a config another program replaces at 40 of its attempts in a row, and carries the line', async () => {
    const late = await replacedWithLateWriter('accept:\n  - a\n')
    let replacements = 0
    race.temporaryWritten = () => {
      // Another program saves the config (a new file at the path) just before each comparison.
      if (replacements >= 40) return
      const other = join(dir, 'other.yaml')
      writeFileSync(other, `${readFileSync(config(), 'utf8')}# saved ${replacements++}\n`)
      renameSync(other, config())
    }
    writeSync(late, '# late\n')
    closeSync(late)
    await lateWritesSettled()
    const saved = Array.from({ length: 40 }, (_, i) => `# saved ${i}\n`).join('')
    expect(replacements).toBe(40)
    expect(readFileSync(config(), 'utf8')).toBe(`accept:\n  - a\n  - b\n# late\n${saved}`)
    expect(told).toEqual([])
    expect(readdirSync(dir)).toEqual(['.cluetrain.yaml'])
  }, 60_000)

  it('lets an accept that arrives during a carry write only after it, so neither write goes over the other', async () => {
    const late = await replacedWithLateWriter('accept:\n  - a\n')
    let accepting: Promise<boolean> | undefined
    let acceptRenamed = () => {}
    const renamed = new Promise<void>((resolve) => (acceptRenamed = resolve))
    race.beforeRename = async () => {
      if (accepting) return
      // The carry compared the file and is about to rename its write: an accept comes now. Before
      // the queue it renamed its own write here, and the carry's rename went over it (the word lost).
      accepting = accept(config(), 'c')
      await Promise.race([renamed, sleep(1_000)])
    }
    race.afterRename = () => accepting && acceptRenamed()
    writeSync(late, '# late\n')
    closeSync(late)
    await lateWritesSettled()
    expect(await accepting).toBe(true)
    await lateWritesSettled()
    expect(readFileSync(config(), 'utf8')).toBe('accept:\n  - a\n  - b\n  - c\n# late\n')
    expect(told).toEqual([])
  }, 60_000)
})

describe('the watch of a replaced file', () => {
  /** A replaced file of ours to append to, watched with `carry`; what `keep` was given. */
  async function watched(carry: (late: string, after: string) => Promise<Carried>) {
    const path = join(dir, 'replaced.yaml')
    writeFileSync(path, 'accept: [a]\n')
    const kept: string[] = []
    watchReplaced({ handle: await open(path, 'r'), text: 'accept: [a]\n', placeAfter: 'accept: [a, b]\n', read: async () => readFileSync(path, 'utf8'), carry, keep: async (late) => void kept.push(late) })
    return { append: (line: string) => writeFileSync(path, line, { flag: 'a' }), kept }
  }

  it('tries a carry again until the file at the path takes it, with the lines appended meanwhile, in order, once', async () => {
    const tries: string[] = []
    let appended = 1
    const file = await watched(async (late) => {
      tries.push(late)
      if (appended < 5) file.append(`# ${appended++}\n`)
      return tries.length <= 40 ? 'later' : 'carried'
    })
    file.append('# 0\n')
    await lateWritesSettled()
    expect(tries).toHaveLength(41)
    expect(tries.at(-1)).toBe('# 0\n# 1\n# 2\n# 3\n# 4\n')
    expect(file.kept).toEqual([])
  }, 60_000)

  it('keeps the lines owed aside when the watches end (the extension stops), once each', async () => {
    const file = await watched(async () => 'later')
    file.append('# 0\n')
    await sleep(200)
    file.append('# 1\n')
    await sleep(200)
    await endLateWatches()
    expect(file.kept).toEqual(['# 0\n# 1\n'])
  }, 60_000)
})

describe('writeEdited', () => {
  it('never gives up on a write of its own that was overtaken while the file only grows', async () => {
    // Overtaken, then changed by appends 40 times in a row: given up after 32 before, the file kept
    // our write without the line that overtook it.
    const answers: Replaced[] = [{ status: 'overtaken', text: 'accept: [a]\n# 0\n' }]
    for (let n = 1; n <= 40; n++) answers.push({ status: 'changed', text: `accept: [a, b]\n${Array.from({ length: n }, (_, i) => `# ${i + 1}\n`).join('')}` })
    answers.push({ status: 'written' })
    let last = ''
    const replace = async (_: string, _expected: string | undefined, next: string) => ((last = next), answers.shift()!)
    expect(await writeEdited('x', 'accept: [a]\n', accepting('b'), replace)).toBe(true)
    expect(last).toBe(`accept: [a, b]\n# 0\n${Array.from({ length: 40 }, (_, i) => `# ${i + 1}\n`).join('')}`)
  })
})

describe('untilQuiet', () => {
  it('says when a file holds still, and when it is gone', async () => {
    writeFileSync(config(), 'accept: [a]\n')
    expect(await untilQuiet(config(), 10_000)).toBe('quiet')
    expect(await untilQuiet(join(dir, 'missing.yaml'), 10_000)).toBe('gone')
  })
})
