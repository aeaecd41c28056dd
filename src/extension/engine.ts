// The engine, bundled on its own (dist/extension/engine.cjs) and loaded on first use, so that
// activating the extension costs no parsing, no rule compilation and no file scanning.
import type * as Engine from '../engine/index.js'

export type EngineModule = typeof Engine

let loaded: EngineModule | undefined

export function loadEngine(): EngineModule {
  // A plain require of a sibling file that esbuild leaves external (see scripts/bundle.mjs).
  loaded ??= require('./engine.cjs') as EngineModule
  return loaded
}
