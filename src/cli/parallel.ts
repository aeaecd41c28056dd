// Lints many files, on the main thread and worker threads, and yields the outcomes in the files'
// order as soon as they are ready. One thread, or a single file, runs in the main thread alone.
import { compileRules, loadAllMorphology, loadMorphology, morphologyLoaded, type Language } from '../engine/index.js'
import { LANGUAGES } from '../engine/rules/rule-data.js'
import { DATA_IMPORT_IS_FREE } from './data-import-cost.js'
import { lintFile, type FileOutcome, type FileTask } from './lint-file.js'

export async function* lintAll(tasks: readonly FileTask[], jobs: number): AsyncGenerator<FileOutcome> {
  if (jobs <= 1 || tasks.length < 2) {
    for (const task of tasks) yield await lintWithMorphology(task)
    return
  }
  // The main thread lints beside jobs − 1 workers. The pool's code, and node:worker_threads with
  // the 7 modules of Node's it loads, are imported only here: a run on one thread never starts one.
  // Every language's data is read first, as the workers do, so that a file is linted once.
  const [{ LintWorkers }] = await Promise.all([import('./lint-workers.js'), loadAllMorphology()])
  const workers = new LintWorkers(Math.min(jobs, tasks.length) - 1)
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
 *
 * In the bundle, importing a language's data reads none of it (each text is read on its first
 * lookup) and costs nothing (the modules are in the startup chunk: scripts/morphology-text.mjs),
 * while a file linted again is a whole second lint: a French line was linted twice, the bench's
 * 1 MB of README files (blocks in French) paid a quarter of its CPU for it (5.8 → 4.5 s, medians of
 * 5, docs/performance.md). There every language's data is imported before the first file.
 */
async function lintWithMorphology(task: FileTask): Promise<FileOutcome> {
  await loadMorphology(task.options.language === 'fr' ? 'fr' : 'en')
  if (DATA_IMPORT_IS_FREE && !LANGUAGES.every(morphologyLoaded)) await loadAllMorphology()
  const outcome = lintFile(task)
  const checked = compileRules(task.options.config).compiledLanguages
  const missing = [...checked].filter((language: Language) => !morphologyLoaded(language))
  if (!missing.length) return outcome
  await Promise.all(missing.map((language) => loadMorphology(language)))
  return lintFile(task)
}
