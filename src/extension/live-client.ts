// The extension host's side of live linting: open documents are linted on worker threads
// (live-worker.ts) that keep their sessions, so that no lint blocks the host (a 1 MB Markdown
// file costs seconds). Two lanes, one thread each: documents under LARGE_DOCUMENT characters
// (a full lint in a fraction of a second) never wait behind a large one's seconds. In a lane one
// lint runs at a time; what waits is the newest request per document (typing replaces it), and
// a request someone awaits for an edit goes first. Where a worker cannot start (a web extension
// host) or keeps dying, the host lints, between yields. Each lane's thread lives as the audit's
// and the CLI's do (src/node/worker-thread.ts); the lane is not a WorkerPool, since its thread
// keeps each document's session and its queue keeps only the newest request per document.
import { join } from 'node:path'
import { deserialize } from 'node:v8'
import type { Finding, LintOptions } from '../engine/index.js'
import { RestartingWorker } from '../node/worker-thread.js'
import { morphologyReady, type Linted } from './engine.js'
import type { FromWorker, LintAnswer, ToWorker } from './live-protocol.js'
import { SessionTable } from './live-sessions.js'

/** A worker that died this many times is not started again: the host lints from then on. */
const MAX_WORKER_DEATHS = 3
/** 100,000 characters: about 0.3 s for a full lint of real Markdown (2.6 s per MB). */
export const LARGE_DOCUMENT = 100_000

interface Job {
  id: number
  document: string
  version: number
  text: string
  options: LintOptions
  optionsKey: string
  /** Awaited for an edit: goes before the others. */
  urgent: boolean
  /** Each gets the answer, or undefined when the request was replaced, dropped or failed. */
  waiters: Array<(answer: Linted | undefined) => void>
}

/** Lints open documents, each in the lane of its size. */
export class LiveLintClient {
  private readonly lanes: [LintLane, LintLane]

  constructor(logError: (message: string) => void) {
    this.lanes = [new LintLane(logError), new LintLane(logError)]
  }

  /** Lints run, by where they ran: the tests check that the host runs none while a worker can. */
  get counts(): { worker: number; host: number } {
    const [small, large] = this.lanes
    return { worker: small.counts.worker + large.counts.worker, host: small.counts.host + large.counts.host }
  }

  /** The documents being linted now. */
  get linting(): string[] {
    return this.lanes.flatMap((lane) => lane.linting ?? [])
  }

  /** The findings of this text of the document, or undefined if a newer request replaced it. */
  lint(document: string, version: number, text: string, options: LintOptions, urgent = false): Promise<Linted | undefined> {
    const large = text.length >= LARGE_DOCUMENT ? 1 : 0
    // A document that crossed the line leaves its session in the other lane.
    this.lanes[1 - large].forget(document)
    return this.lanes[large].lint(document, version, text, options, urgent)
  }

  forget(document: string): void {
    for (const lane of this.lanes) lane.forget(document)
  }

  dispose(): void {
    for (const lane of this.lanes) lane.dispose()
  }
}

/** One worker thread and the requests waiting for it. */
class LintLane {
  private readonly thread: RestartingWorker<ToWorker, FromWorker>
  private fallback: SessionTable | undefined
  private running: Job | undefined
  private readonly waiting = new Map<string, Job>()
  /** Documents the worker may hold a session for. */
  private readonly sent = new Set<string>()
  private nextId = 0
  private disposed = false
  readonly counts = { worker: 0, host: 0 }

  constructor(private readonly logError: (message: string) => void) {
    this.thread = new RestartingWorker(join(__dirname, 'live-worker.cjs'), MAX_WORKER_DEATHS, {
      message: (message) => this.answered(message),
      died: (error, _code, gaveUp) => {
        if (error) this.logError(`The live-lint worker failed: ${String(error.stack ?? error)}`)
        this.sent.clear()
        if (gaveUp) this.logError('Live linting runs in the extension host from now on: its worker thread kept stopping.')
        this.finish(undefined)
      },
      cannotStart: (error) => this.logError(`Live linting runs in the extension host: no worker thread could start (${String(error?.message ?? error)}).`),
    })
  }

