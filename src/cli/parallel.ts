// Lints many files on worker threads and yields the outcomes in the files' order as soon as they
// are ready. One thread, or a single file, runs in the main thread instead.
import { compileRules, loadAllMorphology, loadMorphology, morphologyLoaded, type Language } from '../engine/index.js'
import { inOrder, WorkerPool } from '../node/worker-pool.js'
import { lintFile, type FileOutcome, type FileTask } from './lint-file.js'

// Under vitest the CLI runs from src/*.ts; workers always run the built JavaScript.
const WORKER_URL = import.meta.url.endsWith('.ts') ? new URL('../../dist/cli/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url)

/** Files sent to a thread before it answers: the next is there when it finishes (see PoolOptions). */
const IN_FLIGHT = 2
/**
 * How far the workers may run ahead of the file printed next. Outcomes finished out of order wait
 * in memory; one slow file must not let the rest of a large audit pile up behind it.
 */
const AHEAD_PER_WORKER = 16

export async function* lintAll(tasks: readonly FileTask[], jobs: number): AsyncGenerator<FileOutcome> {
  if (jobs <= 1 || tasks.length < 2) {
    for (const task of tasks) yield await lintWithMorphology(task)
    return
  }
  // The main thread lints too where no thread can run.
  await loadAllMorphology()
  const workers = new LintWorkers(Math.min(jobs, tasks.length))
  try {
    yield* workers.lintAll(tasks)
  } finally {
    await workers.close()
  }
}

/**
 * Lints a file with the morphology data of the languages its blocks were checked in, read on
 * first need: French is 3.9 MB of modules (about 80 ms of CPU at startup) that English copy never
 * reads. The lint is synchronous and its findings depend on the data (fixes, part-of-speech
 * checks, the shouting rule's word lists): a file checked in a language whose data was not read
 * yet is linted again once it is (at most once per language and process). English, or the
 * language the settings give, is read before the first file.
 */
async function lintWithMorphology(task: FileTask): Promise<FileOutcome> {
  await loadMorphology(task.options.language === 'fr' ? 'fr' : 'en')
  const outcome = lintFile(task)
  const checked = compileRules(task.options.config).compiledLanguages
  const missing = [...checked].filter((language: Language) => !morphologyLoaded(language))
  if (!missing.length) return outcome
  await Promise.all(missing.map((language) => loadMorphology(language)))
  return lintFile(task)
}

/**
 * A pool of lint threads that outlives one run: each thread loads the engine and compiles the rules
 * once, and its compiled code stays warm for the next run (the benchmark, a long-lived caller).
 */
export class LintWorkers {
  private readonly pool: WorkerPool<FileTask, FileOutcome>

  constructor(readonly size: number) {
    // Where no thread can run, the main thread lints.
    this.pool = new WorkerPool({ script: WORKER_URL, size, inFlight: IN_FLIGHT, runHere: lintFile })
  }

  /** One run at a time. A file whose thread died on it is skipped with the reason; the run goes on. */
  lintAll(tasks: readonly FileTask[]): AsyncGenerator<FileOutcome> {
    return inOrder(tasks, AHEAD_PER_WORKER * this.size, (task, signal) => this.pool.run(task, signal).catch((error: Error) => threadDied(error, signal)))
  }

  close(): Promise<unknown> {
    return this.pool.dispose()
  }
}

/** A file the lint thread died on (out of memory, a crash of ours) costs that file, not the run. */
function threadDied(error: Error, signal: AbortSignal): FileOutcome {
  if (signal.aborted) throw error
  return { skipped: `the lint thread stopped on it (${error.message}); please report this` }
}
