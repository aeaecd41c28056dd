// A worker thread of `cluetrain lint --jobs N`: lints the files it is sent, one at a time.
import { serveTasks } from '../node/worker-pool-thread.js'
import { lintFile } from './lint-file.js'

serveTasks(lintFile)
