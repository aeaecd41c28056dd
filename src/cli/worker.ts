// A worker thread of `cluetrain lint`: lints the files it is sent (`--jobs N`), one at a time, or
// the second part of one large file (split-lint.ts).
import { loadAllMorphology } from '../engine/index.js'
import { readPrecompiledMatchers } from '../node/precompiled-matchers.js'
import { serveTasks } from '../node/worker-pool-thread.js'
import { lintFile, type FileTask } from './lint-file.js'
import { lendPieces, type PartTask } from './split-lint.js'

// Tasks sent meanwhile wait in the port: it starts when serveTasks listens.
readPrecompiledMatchers()
await loadAllMorphology()
serveTasks((task: FileTask | PartTask) => ('part' in task ? lendPieces(task) : lintFile(task)))
