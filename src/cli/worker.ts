// A worker thread of `cluetrain lint --jobs N`: lints the files it is sent, one at a time.
import { loadAllMorphology } from '../engine/index.js'
import { GENERATED_BESIDE_CLI, readPrecompiledMatchers } from '../node/precompiled-matchers.js'
import { serveTasks } from '../node/worker-pool-thread.js'
import { lintFile } from './lint-file.js'

// Tasks sent meanwhile wait in the port: it starts when serveTasks listens.
readPrecompiledMatchers(new URL(GENERATED_BESIDE_CLI, import.meta.url))
await loadAllMorphology()
serveTasks(lintFile)
