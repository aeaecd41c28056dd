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
// Lines owed to the file at the path wait for it to hold still (config-queue.ts: untilQuiet), as
// long as it takes: a carry given 32 quick attempts lost 5 of the e2e appender's 1,500 lines to a
// `.late-` file while the appender kept writing to the file at the path. A file that never holds
// still for this long is not a config being edited: the lines are kept aside then.
const MAX_OWED_MS = 60_000

/** What became of a carry: written at the path, to try again (the file there did not hold still), or nowhere to go (gone). */
export type Carried = 'carried' | 'later' | 'nowhere'

/** What a watcher needs: the replaced file's text, and where to carry what is appended to it. */
export interface ReplacedFile {
  handle: FileHandle
  /** Its text when the replace returned (settled). */
  text: string
  /** The text whose end, in the file at the path, is where the replaced file's end was: what was written in its place, or (overtaken) its own text, which the next write carries. */
  placeAfter: string
  /** Reads it again (undefined: too large to be a config). */
  read: (handle: FileHandle) => Promise<string | undefined>
  /** Carries `late`, appended after `after`, into the file at the path. */
  carry: (late: string, after: string) => Promise<Carried>
  /** Keeps `late` where the user can find it, when it could not be carried (the file at the path gone, or never still). */
  keep: (late: string) => Promise<void>
}

const watching = new Set<Promise<void>>()
let ending = false

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

/** Ends every watch now (the extension is deactivated): lines not carried yet are kept aside. */
export async function endLateWatches(): Promise<void> {
  ending = true
  try {
    await lateWritesSettled()
  } finally {
    ending = false
  }
}

async function watchUntilQuiet(file: ReplacedFile): Promise<void> {
  let { text, placeAfter } = file
  // Appended to the replaced file and not in the file at the path yet, in the order written; one
  // carry takes all of it, after what it was appended to.
  let owed = ''
  let owedSince = 0
  // No size to start from: the first look reads the file. A write that landed between the settled
  // read and this watch (a few ms on a loaded machine) would otherwise be in the starting size and
  // never be carried, with no later write to show a change (the e2e appender lost 1 line of 1,500).
  let size = -1
  try {
    // The watch ends WATCH_MS after the replaced file last changed, and never with lines owed.
    for (let quiet = 0; owed || quiet < WATCH_MS; quiet += POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS).unref?.())
      if (ending) return
      const now = (await file.handle.stat()).size
      if (now !== size) {
        size = now
        const again = await file.read(file.handle)
        // Only an append can be placed: a rewrite of the replaced file has nowhere to go.
        if (again === undefined || !again.startsWith(text)) return
        if (again !== text) [owed, owedSince, text, quiet] = [owed + again.slice(text.length), owed ? owedSince : Date.now(), again, 0]
      }
      if (!owed) continue
      const carried = await file.carry(owed, placeAfter).catch((): Carried => 'nowhere')
      if (carried === 'carried') [placeAfter, owed] = [placeAfter + owed, '']
      else if (carried === 'nowhere' || Date.now() - owedSince > MAX_OWED_MS) return
    }
  } finally {
    // Lines another program wrote are the user's: never dropped. Not carried, they are kept aside.
    if (owed) await file.keep(owed).catch(() => undefined)
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
