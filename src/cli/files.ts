// Which files a command line names: paths, folders (searched for prose files) and globs.
import { lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { decodeText, type DocumentFormat } from '../engine/index.js'

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.mkdn']
export const TEXT_EXTENSIONS = ['.txt', '.text']
const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**']

export function formatOf(path: string): DocumentFormat {
  return MARKDOWN_EXTENSIONS.includes(extname(path).toLowerCase()) ? 'markdown' : 'text'
}

export interface Expanded {
  files: string[]
  /** Arguments that named nothing. */
  missing: string[]
}

export async function expandArguments(args: readonly string[], cwd: string): Promise<Expanded> {
  const files = new Set<string>()
  const missing: string[] = []
  const proseGlob = `**/*{${[...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS].join(',')}}`
  for (const arg of args) {
    let found: string[] = []
    if (isDynamicPattern(arg)) {
      found = await glob(arg, { cwd, absolute: true, ignore: DEFAULT_IGNORES, dot: false })
    } else {
      const path = resolve(cwd, arg)
      const stat = statSync(path, { throwIfNoEntry: false })
      // Links to folders are not followed (no loops, no file twice); a dangling link is named
      // and reported as unreadable rather than said to be missing.
      if (stat?.isDirectory()) found = await glob(proseGlob, { cwd: path, absolute: true, ignore: DEFAULT_IGNORES, caseSensitiveMatch: false, followSymbolicLinks: false })
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
  return { files: unique, missing }
}

export type ReadResult = { text: string } | { skipped: string }

/** Reads a file as text; binary files and files over the size limit are skipped, with a reason. */
export function readText(path: string, maxBytes: number): ReadResult {
  const size = statSync(path).size
  if (size > maxBytes) {
    return { skipped: `larger than ${Math.round(maxBytes / 1e6)} MB (${(size / 1e6).toFixed(1)} MB); raise the limit with --max-file-size` }
  }
  const text = decodeText(readFileSync(path))
  return text === undefined ? { skipped: 'binary file (contains NUL bytes)' } : { text }
}

/** Written beside the target and renamed over it: a reader never sees half a file. */
export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, text)
  renameSync(temporary, path)
}
