// A worker thread for "Audit Workspace": lints the texts the extension host reads and sends, so
// the host (and the editor's responsiveness) is not spent on a large audit. The engine is the
// bundle beside this file (engine.cjs, through loadEngine), not a second copy of it.
import { serveTasks } from '../node/worker-pool-thread.js'
import { morphologyReady } from './engine.js'
import { lintAudited } from './lint-pool.js'

// Tasks sent meanwhile wait in the port: it starts when serveTasks listens. (A CommonJS bundle: no top-level await.)
void morphologyReady().then(() => serveTasks(lintAudited))
