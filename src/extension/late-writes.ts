// Writes that reach a config after it was replaced. A program that opened .cluetrain.yaml before
// our rename and writes after it (an appender descheduled between its open and its write) writes
// into the file the rename took off the path. replaceIfUnchanged reads that file until it settles
// (3 reads 40 ms apart), which catches a writer stalled up to about 120 ms; on CI's 2 loaded cores
// the e2e appender still lost 1 or 2 of its 1,500 lines in about one run of three. So the replaced
// file is watched for a while longer, in the background: what is appended to it is carried over to
// the file now at the path, where it would have gone had it been written a moment earlier.
import type { FileHandle } from 'node:fs/promises'

/** How long a replaced file is watched after its last change, and how often it is looked at. */
const WATCH_MS = 5_000
const POLL_MS = 50

/** What a watcher needs: the replaced file's text, and where to carry what is appended to it. */
export interface ReplacedFile {
  handle: FileHandle
  /** Its text when the replace returned (settled). */
  text: string
  /** The text whose end, in the file at the path, is where the replaced file's end was: what was written in its place, or (overtaken) its own text, which the next write carries. */
  placeAfter: string
  /** Reads it again (undefined: too large to be a config). */
  read: (handle: FileHandle) => Promise<string | undefined>
  /** Carries `late`, appended after `after`, into the file at the path: true once written there, false when given up. */
  carry: (late: string, after: string) => Promise<boolean>
  /** Keeps `late` where the user can find it, when it could not be carried (the file at the path gone or never still). */
  keep: (late: string) => Promise<void>
}

const watching = new Set<Promise<void>>()

/** Watches a replaced file, then closes its handle. */
export function watchReplaced(file: ReplacedFile): void {
  const watch = watchUntilQuiet(file).finally(() => {
    watching.delete(watch)
    return file.handle.close().catch(() => undefined)
  })
  watching.add(watch)
}

/** Resolves when every replaced file is no longer watched and what was written to them is carried over. */
export async function lateWritesSettled(): Promise<void> {
  while (watching.size) await Promise.all([...watching])
}

async function watchUntilQuiet(file: ReplacedFile): Promise<void> {
  let { text, placeAfter } = file
  // No size to start from: the first look reads the file. A write that landed between the settled
  // read and this watch (a few ms on a loaded machine) would otherwise be in the starting size and
  // never be carried, with no later write to show a change (the e2e appender lost 1 line of 1,500).
  let size = -1
  for (let quiet = 0; quiet < WATCH_MS; quiet += POLL_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS).unref?.())
    const now = (await file.handle.stat()).size
    if (now === size) continue
    size = now
    const again = await file.read(file.handle)
    // Only an append can be placed: a rewrite of the replaced file has nowhere to go.
    if (again === undefined || !again.startsWith(text)) return
    const late = again.slice(text.length)
    // Lines another program wrote are the user's: never dropped. Not carried, they are kept aside.
    if (late && !(await file.carry(late, placeAfter).catch(() => false))) await file.keep(late).catch(() => undefined)
    ;[text, placeAfter] = [again, placeAfter + late]
    quiet = 0
  }
}

/**
 * Where an append `late`, made to a file whose text was `after`, goes in `text`, the file at the
 * path now (which an edit made from `after`, and maybe other appends and edits since): right after
 * what `after` ended with, as the writer meant (later appends came after its write), when that end
 * is found once and the result `fits`; else at the end of the file.
 */
export function placeLate(text: string, after: string, late: string, fits: (text: string) => boolean = () => true): string {
  const anchor = after.slice(-ANCHOR_CHARS)
  const at = anchor ? text.indexOf(anchor) : -1
  if (at >= 0 && text.indexOf(anchor, at + 1) < 0) {
    const placed = text.slice(0, at + anchor.length) + late + text.slice(at + anchor.length)
    if (fits(placed)) return placed
  }
  return text + late
}

// Enough of a config's last lines to find them again, and short enough that an edit made since
// (a word added to the list above them) leaves them whole.
const ANCHOR_CHARS = 200
