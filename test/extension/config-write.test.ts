// "Accept word" writes .cluetrain.yaml atomically and only over the text it read
// (src/extension/config-write.ts): nothing another program writes meanwhile is lost.
import { spawn, spawnSync } from 'node:child_process'
import { appendFileSync, chmodSync, closeSync, openSync, writeSync, lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseDocument } from 'yaml'
import { endLateWatches, lateWritesSettled, onLateLinesKept, replaceIfUnchanged, untilUnchanged, writeEdited, type Replaced } from '../../src/extension/config-write.js'
import { placeLate, watchReplaced } from '../../src/extension/late-writes.js'
import { accept, accepting } from './config-accepting.js'

// A seam in fs.rename, to make another program's write land exactly where a race puts it.
const race = vi.hoisted(() => ({ beforeRename: async (_target: string) => {} }))
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>()
  return { ...fs, rename: async (from: string, to: string) => (await race.beforeRename(to), fs.rename(from, to)) }
})

let dir = ''
beforeEach(() => {
  race.beforeRename = async () => {}
  dir = mkdtempSync(join(tmpdir(), 'cluetrain-config-write-'))
})
// A watch a test left running may still write into the folder: end the watches, then remove it.
afterEach(async () => {
  await endLateWatches()
  rmSync(dir, { recursive: true, force: true })
})
const file = (name = '.cluetrain.yaml') => join(dir, name)

describe('replaceIfUnchanged', () => {
  it('replaces the file only while it holds what was read, and leaves no temporary file', async () => {
    writeFileSync(file(), 'accept: [a]\n')
    expect(await replaceIfUnchanged(file(), 'accept: [a]\n', 'accept: [a, b]\n')).toEqual({ status: 'written' })
    expect(readFileSync(file(), 'utf8')).toBe('accept: [a, b]\n')
    expect(await replaceIfUnchanged(file(), 'accept: [a]\n', 'accept: [a, c]\n')).toEqual({ status: 'changed', text: 'accept: [a, b]\n' })
    expect(readFileSync(file(), 'utf8')).toBe('accept: [a, b]\n')
    expect(readdirSync(dir)).toEqual(['.cluetrain.yaml'])
  })

  // A FIFO at the path has no writer: a blocking open waited for one forever (the accept hung).
  it.skipIf(process.platform === 'win32')('gives up on a FIFO put at the path, without waiting for a writer', async () => {
    const made = spawnSync('mkfifo', [file()])
    expect(made.status).toBe(0)
    expect(await replaceIfUnchanged(file(), 'accept: [a]\n', 'accept: [a, b]\n')).toEqual({ status: 'changed' })
    expect(lstatSync(file()).isFIFO()).toBe(true)
    expect(readdirSync(dir)).toEqual(['.cluetrain.yaml'])
  })

  it('creates the file only if there is none', async () => {
    expect(await replaceIfUnchanged(file(), undefined, 'accept:\n  - a\n')).toEqual({ status: 'written' })
    expect(await replaceIfUnchanged(file(), undefined, 'accept:\n  - b\n')).toEqual({ status: 'changed' })
    expect(readFileSync(file(), 'utf8')).toBe('accept:\n  - a\n')
    expect(readdirSync(dir)).toEqual(['.cluetrain.yaml'])
  })

  it('catches a write through a handle opened before its rename that lands a moment after it', async () => {
    writeFileSync(file(), 'accept:\n  - Nimbus\n')
    race.beforeRename = async (target) => {
      // An appender opened the file, was descheduled, and writes 5 ms after the rename.
      const late = openSync(target, 'a')
      setTimeout(() => (writeSync(late, '# late\n'), closeSync(late)), 5)
    }
    const outcome = await replaceIfUnchanged(file(), 'accept:\n  - Nimbus\n', 'accept:\n  - Nimbus\n  - b\n')
    expect(outcome).toEqual({ status: 'overtaken', text: 'accept:\n  - Nimbus\n# late\n' })
  })

  it('catches a write that lands between its comparison and its rename, and writes the word into it', async () => {
    writeFileSync(file(), 'accept:\n  - Nimbus\n')
    let appended = 0
    race.beforeRename = async (target) => {
      if (appended++ < 2) appendFileSync(target, `# appended ${appended}\n`)
    }
    const first = await replaceIfUnchanged(file(), 'accept:\n  - Nimbus\n', 'accept:\n  - Nimbus\n  - b\n')
    expect(first).toEqual({ status: 'overtaken', text: 'accept:\n  - Nimbus\n# appended 1\n' })
    expect(readFileSync(file(), 'utf8')).toBe('accept:\n  - Nimbus\n  - b\n')
    // The whole accept: the second write is overtaken too, the third goes through, with both lines.
    writeFileSync(file(), 'accept:\n  - Nimbus\n')
    appended = 0
    expect(await accept(file(), 'b')).toBe(true)
    expect(readFileSync(file(), 'utf8')).toBe('accept:\n  - Nimbus\n  - b\n# appended 1\n# appended 2\n')
  })

  it('carries a write that lands long after the replace returned over to the file at the path, in order', async () => {
    writeFileSync(file(), '# Team words\naccept:\n  - Nimbus\n# line 0\n')
    let late = -1
    race.beforeRename = async (target) => {
      late = openSync(target, 'a') // opened before the rename, written after the settling is over
    }
    expect(await replaceIfUnchanged(file(), '# Team words\naccept:\n  - Nimbus\n# line 0\n', '# Team words\naccept:\n  - Nimbus\n  - b\n# line 0\n')).toEqual({ status: 'written' })
    race.beforeRename = async () => {}
    appendFileSync(file(), '# line 2\n') // the writer's next line went to the new file first
    await new Promise((resolve) => setTimeout(resolve, 300))
    writeSync(late, '# line 1\n')
    closeSync(late)
    await lateWritesSettled()
    expect(readFileSync(file(), 'utf8')).toBe('# Team words\naccept:\n  - Nimbus\n  - b\n# line 0\n# line 1\n# line 2\n')
    expect(readdirSync(dir)).toEqual(['.cluetrain.yaml'])
  }, 20_000)

  it('keeps a late write it cannot carry (the config deleted since) in a file beside it, and says so', async () => {
    writeFileSync(file(), 'accept: [a]\n')
    let late = -1
    race.beforeRename = async (target) => {
      late = openSync(target, 'a')
    }
    expect(await replaceIfUnchanged(file(), 'accept: [a]\n', 'accept: [a, b]\n')).toEqual({ status: 'written' })
    race.beforeRename = async () => {}
    const told: string[] = []
    const listening = onLateLinesKept((kept, target) => told.push(`${kept} for ${target}`))
    rmSync(file()) // the config is gone: the late line has no file to go to
    writeSync(late, '# late line\n')
    closeSync(late)
    await lateWritesSettled()
    listening.dispose()
    const kept = readdirSync(dir).filter((name) => name.startsWith('.cluetrain.yaml.late-'))
    expect(kept).toHaveLength(1)
    expect(readFileSync(join(dir, kept[0]), 'utf8')).toBe('# late line\n')
    expect(told).toEqual([`${join(realpathSync(dir), kept[0])} for ${join(realpathSync(dir), '.cluetrain.yaml')}`])
  }, 20_000)

  it.skipIf(process.platform === 'win32')('keeps a byte-order mark, the file mode and a link to the config', async () => {
    writeFileSync(file('shared.yaml'), '\ufeffaccept: [a]\n')
    chmodSync(file('shared.yaml'), 0o640)
    symlinkSync('shared.yaml', file())
    expect(await replaceIfUnchanged(file(), 'accept: [a]\n', 'accept: [a, b]\n')).toEqual({ status: 'written' })
    expect(lstatSync(file()).isSymbolicLink()).toBe(true)
    expect(readFileSync(file('shared.yaml'), 'utf8')).toBe('\ufeffaccept: [a, b]\n')
    expect(statSync(file('shared.yaml')).mode & 0o777).toBe(0o640)
  })
})

