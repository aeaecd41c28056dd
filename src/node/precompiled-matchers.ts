// The bundled rules' matchers, precompiled by scripts/build-matchers.mjs into the engine's
// generated folder, for the Node front ends: reading one is a file read, where compiling the
// English rules costs about 180 ms of CPU at startup (src/engine/match/matcher-snapshot.ts).
import { readFileSync } from 'node:fs'
import { usePrecompiledMatchers, type Language } from '../engine/index.js'
import { usePrecompiledDomainForms } from '../engine/match/domain-forms-snapshot.js'

// From dist/node/, dist/cli-bundle/ (the CLI's bundle) and src/node/ (the tests) alike.
const generated = (file: string) => new URL(`../engine/generated/${file}`, import.meta.url)

const readOrUndefined = (url: URL) => {
  try {
    return readFileSync(url, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * Rule sets compiled from now on read the precompiled matchers, and the field words' forms
 * (domain-forms-snapshot.ts); a missing file means compiling.
 */
export function readPrecompiledMatchers(): void {
  usePrecompiledMatchers((language) => readOrUndefined(generated(`matcher-${language}.txt`)))
  usePrecompiledDomainForms((language) => readOrUndefined(generated(`domains-${language}.txt`)))
}
