// A worker thread for "Audit Workspace": lints the texts the extension host reads and sends, so
// the host (and the editor's responsiveness) is not spent on a large audit. The engine is the
// bundle beside this file (engine.cjs, through loadEngine), not a second copy of it.
import { serveTasks } from '../node/worker-pool-thread.js'
import { lintAudited } from './lint-pool.js'

serveTasks(lintAudited)
