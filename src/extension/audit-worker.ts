// A worker thread for "Audit Workspace": lints the texts the extension host reads and sends, so
// the host (and the editor's responsiveness) is not spent on a large audit.
import { parentPort } from 'node:worker_threads'
import type { EngineModule } from './engine.js'

// The engine bundle beside this file, not a second copy of it.
const engine = require('./engine.cjs') as EngineModule

parentPort?.on('message', ({ id, text, options }: { id: number; text: string; options: Parameters<EngineModule['lint']>[1] }) => {
  try {
    const result = engine.lint(text, options)
    parentPort?.postMessage({ id, result, score: engine.scoreOf(result.findings, result.words) })
  } catch (error) {
    parentPort?.postMessage({ id, error: String((error as Error)?.message ?? error) })
  }
})
