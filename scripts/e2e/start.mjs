#!/usr/bin/env node
// `npm start`: the packaged extension in a real VS Code (code-server) on the bundled examples/,
// served on 127.0.0.1. Open the printed address in a browser; Ctrl+C stops it.
import path from 'node:path'
import { installVsix, makeRunDir, REPO, startCodeServer, workbenchUrl } from './run-vscode.mjs'

const runDir = makeRunDir('start')
console.log(installVsix(runDir, path.join(REPO, 'cluetrain-lint.vsix')).trim())
const server = await startCodeServer({ runDir, settings: { 'workbench.startupEditor': 'none' } })
console.log(`\nCluetrain Lint is running in VS Code on the examples:\n\n  ${workbenchUrl(server, { folder: path.join(REPO, 'examples') })}\n\nOpen a file such as fr/communique.md. Ctrl+C stops the server.`)
const stop = async () => {
  await server.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
setInterval(() => {}, 1 << 30)
