// A worker thread of `cluetrain lint --jobs N`: lints the files it is sent, one at a time.
import { parentPort } from 'node:worker_threads'
import { lintFile, type FileTask } from './lint-file.js'

parentPort?.on('message', ({ id, task }: { id: number; task: FileTask }) => {
  parentPort?.postMessage({ id, outcome: lintFile(task) })
})