describe('placeLate', () => {
  const valid = (text: string) => parseDocument(text).errors.length === 0
  it('puts a late append right after the end of the text it was appended to', () => {
    expect(placeLate('accept:\n  - a\n  - b\n# one\n# three\n', 'accept:\n  - a\n  - b\n# one\n', '# two\n')).toBe('accept:\n  - a\n  - b\n# one\n# two\n# three\n')
  })
  it('puts it at the end when that end is not found once, or placing it there breaks the config', () => {
    expect(placeLate('x: 1\n# a\n# a\n', '# a\n', '# b\n')).toBe('x: 1\n# a\n# a\n# b\n')
    expect(placeLate('accept:\n  - a\n  - b\n', 'accept:\n  - a\n', 'rules: {}\n', valid)).toBe('accept:\n  - a\n  - b\nrules: {}\n')
    expect(placeLate('accept:\n  - a\n  - b\n', 'accept:\n  - a\n', '# note\n', valid)).toBe('accept:\n  - a\n# note\n  - b\n')
  })
})

describe('writeEdited', () => {
  /** A replace() that answers from a script, recording what it was asked to write. */
  const scripted = (answers: Replaced[]) => {
    const calls: Array<[string | undefined, string]> = []
    const replace = async (_: string, expected: string | undefined, next: string) => {
      calls.push([expected, next])
      return answers.shift()!
    }
    return { calls, replace }
  }

  it('adds the word again to a change that overtook its write, over what it wrote', async () => {
    const { calls, replace } = scripted([{ status: 'overtaken', text: 'accept: [a]\n# theirs\n' }, { status: 'written' }])
    expect(await writeEdited('x', 'accept: [a]\n', accepting('b'), replace)).toBe(true)
    expect(calls).toEqual([
      ['accept: [a]\n', 'accept: [a, b]\n'],
      ['accept: [a, b]\n', 'accept: [a, b]\n# theirs\n'],
    ])
  })

  it('writes the other change back even when the word cannot be added to it any more', async () => {
    const { calls, replace } = scripted([{ status: 'overtaken', text: 'accept: [a\n' }, { status: 'written' }])
    expect(await writeEdited('x', 'accept: [a]\n', accepting('b'), replace)).toBe(false)
    expect(calls[1]).toEqual(['accept: [a, b]\n', 'accept: [a\n'])
  })

  it('makes the edit again on what the file holds when it changed, and says when it was replaced', async () => {
    const { calls, replace } = scripted([{ status: 'changed', text: 'accept: [a]\n# new\n' }, { status: 'written' }, { status: 'changed' }])
    expect(await writeEdited('x', 'accept: [a]\n', accepting('b'), replace)).toBe(true)
    expect(calls).toEqual([
      ['accept: [a]\n', 'accept: [a, b]\n'],
      ['accept: [a]\n# new\n', 'accept: [a, b]\n# new\n'],
    ])
    expect(await writeEdited('x', 'accept: [a]\n', accepting('b'), replace)).toBe('changed')
  })

  it('keeps both the overtaking change and what was appended to its own write since', async () => {
    const { calls, replace } = scripted([{ status: 'overtaken', text: 'accept: [a]\n# one\n' }, { status: 'changed', text: 'accept: [a, b]\n# two\n' }, { status: 'written' }])
    expect(await writeEdited('x', 'accept: [a]\n', accepting('b'), replace)).toBe(true)
    expect(calls[2]).toEqual(['accept: [a, b]\n# two\n', 'accept: [a, b]\n# one\n# two\n'])
  })

  it('writes nothing when the word is there already', async () => {
    const { calls, replace } = scripted([])
    expect(await writeEdited('x', 'accept: [B]\n', accepting('b'), replace)).toBe(true)
    expect(calls).toEqual([])
  })
})

