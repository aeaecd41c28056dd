// Replaces a small text file (a .cluetrain.yaml) the way "Accept word" must: atomically, and only
// if the file still holds the text the edit was computed from. A script appending 1,500 lines to
// the file while words were accepted lost 130 of them: each accept read the file, worked on it
// for a while, and wrote its old text plus the word back over the lines added meanwhile.
//
// - Atomic: the new text goes to a temporary file beside the target and is renamed over it, so no
//   reader sees half a file and a crash leaves the old file whole.
// - Compare and swap: just before the rename, the path must still lead to the file that was
//   opened (an editor or git that replaced it made a new one), and that file must still hold the
//   text the edit was computed from. Otherwise nothing is written, and the edit is made again on
//   what the file holds now (`changed`).
// - A write can still land between that comparison and the rename, or later through a handle
//   opened before it (an appender's open, then its write). It lands in the file the rename took
//   off the path, which stays readable through our handle: reading it after the rename catches
//   it, and the edit is made again on that text and written over ours (`overtaken`). A write later
//   still (a writer stalled past the settling) is caught by watching the replaced file a while
//   longer (late-writes.ts) and carried over to the file at the path.
// Node's fs, not vscode.workspace.fs: only file: URIs come here, and only Node can rename over a
// file and keep reading the one it replaced. What it cannot carry over: a rewrite (not an append)
// of the replaced file, or a write more than 5 s after the replaced file last changed. A carried
// append waits for the file at the path to hold still; one with nowhere to go (the config deleted
// since, or never still for a minute) is kept in a file beside the config
// (`.cluetrain.yaml.late-<time>-<id>.txt`) and the user is told.
// Accepts and carries of one config take turns (config-queue.ts: inConfigQueue).
import { randomBytes } from 'node:crypto'
import { link, open, realpath, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { OPEN_FLAGS, readRegularFile } from '../node/read-file.js'
import { inConfigQueue, untilQuiet } from './config-queue.js'
import { endLateWatches, lateWritesSettled, placeLate, watchReplaced, type Carried } from './late-writes.js'

export { endLateWatches, lateWritesSettled }

export type Replaced =
  | { status: 'written' }
  /** Nothing was written: the file does not hold what the edit was computed from. `text`: what it holds, when known. */
  | { status: 'changed'; text?: string }
  /** Written, but another program's change went into the file it replaced: that file's text. */
  | { status: 'overtaken'; text: string }

/** What an edit makes of the file's text: the new text, or nothing to write (true: nothing to change, false: refused). */
export type Edited = string | boolean

/** Writes tried before giving up on a file that keeps changing, while nothing of ours is in it. */
const MAX_WRITES = 32

/**
 * Writes `edit(text)` over the file, `disk` being its text as read (undefined: no file yet), with
 * `replace` (compare and swap: replaceIfUnchanged for a local file). Returns the edit's verdict
 * (true when written), or `changed` when the file kept changing or was replaced: read it again.
 */
export async function writeEdited<P>(path: P, disk: string | undefined, edit: (text: string) => Edited, replace: (path: P, expected: string | undefined, next: string) => Promise<Replaced>): Promise<boolean | 'changed'> {
  let text = disk ?? '' // what the edit is made on: the file as it should be, without the word
  let expected = disk // what the file holds, for the write to go through
  // Set once a write of ours was overtaken: the file then holds our write, and `text` has changes
  // it lacks, so something must be written again, with the word or without it.
  // Once owed, there is no giving up while the file only grows: read again, the file at the path
  // would keep our write without the change that overtook it (lost), and a carry tried again
  // would write its lines twice. Each try then needs the file to have grown (at most MAX_BYTES).
  let owed = false
  for (let write = 0; owed || write < MAX_WRITES; write++) {
    const edited = edit(text)
    if (typeof edited === 'boolean' && !owed) return edited
    const next = typeof edited === 'boolean' ? text : edited
    const outcome = await replace(path, expected, next)
    if (outcome.status === 'written') return typeof edited === 'boolean' ? edited : true
    // The file that held `expected` now holds `outcome.text`: take that change into `text`. Over
    // a write of ours, only an append (what a program writing to the file while we work does) can
    // be carried over the changes it lacks; anything else would need a three-way merge: give up,
    // read again, and the changes our write lacks are lost.
    if (outcome.text === undefined) return 'changed'
    if (!owed) text = outcome.text
    else if (outcome.text.length > expected!.length && outcome.text.startsWith(expected!)) text += outcome.text.slice(expected!.length)
    else return 'changed'
    if (outcome.status === 'overtaken') [expected, owed] = [next, true]
    else expected = outcome.text
  }
  return 'changed'
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
// Beyond this, a file that changed under us is not a config being edited: read no more of it.
const MAX_BYTES = 4 * 1024 * 1024

/**
 * Puts `next` at `path` if the file there holds `expected` (a UTF-8 byte-order mark aside: it is
 * kept), or if there is no file and `expected` is undefined. `fits`: whether a text is a config
 * the file may hold, to place a late write (late-writes.ts) where it does not break it.
 */
export async function replaceIfUnchanged(path: string, expected: string | undefined, next: string, fits?: (text: string) => boolean): Promise<Replaced> {
  if (expected === undefined) return createIfAbsent(path, next)
  let target: string
  let handle: FileHandle
  try {
    target = await realpath(path) // a linked config: replace the file it leads to, not the link
    // Non-blocking: a FIFO put at the path must not hang the open (it has no writer); stat refuses it below.
    handle = await open(target, OPEN_FLAGS)
  } catch {
    return { status: 'changed' } // gone since it was read
  }
  const temporary = temporaryBeside(target)
  let watched = false
  try {
    const opened = await handle.stat()
    if (!opened.isFile()) return { status: 'changed' }
    const bom = (await bytesOf(handle, 3)).equals(BOM) ? BOM : Buffer.alloc(0)
    const wanted = Buffer.concat([bom, Buffer.from(expected, 'utf8')])
    await writeFile(temporary, Buffer.concat([bom, Buffer.from(next, 'utf8')]), { flag: 'wx', mode: opened.mode & 0o7777 })
    // The comparison, as late as can be: the path still leads to the file opened, which holds what was read.
    const now = await stat(target).catch(() => undefined)
    if (!now || now.ino !== opened.ino || now.dev !== opened.dev) return { status: 'changed' }
    if (!(await bytesOf(handle, wanted.length + 1)).equals(wanted)) return { status: 'changed', text: await textOf(handle) }
    try {
      await rename(temporary, target)
    } catch (error) {
      // Windows refuses to rename over a file another program holds open: try again later.
      if (['EPERM', 'EBUSY', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) return { status: 'changed' }
      throw error
    }
    const replaced = await settledTextOf(handle)
    if (replaced === undefined) throw new Error(`${target} grew past ${MAX_BYTES / 1024 / 1024} MB while it was edited`)
    const written = replaced === expected
    const carry = (late: string, after: string) => carryLate(target, late, after, fits)
    const keep = (late: string) => keepUncarried(target, late)
    watchReplaced({ handle, text: replaced, placeAfter: written ? next : replaced, read: textOf, carry, keep })
    watched = true
    return written ? { status: 'written' } : { status: 'overtaken', text: replaced }
  } finally {
    if (!watched) await handle.close()
    await rm(temporary, { force: true })
  }
}

// A carry waits this long at most for the file at the path to hold still, then the watch looks at
// the replaced file again (more late lines join the carry) and waits again.
const CARRY_WAIT_MS = 1_000

/** Writes `late`, appended to a replaced file after `after`, into the file now at `target` (placeLate), once it holds still. */
async function carryLate(target: string, late: string, after: string, fits?: (text: string) => boolean): Promise<Carried> {
  const still = await untilQuiet(target, CARRY_WAIT_MS)
  if (still !== 'quiet') return still === 'gone' ? 'nowhere' : 'later'
  const replace = (path: string, expected: string | undefined, next: string) => replaceIfUnchanged(path, expected, next, fits)
  return inConfigQueue(target, async () => {
    // The project's reader: a regular file within MAX_BYTES, opened without blocking on a FIFO.
    const bytes = await readRegularFile(target, MAX_BYTES).catch(() => undefined)
    if (!bytes) return 'nowhere' // deleted, replaced by something else, or too large since: nowhere to carry the lines
    const outcome = await writeEdited(target, withoutBom(bytes), (text) => placeLate(text, after, late, fits), replace)
    return outcome === true ? 'carried' : 'later' // changed meanwhile, nothing written: after the next quiet
  })
}

type KeptListener = (kept: string, target: string) => void
const keptListeners = new Set<KeptListener>()

/** Called with the file late lines were kept in, and the config they were meant for: the extension tells the user. */
export function onLateLinesKept(listener: KeptListener): { dispose(): void } {
  keptListeners.add(listener)
  return { dispose: () => void keptListeners.delete(listener) }
}

/**
 * Lines appended to a replaced config that could not be carried to the file at the path (deleted,
 * or never still for MAX_OWED_MS) go to a new file beside it, named after it and the
 * time, so that nothing another program wrote is lost without a word.
 */
async function keepUncarried(target: string, late: string): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const kept = join(dirname(target), `${basename(target)}.late-${stamp}-${randomBytes(3).toString('hex')}.txt`)
  await writeFile(kept, late, { flag: 'wx' })
  for (const listener of keptListeners) listener(kept, target)
}

/**
 * Runs `readAndWrite` (read the file, edit, write if unchanged) again while it says the file
 * changed under it, at most `attempts` times: its verdict, or `changed` when the file never held
 * still. The accept command reads again this way.
 */
export async function untilUnchanged<T>(attempts: number, readAndWrite: () => Promise<T | 'changed'>): Promise<T | 'changed'> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const outcome = await readAndWrite()
    if (outcome !== 'changed') return outcome
  }
  return 'changed'
}

