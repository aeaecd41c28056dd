// The worker thread that lints open documents as they are typed (live-client.ts feeds it), so
// that no lint blocks the extension host: a 1 MB Markdown file costs seconds to lint in full.
import { serialize } from 'node:v8'
import { parentPort } from 'node:worker_threads'
import { FINDINGS_PER_CHUNK, type FromWorker, type ToWorker } from './live-protocol.js'
import { morphologyReady } from './engine.js'
import { SessionTable } from './live-sessions.js'

const sessions = new SessionTable()

// The morphology data (issue #15), once, before the first lint: messages wait for it in order.
const ready = morphologyReady()

parentPort?.on('message', (message: ToWorker) => void ready.then(() => answer(message)))

function answer(message: ToWorker): void {
  if (message.type === 'forget') return sessions.forget(message.document)
  const { id, document, version } = message
  let answer: FromWorker
  try {
    const { result, score } = sessions.lint(document, message.text, message.options)
    const findings: Uint8Array[] = []
    for (let i = 0; i < result.findings.length; i += FINDINGS_PER_CHUNK) findings.push(serialize(result.findings.slice(i, i + FINDINGS_PER_CHUNK)))
    answer = { id, document, version, language: result.language, words: result.words, findings, score }
  } catch (error) {
    // A bug of ours costs this version of this document, not the thread: its session may hold a
    // half-updated state, so it is dropped and the next lint starts afresh.
    sessions.forget(document)
    answer = { id, document, version, error: String((error as Error)?.stack ?? error) }
  }
  parentPort?.postMessage(answer)
}
