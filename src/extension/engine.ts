// The engine and the report renderer, each bundled on its own (dist/extension/engine.cjs,
// report.cjs) and loaded on first use, so that activating the extension costs no parsing, no rule
// compilation and no file scanning.
import { pathToFileURL } from 'node:url'
import type { LintResult, Score } from '../engine/index.js'
import type * as Engine from './engine-bundle.js'
import type * as Report from '../report/index.js'

export type EngineModule = typeof Engine
export type ReportModule = typeof Report

let loaded: EngineModule | undefined
let loadedReport: ReportModule | undefined

export function loadEngine(): EngineModule {
  // A plain require of a sibling file that esbuild leaves external (see scripts/bundle.mjs).
  if (!loaded) {
    loaded = require('./engine.cjs') as EngineModule
    // The rules' matchers as scripts/bundle.mjs copies them beside this file: each thread (the
    // host, the audit's, the live lint's) reads the parts its texts reach instead of compiling
    // every rule of both languages (~0.7 s of CPU, ~40 MB of heap per thread; docs/performance.md).
    // A missing or stale file means compiling, as before.
    loaded.readPrecompiledMatchers(pathToFileURL(`${__dirname}/`))
  }
  return loaded
}

let morphology: Promise<void> | undefined

/**
 * The morphology data (issue #15: parts of speech, inflected suggestions, fixes), loaded once per
 * thread, the host included when it lints in a worker's place. A failure to load leaves the lint
 * without fixes and part-of-speech gates, never without findings.
 */
export function morphologyReady(): Promise<void> {
  morphology ??= loadEngine()
    .loadAllMorphology()
    .catch(() => undefined)
  return morphology
}

/** A lint's result with its human-voice score, as the audit's threads, the live-lint threads and the host give them. */
export interface Linted {
  result: LintResult
  score: Score
}

export function scored(result: LintResult): Linted {
  return { result, score: loadEngine().scoreOf(result.findings, result.words) }
}

export function loadReport(): ReportModule {
  loadedReport ??= require('./report.cjs') as ReportModule
  return loadedReport
}
