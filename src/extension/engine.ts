// The engine and the report renderer, each bundled on its own (dist/extension/engine.cjs,
// report.cjs) and loaded on first use, so that activating the extension costs no parsing, no rule
// compilation and no file scanning.
import type * as Engine from './engine-bundle.js'
import type * as Report from '../report/index.js'

export type EngineModule = typeof Engine
export type ReportModule = typeof Report

let loaded: EngineModule | undefined
let loadedReport: ReportModule | undefined

export function loadEngine(): EngineModule {
  // A plain require of a sibling file that esbuild leaves external (see scripts/bundle.mjs).
  loaded ??= require('./engine.cjs') as EngineModule
  return loaded
}

export function loadReport(): ReportModule {
  loadedReport ??= require('./report.cjs') as ReportModule
  return loadedReport
}
