// Worker threads for the audit. Each file is linted by the next free worker; when workers cannot
// be started (a web extension host), the engine runs in the host instead, between yields.
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { LintOptions, LintResult, Score } from '../engine/index.js'
import { loadEngine } from './engine.js'

export interface Linted {
  result: LintResult
  score: Score
}

export class LintPool {
  private readonly workers: Worker[] = []
  private readonly idle: Worker[] = []
  private readonly waiting: Array<{ resolve: (worker: Worker) => void; reject: (error: Error) => void }> = []
  private disposed = false
  private readonly pending = new Map<number, { resolve: (value: Linted) => void; reject: (error: Error) => void }>()
  private nextId = 0

  // One thread per core (at most 4): the host only reads files and adds up results meanwhile.
  constructor(size = Math.max(1, Math.min(availableParallelism(), 4))) {
    try {
      for (let i = 0; i < size; i++) {
        // A small nursery per thread: V8 sizes it for a whole process otherwise (see cli/parallel.ts).
        const worker = new Worker(join(__dirname, 'audit-worker.cjs'), { resourceLimits: { maxYoungGenerationSizeMb: 8 } })
        worker.on('message', (message: { id: number; result?: LintResult; score?: Score; error?: string }) => {
          const entry = this.pending.get(message.id)
          this.pending.delete(message.id)
          if (message.error || !message.result || !message.score) entry?.reject(new Error(message.error ?? 'no result'))
          else entry?.resolve({ result: message.result, score: message.score })
          this.release(worker)
        })
        this.workers.push(worker)
        this.idle.push(worker)
      }
    } catch {
      for (const worker of this.workers) void worker.terminate()
      this.workers.length = 0
      this.idle.length = 0
    }
  }

  get threads(): number {
    return this.workers.length
  }

  async lint(text: string, options: LintOptions): Promise<Linted> {
    if (this.disposed) throw new Error('audit cancelled')
    if (!this.workers.length) {
      await new Promise((resolve) => setImmediate(resolve))
      const engine = loadEngine()
      const result = engine.lint(text, options)
      return { result, score: engine.scoreOf(result.findings, result.words) }
    }
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve, reject) => this.waiting.push({ resolve, reject })))
    const id = this.nextId++
    return new Promise<Linted>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      worker.postMessage({ id, text, options })
    })
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift()
    if (next) next.resolve(worker)
    else this.idle.push(worker)
  }

  /** Stops the workers; whatever waits for one, or for a result, is rejected at once. */
  dispose(): void {
    this.disposed = true
    for (const worker of this.workers) void worker.terminate()
    this.workers.length = 0
    this.idle.length = 0
    for (const { reject } of this.pending.values()) reject(new Error('audit cancelled'))
    this.pending.clear()
    for (const { reject } of this.waiting.splice(0)) reject(new Error('audit cancelled'))
  }
}
