// "Accept this word": adds it to `accept` in the nearest .cluetrain.yaml (created at the
// workspace folder's root if there is none) with the smallest edit, as a WorkspaceEdit the user
// can undo. A file that was already modified in the editor is edited but left unsaved, so the
// user's own unsaved changes are never saved behind their back.
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
  const edit = new vscode.WorkspaceEdit()
  let exists = true
  try {
    await vscode.workspace.fs.stat(target)
  } catch {
    exists = false
  }
  if (!exists) edit.createFile(target, { ignoreIfExists: true })
  const document = exists ? await vscode.workspace.openTextDocument(target) : undefined
  const text = document?.getText() ?? ''
  const insert = loadEngine().acceptWordInsert(text, phrase)
  if (!insert) {
    if (document && !/\baccept\b/.test(text)) void vscode.window.showWarningMessage(vscode.l10n.t('{0} could not be edited safely: fix its YAML first.', vscode.workspace.asRelativePath(target)))
    return false
  }
  const wasDirty = document?.isDirty ?? false
  edit.insert(target, document ? document.positionAt(insert.offset) : new vscode.Position(0, 0), insert.text)
  if (!(await vscode.workspace.applyEdit(edit))) return false
  const edited = document ?? (await vscode.workspace.openTextDocument(target))
  if (!wasDirty) await edited.save()
  return true
}