/** A new file, only if none appeared meanwhile: a hard link fails when the name is taken. */
async function createIfAbsent(path: string, next: string): Promise<Replaced> {
  const temporary = temporaryBeside(path)
  try {
    await writeFile(temporary, next, { flag: 'wx' })
    await link(temporary, path).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') throw error
      await writeFile(path, next, { flag: 'wx' }) // a file system without hard links: create exclusively
    })
    return { status: 'written' }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { status: 'changed' }
    throw error
  } finally {
    await rm(temporary, { force: true })
  }
}

/** The open file's text without a byte-order mark; undefined past MAX_BYTES. */
// A program that opened the file before the rename may write to it a moment later (descheduled
// between its open and its write: tens of milliseconds on a loaded machine, where the e2e appender
// lost a line). The replaced file is read until three reads SETTLE_MS apart find it unchanged, at
// most MAX_SETTLE_READS times: an accept costs 120 ms more, and only a writer stalled longer than
// that can still lose its line (at 2 × 20 ms, the e2e appender lost 5 of 1,500 lines once, under
// a load average over 10 on 2 cores).
const SETTLE_MS = 40
const STILL_READS = 3
const MAX_SETTLE_READS = 50

async function settledTextOf(handle: FileHandle): Promise<string | undefined> {
  let text = await textOf(handle)
  for (let read = 0, still = 0; read < MAX_SETTLE_READS && still < STILL_READS && text !== undefined; read++) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
    const again = await textOf(handle)
    still = again === text ? still + 1 : 0
    text = again
  }
  return text
}

async function textOf(handle: FileHandle): Promise<string | undefined> {
  const bytes = await bytesOf(handle, MAX_BYTES + 1)
  return bytes.length > MAX_BYTES ? undefined : withoutBom(bytes)
}

const withoutBom = (bytes: Buffer) => bytes.subarray(bytes.subarray(0, 3).equals(BOM) ? 3 : 0).toString('utf8')

/** Up to `limit` bytes from the start of the open file. */
async function bytesOf(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let total = 0
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, limit - total))
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, total)
    if (!bytesRead) break
    chunks.push(chunk.subarray(0, bytesRead))
    total += bytesRead
  }
  return Buffer.concat(chunks)
}

// Hidden, and not named like a config: the config watcher (`**/.cluetrain.{yaml,yml}`) ignores it.
function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}