describe('accepting words while another program appends to the file', () => {
  it('loses none of its 1,500 lines and none of the words', async () => {
    const LINES = 1500
    writeFileSync(file(), '# Team words\naccept:\n  - Nimbus\n')
    // Another process appends one line at a time (open, write, close), pausing 1 ms every 10
    // lines so that it runs through many accepts. The timing only decides how often the two meet;
    // the test holds either way.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); const pause = new Int32Array(new SharedArrayBuffer(4));
       for (let i = 0; i < ${LINES}; i++) { fs.appendFileSync(process.argv[1], '# line ' + i + '\\n'); if (i % 10 === 9) Atomics.wait(pause, 0, 0, 1) }`,
      file(),
    ])
    const done = new Promise((resolve) => writer.on('exit', resolve))
    let running = true
    void done.then(() => (running = false))
    const outcomes: Record<Replaced['status'], number> = { written: 0, changed: 0, overtaken: 0 }
    const counting = async (path: string, expected: string | undefined, next: string) => {
      const outcome = await replaceIfUnchanged(path, expected, next)
      outcomes[outcome.status]++
      return outcome
    }
    const words: string[] = []
    for (let n = 0; running || n < 20; n++) {
      words.push(`word${n}`)
      expect(await accept(file(), `word${n}`, counting)).toBe(true)
    }
    expect(await done).toBe(0)
    await lateWritesSettled()
    const text = readFileSync(file(), 'utf8')
    const lines = text.split('\n').filter((l) => l.startsWith('# line '))
    expect(lines).toEqual(Array.from({ length: LINES }, (_, i) => `# line ${i}`))
    expect(parseDocument(text).toJS().accept).toEqual(['Nimbus', ...words])
    console.log(`${words.length} words accepted during ${LINES} appends: ${JSON.stringify(outcomes)}`)
  }, 120_000)
})

describe('untilUnchanged', () => {
  it('reads and writes again while the file changed, at most the attempts given', async () => {
    let calls = 0
    expect(await untilUnchanged(4, async () => (++calls, 'changed' as const))).toBe('changed')
    expect(calls).toBe(4)
    calls = 0
    expect(await untilUnchanged(4, async () => (++calls < 3 ? 'changed' : true))).toBe(true)
    expect(calls).toBe(3)
  })
})

describe('watchReplaced', () => {
  it('carries a write that landed before the watch began, with no write after it', async () => {
    const path = file('replaced.yaml')
    // Settled at "accept: [a]\n"; a late line landed before watchReplaced was called.
    writeFileSync(path, 'accept: [a]\n# late\n')
    const handle = await open(path, 'r')
    const carried: Array<[string, string]> = []
    watchReplaced({
      handle,
      text: 'accept: [a]\n',
      placeAfter: 'accept: [a, b]\n',
      read: async () => readFileSync(path, 'utf8'),
      carry: async (late, after) => (carried.push([late, after]), 'carried' as const),
      keep: async () => expect.unreachable('carried, not kept'),
    })
    await lateWritesSettled()
    expect(carried).toEqual([['# late\n', 'accept: [a, b]\n']])
  }, 20_000)
})
