// What dist/extension/engine.cjs holds (scripts/bundle.mjs): the engine and the helpers the
// extension shares with the CLI, in one bundle loaded on first use. One bundle, not two: the config
// edit and the engine's config parsing share `yaml`, which would otherwise ship twice.
export * from '../engine/index.js'
export * from '../front-end-helpers/index.js'
// The precompiled matchers' reader: loadEngine() points it at the snapshots beside engine.cjs.
export { readPrecompiledMatchers } from '../node/precompiled-matchers.js'
// How many snapshot subtrees this thread decoded: the e2e suite checks that the host reads them.
export { subtreesDecoded } from '../engine/match/matcher-snapshot.js'
