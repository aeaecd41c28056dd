// "Accept this word": adds it to `accept` in the nearest .cluetrain.yaml (created at the
// workspace folder's root if there is none) with the smallest edit. A file that was already
// modified in the editor is edited there (a WorkspaceEdit) but left unsaved, so the user's own
// unsaved changes are never saved behind their back.
//
// The editor's copy of the file can lag behind the disk: a change made outside VS Code (git,
// another editor, a script) reaches it only when the file watcher reports it. Editing that stale
// copy and saving it would fail (VS Code refuses to write over a newer file) and leave the old
// text plus the word, unsaved, in the editor: the word never reaches the disk, and saving that
// editor would throw the other change away. Editing the editor's copy when it matches the disk
// races with that reload too: the save was refused as "newer" when the reload came between the
// edit and the save. So when the editor has no unsaved edits, the word is inserted into the file
// on disk and written there; an open editor reloads it as usual (and its undo takes it back).
//
// Every edit is verified by the engine (acceptWordEdit: the new text must read as the old value
// plus the word) and written atomically, only if the file still holds what the edit was computed
// from (config-write.ts); else the file is read again, a few times, and then the user is told.
import { realpath } from 'node:fs/promises'
import { isAbsolute, relative, sep } from 'node:path'
import * as vscode from 'vscode'
import type { AcceptRefusal } from '../front-end-helpers/index.js'
import { FileReadError } from '../node/read-file.js'
import type { ConfigStore } from './config-store.js'
import { inConfigQueue } from './config-queue.js'
import { replaceIfUnchanged, untilUnchanged, writeEdited, type Replaced } from './config-write.js'
import { loadEngine } from './engine.js'
import { readConfigUri } from './read-uri.js'

/** Reads of the file before telling the user it keeps changing under us. */
const ATTEMPTS = 4

export async function acceptWord(configs: ConfigStore, documentUri: vscode.Uri, word: string): Promise<boolean> {
  const phrase = word.trim().replace(/\s+/g, ' ')
  if (!loadEngine().isPhrase(phrase)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” cannot be accepted: only words, hyphens and apostrophes can.', word))
    return false
  }
  const target = await configs.targetFor(documentUri)
  if (!target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep accepted words in its .cluetrain.yaml.'))
    return false
  }
  // The file or the editor's copy changed between reading and writing (another program, a reload
  // from disk, typing): nothing was written; read it again.
  const accepting = () =>
    untilUnchanged(ATTEMPTS, () =>
      tryAccept(target, phrase).catch((error: Error) => {
        // A config that cannot be read (a FIFO, a link out of its folder, too large) is not edited.
        if (error instanceof FileReadError) void vscode.window.showWarningMessage(vscode.l10n.t('{0} cannot be edited: {1}', vscode.workspace.asRelativePath(target), error.message))
        else void vscode.window.showErrorMessage(vscode.l10n.t('{0} could not be written: {1}', vscode.workspace.asRelativePath(target), error.message))
        return false
      }),
    )
  // In turn with the carrying of late lines to this file (config-queue.ts), and any other accept.
  const outcome = await (target.scheme === 'file' ? inConfigQueue(target.fsPath, accepting) : accepting())
  if (outcome !== 'changed') return outcome
  void vscode.window.showWarningMessage(vscode.l10n.t('{0} kept changing while the word was being added, so it was left as it is. Try again.', vscode.workspace.asRelativePath(target)))
  return false
}

async function tryAccept(target: vscode.Uri, phrase: string): Promise<boolean | 'changed'> {
  const disk = await readDisk(target)
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString())
  const wasDirty = open?.isDirty ?? false
  // No unsaved edits: the editor's copy holds nothing of the user's, and the disk is the truth.
  // (A file that is not UTF-8 is edited in the editor, which knows its encoding.)
  if (!wasDirty && disk !== null) {
    if (target.scheme === 'file' && (await linksOutOfFolder(target))) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is a link to a file outside the workspace folder: add the word there by hand.', vscode.workspace.asRelativePath(target)))
      return false
    }
    const edited = (text: string) => {
      const edit = editFor(target, text, phrase)
      return typeof edit === 'boolean' ? edit : loadEngine().applyEdit(text, edit)
    }
    if (target.scheme !== 'file') return writeEdited(target, disk, edited, replaceThroughWorkspaceFs)
    // A line another program appends late is placed where it leaves a config the extension reads.
    const fits = (text: string) => {
      try {
        return (loadEngine().parseConfig(text, target.fsPath), true)
      } catch {
        return false
      }
    }
    return writeEdited(target.fsPath, disk, edited, (path, expected, next) => replaceIfUnchanged(path, expected, next, fits))
  }
  const document = open ?? (await vscode.workspace.openTextDocument(target))
  const text = document.getText()
  const edit = editFor(target, text, phrase)
  if (typeof edit === 'boolean') return edit
  const change = new vscode.WorkspaceEdit()
  change.replace(target, new vscode.Range(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length)), edit.text)
  if (!(await vscode.workspace.applyEdit(change))) return 'changed'
  // Unsaved edits stay the user's to save, with the word on top of them.
  if (wasDirty) return true
  // Saving fails when the file changed on disk since it was read; VS Code then tells the user and
  // offers to compare, and nothing is written over the other change.
  return document.save()
}

/**
 * Whether the config is a link to a file outside its workspace folder. A repository can commit
 * such a link (to a file of the user's that happens to be YAML): the word is not written there.
 */
async function linksOutOfFolder(target: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(target)
  const [real, root] = await Promise.all([realpath(target.fsPath).catch(() => undefined), folder && realpath(folder.uri.fsPath).catch(() => undefined)])
  if (!real || !root) return false
  const inside = relative(root, real)
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)
}

/** Other file systems (remote, virtual) cannot rename over a file and read the old one: compare, then write. */
async function replaceThroughWorkspaceFs(target: vscode.Uri, expected: string | undefined, next: string): Promise<Replaced> {
  if ((await readDisk(target)) !== expected) return { status: 'changed' }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(next))
  return { status: 'written' }
}

/** The engine's verified edit; true when the word is there already, false (the user is told why) when it cannot be made. */
function editFor(target: vscode.Uri, text: string, phrase: string) {
  const result = loadEngine().acceptWordEdit(text, phrase)
  if ('edit' in result) return result.edit
  if ('present' in result) return true
  void vscode.window.showWarningMessage(refusalMessage(vscode.workspace.asRelativePath(target), result.refused))
  return false
}

function refusalMessage(file: string, reason: AcceptRefusal): string {
  switch (reason) {
    case 'invalid-yaml':
      return vscode.l10n.t('{0} could not be edited safely: fix its YAML first.', file)
    case 'not-a-mapping':
      return vscode.l10n.t('{0} could not be edited safely: its top level must be keys and values, such as “accept:”.', file)
    case 'accept-not-a-list':
      return vscode.l10n.t('{0} could not be edited safely: “accept” is not a list.', file)
    default:
      return vscode.l10n.t('{0} could not be edited safely: adding the word would change more than the “accept” list. Add it by hand.', file)
  }
}

/**
 * The file's text; undefined when there is no file, null when it is not UTF-8 (the editor's copy is
 * then used). Read as configs are (read-uri.ts): a FIFO, a link out of the folder or a file over the
 * size limit throws a FileReadError, and is neither opened in the editor nor written over.
 */
async function readDisk(uri: vscode.Uri): Promise<string | null | undefined> {
  const bytes = await readConfigUri(uri, loadEngine().CONFIG_MAX_BYTES)
  if (!bytes) return undefined
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
