// The "Cluetrain" output channel: where problems are told without pop-ups.
import * as vscode from 'vscode'

export type Log = vscode.LogOutputChannel

export function createLog(): Log {
  return vscode.window.createOutputChannel('Cluetrain', { log: true })
}
