// Reading files from disk, for every front end: the CLI's documents, configs and baselines, and the
// extension's configs, audited files and accept edits (file: URIs). Only regular files are read, and
// never more than a limit: a `.cluetrain.yaml` or a `*.md` that is a link to /dev/zero took the CLI
// to 11-13 GB and the extension host to 6.5 GB, and a FIFO hung them forever (issue #13).
//
// Each read stats the path (a device, a FIFO or a folder is refused before it is even opened), opens
// it non-blocking (a FIFO swapped in meanwhile must not hang the open: it has no writer), stats the
// open handle again (what was opened is what is read), refuses it above the limit, and reads at most
// limit + 1 bytes (a file that grows while it is read, or a /proc file that says size 0, cannot get
// past the limit either). The CLI reads documents synchronously (a file per call, in worker threads
// too), configs (ConfigWalker) and the extension host asynchronously: the two loops below differ
// only in that.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs'
import { lstat, open, realpath, stat } from 'node:fs/promises'
import { dirname, isAbsolute, relative, sep } from 'node:path'

// Windows has neither flag (and no FIFOs in the file system); O_NOCTTY: opening a terminal never makes it ours.
export const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0)

export type ReadProblem =
  /** A folder, a FIFO, a device, a socket: `what` says which. */
  | { kind: 'not-a-file'; what: string }
  /** `size` is at least this (a growing file is not read to its end). */
  | { kind: 'too-large'; size: number; limit: number }
  /** A config that is a link to a file outside the folder it configures (see readConfigFile). */
  | { kind: 'link-outside'; target: string }
  /** A link whose target does not exist. */
  | { kind: 'dangling-link' }
  /** What the system said: ENOENT, EACCES, ENAMETOOLONG, ELOOP… */
  | { kind: 'system'; code: string }

export class FileReadError extends Error {
  constructor(
    readonly path: string,
    readonly problem: ReadProblem,
  ) {
    super(describeProblem(problem))
    this.name = 'FileReadError'
  }
}

/** One short English phrase for a problem, for messages that follow a file name. */
export function describeProblem(problem: ReadProblem): string {
  switch (problem.kind) {
    case 'not-a-file':
      return `not a regular file (${problem.what})`
    case 'too-large':
      return `larger than ${megabytes(problem.limit)} MB (${megabytes(problem.size)} MB)`
    case 'link-outside':
      return 'a link to a file outside its folder, so it is not read'
    case 'dangling-link':
      return 'a link to a file that does not exist'
    case 'system':
      return problem.code === 'ENAMETOOLONG' ? 'cannot read it: its path is too long for the system (ENAMETOOLONG)' : `cannot read it (${problem.code})`
  }
}

const megabytes = (bytes: number) => String(Math.round(bytes / 1e5) / 10)

/** Why a config file could not be read, for the ConfigError the front ends make of it. */
export function configReadReason(error: FileReadError): string {
  return error.problem.kind === 'too-large' ? `${error.message}, the most a configuration may be` : error.message
}

/** The bytes of a regular file of at most `limit` bytes; throws a FileReadError otherwise (and nothing else). */
export function readRegularFileSync(path: string, limit: number): Buffer {
  try {
    const into = new BoundedBytes(path, limit, regularSize(path, statSync(path), limit))
    const fd = openSync(path, OPEN_FLAGS)
    try {
      into.check(fstatSync(fd))
      while (into.wantsMore()) into.took(readSync(fd, into.buffer, into.length, into.room(), into.length))
    } finally {
      closeSync(fd)
    }
    return into.bytes()
  } catch (error) {
    throw asReadError(path, error)
  }
}

/** readRegularFileSync for the extension host, which must not block on a read. */
export async function readRegularFile(path: string, limit: number): Promise<Buffer> {
  try {
    const into = new BoundedBytes(path, limit, regularSize(path, await stat(path), limit))
    const handle = await open(path, OPEN_FLAGS)
    try {
      into.check(await handle.stat())
      while (into.wantsMore()) into.took((await handle.read(into.buffer, into.length, into.room(), into.length)).bytesRead)
    } finally {
      await handle.close()
    }
    return into.bytes()
  } catch (error) {
    throw asReadError(path, error)
  }
}

