// Live linting runs off the extension host. Issue #13: a 400 KB paragraph (under the 1 MB live
// limit) blocked the host for 35 s on open, and again at every keystroke in it, so every other
// extension and the editor's own features froze. index.ts imports this file.
import { rmSync, writeFileSync } from 'node:fs'
import * as vscode from 'vscode'
import type { ExtensionApi } from '../../../src/extension/extension.js'
import { assert, test, waitFor } from './harness.js'

const folder = () => vscode.workspace.workspaceFolders![0].uri

/** The longest a 50 ms timer fired late while `body` ran: how long the host's event loop was blocked. */
async function longestLag(body: () => Promise<void>): Promise<number> {
  let longest = 0
  let last = Date.now()
  const sampler = setInterval(() => {
    const now = Date.now()
    longest = Math.max(longest, now - last - 50)
    last = now
  }, 50)
  try {
    await body()
  } finally {
    clearInterval(sampler)
  }
  return Math.max(longest, Date.now() - last - 50)
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('a 400 KB paragraph is linted on the worker thread: the host stays responsive while it is opened and typed in', async () => {
  const api = vscode.extensions.getExtension('cluetrain.cluetrain-lint')!.exports as ExtensionApi
  const uri = vscode.Uri.joinPath(folder(), 'paragraph.md')
  // `a-b` words: the engine's word-merge steps on them were quadratic in the paragraph's length.
  writeFileSync(uri.fsPath, 'a-b '.repeat(100_000))
  const counts = () => api.linter.liveLint?.counts ?? { worker: 0, host: 0 }
  const hostBefore = counts().host
  let handedOver = false
  try {
    const lag = await longestLag(async () => {
      // Opened as the user opens a file (not with openTextDocument, which keeps the document alive
      // for minutes after its editor closes): closing it then closes the document.
      await vscode.commands.executeCommand('vscode.open', uri)
      const editor = await waitFor(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()), 'the paragraph in an editor')
      await pause(1500)
      // Keystrokes at the start of the paragraph, each after the debounce (300 ms) has passed.
      for (let i = 0; i < 4; i++) {
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'a-b '))
        await pause(400)
        handedOver ||= Boolean(api.linter.liveLint?.linting.includes(uri.toString())) || counts().worker > 0
      }
      await pause(1000)
    })
    assert(handedOver, 'the paragraph’s lints went to the worker thread')
    assert(counts().host === hostBefore, `the host ran no lint itself (${counts().host - hostBefore} did)`)
    // The lint on the host held it for 35 s and more (on main's code this test times out). The
    // bound is generous, as in the audit's test: 2 shared cores, a worker linting beside it.
    assert(lag < 1000, `the host answered a 50 ms timer ${lag} ms late`)
  } finally {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
    rmSync(uri.fsPath, { force: true })
  }
  // Closing the document stops its lint (its worker restarts): no CPU spent on a closed file.
  await waitFor(() => !api.linter.liveLint.linting.includes(uri.toString()), 'the paragraph’s lint stopped once it was closed')
})
