// One config file, one writer of ours at a time. An accept reads the file, edits it and writes it
// back if unchanged (config-write.ts); the carrying of late lines (late-writes.ts) does the same.
// Run side by side, each one's write makes the other's comparison fail: carries tried every 50 ms
// made an accept give up ("kept changing") in the e2e test, and an accept could rename its write
// between a carry's comparison and its rename, which then went over it. So every read-edit-write
// of a config goes through the queue of its file, in the order they came: only other programs
// can still change the file under them.
import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'

const tails = new Map<string, Promise<unknown>>()

/** Runs `job` once every job queued before it for the same file has finished (failed or not). */
export async function inConfigQueue<T>(path: string, job: () => Promise<T>): Promise<T> {
  const key = await queueKey(path)
  const before = tails.get(key) ?? Promise.resolve()
  const run = before.then(job)
  const tail = run.catch(() => undefined)
  tails.set(key, tail)
  void tail.then(() => tails.get(key) === tail && tails.delete(key))
  return run
}

/** The file a path leads to (a linked config is queued with the file it links to), existing or not. */
async function queueKey(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined)
  if (real) return real
  const folder = await realpath(dirname(path)).catch(() => dirname(resolve(path)))
  return join(folder, basename(path))
}

export type Quiet = 'quiet' | 'gone' | 'restless'

// A program writing to the file changes its size or its modification time at least this often
// (the e2e appender: 5 lines, then 5 ms asleep); 100 ms without a change and it has stopped, or
// is stalled long enough for one read-edit-write (a few ms) to get through.
const QUIET_MS = 100
const LOOK_MS = 20

/**
 * Waits until the file at `path` has not changed (inode, size, modification time) for `quietMs`:
 * `gone` when it is no regular file any more, `restless` when it did not hold still within `maxMs`.
 */
export async function untilQuiet(path: string, maxMs: number, quietMs = QUIET_MS): Promise<Quiet> {
  let last = await stamp(path)
  for (let waited = 0, still = 0; last !== undefined; waited += LOOK_MS) {
    if (still >= quietMs) return 'quiet'
    if (waited >= maxMs) return 'restless'
    await new Promise((resolve) => setTimeout(resolve, LOOK_MS).unref?.())
    const now = await stamp(path)
    still = now === last ? still + LOOK_MS : 0
    last = now
  }
  return 'gone'
}

async function stamp(path: string): Promise<string | undefined> {
  const now = await stat(path).catch(() => undefined)
  return now?.isFile() ? `${now.dev}:${now.ino}:${now.size}:${now.mtimeMs}:${now.ctimeMs}` : undefined
}
