// Worker threads for the audit (audit-worker.ts), on the pool the CLI uses (src/node/worker-pool.ts):
// each file is linted by the next free thread; a thread that dies fails its file only and is
// started again; where no thread can start (a web extension host) or one keeps dying, the engine
// runs in the host instead, between yields.
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import type { LintOptions } from '../engine/index.js'
import { WorkerPool } from '../node/worker-pool.js'
import { loadEngine, morphologyReady, scored, type Linted } from './engine.js'

export interface AuditTask {
  text: string
  options: LintOptions
}

/** What an audit thread does with each file's text, and what the host does in its place. */
export const lintAudited = ({ text, options }: AuditTask): Linted => scored(loadEngine().lint(text, options))

export class LintPool {
  private readonly pool: WorkerPool<AuditTask, Linted>

  // One thread per core (at most 4): the host only reads files and adds up results meanwhile.
  constructor(size = Math.max(1, Math.min(availableParallelism(), 4))) {
    this.pool = new WorkerPool({ script: join(__dirname, 'audit-worker.cjs'), size, runHere: (task) => morphologyReady().then(() => lintAudited(task)) })
  }

  /** Threads that lint (0: the host does). */
  get threads(): number {
    return this.pool.threads
  }

  lint(text: string, options: LintOptions): Promise<Linted> {
    return this.pool.run({ text, options })
  }

  /** Stops the threads; whatever waits for one, or for a result, is rejected at once. */
  dispose(): void {
    void this.pool.dispose('audit cancelled')
  }
}