/**
 * A `.cluetrain.yaml` (or a file like it): undefined when there is none, its bytes when it is a
 * regular file within `limit`. A config that is a link is read only when it resolves inside the
 * folder it sits in (that folder or below): a repository can commit a link to ~/.ssh/id_rsa or
 * /etc/passwd, and a config error quotes the file back. The same rule holds in the CLI and the
 * editor, whatever the working directory or workspace, and a link to a file beside the config
 * (`.cluetrain.yaml -> config/cluetrain.yaml`) still works. A link to a parent's config is not
 * needed: configs are merged upward anyway.
 */
export async function readConfigFile(path: string, limit: number): Promise<Buffer | undefined> {
  let link: Stats | undefined
  try {
    link = await lstat(path)
    if (link.isSymbolicLink()) staysInside(path, await realpath(path), await realpath(dirname(path)))
  } catch (error) {
    if (isAbsent(error) && !link) return undefined
    throw asReadError(path, error, link)
  }
  return readRegularFile(path, limit)
}

/**
 * readConfigFile for the command line, synchronously: it looks for two names in every folder up
 * from each file to the root (10 looks for a file in /a/b/c/d/), and each asynchronous call waits for a
 * thread of libuv's pool to be scheduled, which on the loaded 2-core machine is milliseconds a
 * call. The same checks and errors (realpath: the system's, as fs/promises calls it).
 */
export function readConfigFileSync(path: string, limit: number): Buffer | undefined {
  let link: Stats | undefined
  try {
    link = lstatSync(path)
    if (link.isSymbolicLink()) staysInside(path, realpathSync.native(path), realpathSync.native(dirname(path)))
  } catch (error) {
    if (isAbsent(error) && !link) return undefined
    throw asReadError(path, error, link)
  }
  return readRegularFileSync(path, limit)
}

function staysInside(path: string, target: string, folder: string): void {
  if (pathWithin(folder, target) === undefined) throw new FileReadError(path, { kind: 'link-outside', target })
}

/** `path` below `folder` with `/` between names, '' for the folder itself, undefined when it is outside. */
export function pathWithin(folder: string, path: string): string | undefined {
  const way = relative(folder, path)
  return way === '..' || way.startsWith(`..${sep}`) || isAbsolute(way) ? undefined : way.split(sep).join('/')
}

/** Nothing there (or a parent that is a file): not an error for a config, which is optional. */
const isAbsent = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException)?.code ?? '')

function regularSize(path: string, stats: Stats, limit: number): number {
  if (!stats.isFile()) throw new FileReadError(path, { kind: 'not-a-file', what: kindOf(stats) })
  if (stats.size > limit) throw new FileReadError(path, { kind: 'too-large', size: stats.size, limit })
  return stats.size
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  return 'not a file'
}

/** `link`: the path is a link (lstat'ed), so a missing target is a dangling link. */
function asReadError(path: string, error: unknown, link?: Stats): FileReadError {
  if (error instanceof FileReadError) return error
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT' && link?.isSymbolicLink()) return new FileReadError(path, { kind: 'dangling-link' })
  if (code === 'EISDIR') return new FileReadError(path, { kind: 'not-a-file', what: 'a folder' })
  return new FileReadError(path, { kind: 'system', code: code ?? String((error as Error)?.message ?? error) })
}

/**
 * The bytes read so far. The buffer starts at the size the file claims (one read for a regular
 * file) plus one byte, to see a file that grew past the limit, and grows by doubling up to
 * limit + 1 for a file that claims less than it holds.
 */
class BoundedBytes {
  buffer: Buffer
  length = 0
  private ended = false

  constructor(
    private readonly path: string,
    private readonly limit: number,
    size: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1)
  }

  /** The open handle must be the regular file that was stat'ed by path, still within the limit. */
  check(stats: Stats): void {
    regularSize(this.path, stats, this.limit)
  }

  wantsMore(): boolean {
    if (this.ended || this.length > this.limit) return false
    if (this.length === this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(Math.max(this.buffer.length * 2, 64 * 1024), this.limit + 1))
      this.buffer.copy(larger, 0, 0, this.length)
      this.buffer = larger
    }
    return true
  }

  room(): number {
    return this.buffer.length - this.length
  }

  took(count: number): void {
    if (count === 0) this.ended = true
    this.length += count
  }

  bytes(): Buffer {
    if (this.length > this.limit) throw new FileReadError(this.path, { kind: 'too-large', size: this.length, limit: this.limit })
    return this.buffer.subarray(0, this.length)
  }
}
