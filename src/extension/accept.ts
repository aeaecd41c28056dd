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
  const wasDirty = open?.isDirty ?? false
  // No unsaved edits: the editor's copy holds nothing of the user's, and the disk is the truth.
  // (A file that is not UTF-8 is edited in the editor, which knows its encoding.)
  if (!wasDirty && disk !== null) {
    const text = disk ?? ''
    const insert = loadEngine().acceptWordInsert(text, phrase)
    if (!insert) return cannotEdit(target, text)
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text.slice(0, insert.offset) + insert.text + text.slice(insert.offset)))
    return true
  }
  const document = open ?? (await vscode.workspace.openTextDocument(target))
  const insert = loadEngine().acceptWordInsert(document.getText(), phrase)
  if (!insert) return cannotEdit(target, document.getText())
  const edit = new vscode.WorkspaceEdit()
  edit.insert(target, document.positionAt(insert.offset), insert.text)
  if (!(await vscode.workspace.applyEdit(edit))) return 'changed'
  // Unsaved edits stay the user's to save, with the word on top of them.
  if (wasDirty) return true
  // Saving fails when the file changed on disk since it was read; VS Code then tells the user and
  // offers to compare, and nothing is written over the other change.
  return document.save()
}

function cannotEdit(target: vscode.Uri, text: string): false {
  if (text && !/\baccept\b/.test(text)) void vscode.window.showWarningMessage(vscode.l10n.t('{0} could not be edited safely: fix its YAML first.', vscode.workspace.asRelativePath(target)))
  return false
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
