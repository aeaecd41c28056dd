// The bundled rules' matchers, precompiled by scripts/build-matchers.mjs into the engine's
// generated folder, for the Node front ends: reading one is a file read, where compiling the
// English rules costs about 180 ms of CPU at startup (src/engine/match/matcher-snapshot.ts).
import { readFileSync } from 'node:fs'
import { usePrecompiledMatchers, type Language } from '../engine/index.js'

// From dist/node/, dist/cli-bundle/ (the CLI's bundle) and src/node/ (the tests) alike.
const snapshotUrl = (language: Language) => new URL(`../engine/generated/matcher-${language}.txt`, import.meta.url)

/** Rule sets compiled from now on read the precompiled matchers; a missing file means compiling. */
export function readPrecompiledMatchers(): void {
  usePrecompiledMatchers((language) => {
    try {
      return readFileSync(snapshotUrl(language), 'utf8')
    } catch {
      return undefined
    }
  })
}
