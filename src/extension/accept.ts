// "Accept this word": adds it to `accept` in the nearest .cluetrain.yaml (created at the
// workspace folder's root if there is none) with the smallest edit, as a WorkspaceEdit the user
// can undo. A file that was already modified in the editor is edited but left unsaved, so the
// user's own unsaved changes are never saved behind their back.
//
// The editor's copy of the file can lag behind the disk: a change made outside VS Code (git,
// another editor, a script) reaches it only when the file watcher reports it. Editing that stale
// copy and saving it would fail (VS Code refuses to write over a newer file) and leave the old
// text plus the word, unsaved, in the editor: the word never reaches the disk, and saving that
// editor would throw the other change away. So when the editor has no unsaved edits, the insert is
// computed from the file on disk, and when the editor's copy differs from it, the file is written
// directly; the editor then reloads it as usual.
import * as vscode from 'vscode'
import type { ConfigStore } from './config-store.js'
import { loadEngine } from './engine.js'

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
  // A WorkspaceEdit carries the version of the document it was computed on, and VS Code rejects it
  // when the document changed meanwhile (reloaded from disk, typed in): compute it again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await tryAccept(target, phrase)
    if (outcome !== 'changed') return outcome
  }
  return false
}

async function tryAccept(target: vscode.Uri, phrase: string): Promise<boolean | 'changed'> {
  const disk = await readDisk(target)
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString())
  const document = open ?? (disk === undefined ? undefined : await vscode.workspace.openTextDocument(target))
  const wasDirty = document?.isDirty ?? false
  // A copy in the editor with no unsaved edits that is not what is on disk (or a copy of a file
  // deleted since) is stale: it holds nothing of the user's, and the disk is the truth.
  const stale = document !== undefined && !wasDirty && disk !== null && !sameText(document.getText(), disk ?? '')
  const text = stale ? disk ?? '' : document?.getText() ?? ''
  const insert = loadEngine().acceptWordInsert(text, phrase)
  if (!insert) {
    if (text && !/\baccept\b/.test(text)) void vscode.window.showWarningMessage(vscode.l10n.t('{0} could not be edited safely: fix its YAML first.', vscode.workspace.asRelativePath(target)))
    return false
  }
  if (stale) {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text.slice(0, insert.offset) + insert.text + text.slice(insert.offset)))
    return true
  }
  const edit = new vscode.WorkspaceEdit()
  if (disk === undefined && !wasDirty) edit.createFile(target, { ignoreIfExists: true })
  edit.insert(target, document ? document.positionAt(insert.offset) : new vscode.Position(0, 0), insert.text)
  if (!(await vscode.workspace.applyEdit(edit))) return 'changed'
  // Unsaved edits stay the user's to save, with the word on top of them.
  if (wasDirty) return true
  // Saving fails when the file changed on disk since it was read; VS Code then tells the user and
  // offers to compare, and nothing is written over the other change.
  const edited = document ?? (await vscode.workspace.openTextDocument(target))
  return edited.save()
}

/** The file's text; undefined when there is no file, null when it is not UTF-8 (the editor's copy is then used). */
async function readDisk(uri: vscode.Uri): Promise<string | null | undefined> {
  let bytes: Uint8Array
  try {
    bytes = await vscode.workspace.fs.readFile(uri)
  } catch {
    return undefined
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

// The editor's copy uses one line ending throughout; the file may mix them.
const sameText = (a: string, b: string) => a === b || a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n')
