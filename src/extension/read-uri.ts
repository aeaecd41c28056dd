// Reading a workspace file's bytes for the extension: configs, audited files, the config an accepted
// word goes into. file: URIs go through the one bounded reader of the CLI (src/node/read-file.ts):
// regular files only, at most the limit, a FIFO never hangs the host. Other schemes (virtual
// workspaces) go through VS Code's file system, which has no such read: the URI is stat'ed first
// (type and size), and what comes back is measured again.
import * as vscode from 'vscode'
import { FileReadError, readConfigFile, readRegularFile } from '../node/read-file.js'

/** The bytes of a file of at most `limit` bytes; throws FileReadError. */
export async function readUri(uri: vscode.Uri, limit: number): Promise<Uint8Array> {
  return uri.scheme === 'file' ? readRegularFile(uri.fsPath, limit) : ((await readVirtual(uri, limit, false)) as Uint8Array)
}

/** A config's bytes; undefined when there is none. Throws FileReadError (see readConfigFile). */
export async function readConfigUri(uri: vscode.Uri, limit: number): Promise<Uint8Array | undefined> {
  return uri.scheme === 'file' ? readConfigFile(uri.fsPath, limit) : readVirtual(uri, limit, true)
}

async function readVirtual(uri: vscode.Uri, limit: number, optional: boolean): Promise<Uint8Array | undefined> {
  const path = uri.toString()
  let stat: vscode.FileStat
  try {
    stat = await vscode.workspace.fs.stat(uri)
  } catch (error) {
    if (optional && error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined
    throw new FileReadError(path, { kind: 'system', code: (error as vscode.FileSystemError)?.code ?? String(error) })
  }
  if (!(stat.type & vscode.FileType.File)) throw new FileReadError(path, { kind: 'not-a-file', what: stat.type & vscode.FileType.Directory ? 'a folder' : 'not a file' })
  if (stat.size > limit) throw new FileReadError(path, { kind: 'too-large', size: stat.size, limit })
  const bytes = await vscode.workspace.fs.readFile(uri)
  if (bytes.length > limit) throw new FileReadError(path, { kind: 'too-large', size: bytes.length, limit })
  return bytes
}
