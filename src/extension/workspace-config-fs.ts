// The config walker's file system in the editor: paths are URI strings (a workspace can be remote
// or virtual), and a config open in an editor is read from its buffer, unsaved edits included.
// Files are read as the extension reads every file (read-uri.ts): bounded, regular files only.
import * as vscode from 'vscode'
import type { ConfigFileSystem } from '../node/config-walker.js'
import { readConfigUri } from './read-uri.js'

export const workspaceConfigFs: ConfigFileSystem = {
  parent: (path) => vscode.Uri.joinPath(vscode.Uri.parse(path), '..').toString(),
  join: (folder, name) => vscode.Uri.joinPath(vscode.Uri.parse(folder), name).toString(),
  relative(folder, path) {
    const [outer, inner] = [vscode.Uri.parse(folder), vscode.Uri.parse(path)]
    if (outer.scheme !== inner.scheme || outer.authority !== inner.authority) return undefined
    if (inner.path === outer.path) return ''
    const prefix = outer.path.endsWith('/') ? outer.path : `${outer.path}/`
    return inner.path.startsWith(prefix) ? inner.path.slice(prefix.length) : undefined
  },
  display: (path) => vscode.Uri.parse(path).fsPath,
  readConfig(path, limit) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === path)
    return open ? Promise.resolve(open.getText()) : readConfigUri(vscode.Uri.parse(path), limit)
  },
}