  /** The document being linted now, if any. */
  get linting(): string | undefined {
    return this.running?.document
  }

  lint(document: string, version: number, text: string, options: LintOptions, urgent: boolean): Promise<Linted | undefined> {
    const optionsKey = JSON.stringify(options)
    return new Promise((resolve) => {
      if (this.disposed) return resolve(undefined)
      const same = (job: Job | undefined): job is Job => job?.document === document && job.version === version && job.optionsKey === optionsKey
      if (same(this.running)) return this.running.waiters.push(resolve)
      const queued = this.waiting.get(document)
      if (same(queued)) {
        queued.urgent ||= urgent
        queued.waiters.push(resolve)
        return
      }
      if (queued) settle(queued, undefined)
      // Map.set keeps a replaced request's place in the line.
      this.waiting.set(document, { id: this.nextId++, document, version, text, options, optionsKey, urgent, waiters: [resolve] })
      this.dispatch()
    })
  }

  /** The document was closed (or moved to the other lane): its requests and its session go. */
  forget(document: string): void {
    const queued = this.waiting.get(document)
    if (queued) settle(queued, undefined)
    this.waiting.delete(document)
    this.fallback?.forget(document)
    if (this.running?.document === document && this.thread.running) {
      // Its lint may take seconds, and the other documents wait behind it: stop the thread. Their
      // sessions go with it; each is made again, in full, at its document's next lint.
      this.stopWorker()
      this.finish(undefined)
    } else if (this.sent.delete(document)) this.post({ type: 'forget', document })
  }

  dispose(): void {
    this.disposed = true
    this.stopWorker()
    for (const job of this.waiting.values()) settle(job, undefined)
    this.waiting.clear()
    if (this.running) settle(this.running, undefined)
    this.running = undefined
  }

  private dispatch(): void {
    if (this.running || this.disposed) return
    let job: Job | undefined
    for (const queued of this.waiting.values()) if (!job || (queued.urgent && !job.urgent)) job = queued
    if (!job) return
    this.waiting.delete(job.document)
    this.running = job
    const { id, document, version, text, options } = job
    if (this.post({ type: 'lint', id, document, version, text, options })) {
      this.sent.add(document)
      return
    }
    // No worker: lint here, with the morphology data as a worker has it, after a yield so that
    // the caller's event handler returns first.
    void morphologyReady().then(() =>
      setImmediate(() => {
        if (this.running !== job) return
        let answer: Linted | undefined
        try {
          answer = (this.fallback ??= new SessionTable()).lint(document, text, options)
          this.counts.host++
        } catch (error) {
          this.fallback?.forget(document)
          this.logError(String((error as Error)?.stack ?? error))
        }
        this.finish(answer)
      }),
    )
  }

  /** The lane is free: the next lint starts while this one's answer is still being read. */
  private finish(answer: Linted | undefined | Promise<Linted>): void {
    const job = this.running
    this.running = undefined
    this.dispatch()
    if (job) void Promise.resolve(answer).then((linted) => settle(job, linted))
  }

  /** Sends to the worker, started for a lint if need be; false when there is none (the host lints). */
  private post(message: ToWorker): boolean {
    if (this.disposed || (message.type !== 'lint' && !this.thread.running)) return false
    return this.thread.post(message)
  }

  private answered(message: FromWorker): void {
    if (message.id !== this.running?.id) return
    if ('error' in message) {
      this.logError(message.error)
      return this.finish(undefined)
    }
    this.counts.worker++
    this.finish(received(message))
  }

  private stopWorker(): void {
    this.sent.clear()
    void this.thread.stop()
  }
}

/** Lets the host's other events (keystrokes, other extensions) run before going on. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** The answer's findings, read a chunk at a time with a yield between chunks. */
async function received(answer: LintAnswer): Promise<Linted> {
  const findings: Finding[] = []
  for (const [i, chunk] of answer.findings.entries()) {
    if (i) await yieldToHost()
    for (const finding of deserialize(chunk) as Finding[]) findings.push(finding)
  }
  return { result: { language: answer.language, words: answer.words, findings }, score: answer.score }
}

function settle(job: Job, answer: Linted | undefined): void {
  for (const resolve of job.waiters.splice(0)) resolve(answer)
}
