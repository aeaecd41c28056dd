// Which files a command line names: paths, folders (searched for prose files) and globs.
//
// Links: a path named on the command line is read whatever it links to (you named it), as long as
// that is a regular file (src/node/read-file.ts). A search, of a folder or a glob alike, follows no
// link, to a file or to a folder: a link loop cannot trap it, a link cannot take it out of the tree
// it searches (`ln -s /dev/zero z.md`, `ln -s ~ home`), and no file is linted twice. A link's target
// inside the tree is found there anyway.
import { lstatSync, mkdirSync, readdir, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { decodeText } from '../front-end-helpers/index.js'
import { PROSE_GLOB } from '../node/document-files.js'
import { describeProblem, readRegularFileSync, type FileReadError } from '../node/read-file.js'

const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**']

export interface Expanded {
  files: string[]
  /** Arguments that named nothing. */
  missing: string[]
  /** Folders a search could not read (their files were not found): too long a path, no permission. */
  unreadable: Array<{ path: string; reason: string }>
}

export async function expandArguments(args: readonly string[], cwd: string): Promise<Expanded> {
  const files = new Set<string>()
  const missing: string[] = []
  const unreadable: Expanded['unreadable'] = []
  // The crawler (fdir, under tinyglobby) skips a folder it cannot read without a word; it is told here.
  const fs = {
    readdir: ((path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) =>
      readdir(path, options, (error, entries) => {
        if (error && error.code !== 'ENOENT') unreadable.push({ path: resolve(cwd, path), reason: describeProblem({ kind: 'system', code: error.code ?? error.message }) })
        callback(error, entries)
      })) as unknown as typeof readdir,
  }
  const search = { absolute: true, ignore: DEFAULT_IGNORES, followSymbolicLinks: false, fs }
  for (const arg of args) {
    let found: string[] = []
    if (isDynamicPattern(arg)) {
      found = await glob(arg, { ...search, cwd, dot: false })
    } else {
      const path = resolve(cwd, arg)
      const stat = statSync(path, { throwIfNoEntry: false })
      // A dangling link is named and reported as unreadable rather than said to be missing.
      if (stat?.isDirectory()) found = await glob(PROSE_GLOB, { ...search, cwd: path, caseSensitiveMatch: false })
      else if (stat || lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) found = [path]
    }
    if (!found.length) missing.push(arg)
    found.sort().forEach((f) => files.add(f))
  }
  // The same file reached twice (a link and its target) is linted once.
  const seen = new Set<string>()
  const unique = [...files].filter((f) => {
    let real = f
    try {
      real = realpathSync(f)
    } catch {}
    if (seen.has(real)) return false
    seen.add(real)
    return true
  })
  return { files: unique, missing, unreadable }
}

export type ReadResult = { text: string } | { skipped: string }

/**
 * Reads a document as text. What is not a regular file, binary files, files over the size limit and
 * files that cannot be read are skipped, with a reason.
 */
export function readText(path: string, maxBytes: number): ReadResult {
  let bytes: Buffer
  try {
    bytes = readRegularFileSync(path, maxBytes)
  } catch (error) {
    return { skipped: skipReason(error as FileReadError) }
  }
  const text = decodeText(bytes)
  return text === undefined ? { skipped: 'binary file (contains NUL bytes)' } : { text }
}

const skipReason = ({ problem, message }: FileReadError) => (problem.kind === 'too-large' ? `${message}; raise the limit with --max-file-size` : message)

/** Written beside the target and renamed over it: a reader never sees half a file. */
export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, path)
}
