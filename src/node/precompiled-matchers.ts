// The bundled rules' matchers, precompiled by scripts/build-matchers.mjs into the engine's
// generated folder, for the Node front ends: reading one is a file read, where compiling the
// English rules costs about 180 ms of CPU at startup (src/engine/match/matcher-snapshot.ts).
import { isAscii } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { usePrecompiledMatchers, type Language } from '../engine/index.js'
import { usePrecompiledDomainForms } from '../engine/match/domain-forms-snapshot.js'
import type { SnapshotText } from '../engine/match/matcher-snapshot.js'

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
 * A matcher snapshot as its file's bytes, each part decoded when asked for: a lint reads the header
 * and a few hundred KB of the body (readme-1m: 0.3 MB of English's 1.6 MB, French's 2.4 MB for
 * three short blocks). Decoding the whole file as UTF-8 cost 3.2–3.7 ms (English) and 5.3–5.7 ms
 * (French) of a cold process, reading its bytes 0.3–0.5 ms. The snapshots are ASCII (JSON escapes
 * the rest), so a byte is a UTF-16 unit and latin1 decodes it; a file that is not is decoded whole.
 */
function snapshotReader(language: Language): SnapshotText | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(generated(`matcher-${language}.txt`))
  } catch {
    return undefined
  }
  if (!isAscii(bytes)) return bytes.toString('utf8')
  return { length: bytes.length, indexOf: (search) => bytes.indexOf(search), slice: (start, end) => bytes.toString('latin1', start, end) }
}

/**
 * Rule sets compiled from now on read the precompiled matchers, and the field words' forms
 * (domain-forms-snapshot.ts); a missing file means compiling.
 */
export function readPrecompiledMatchers(): void {
  usePrecompiledMatchers(snapshotReader)
  usePrecompiledDomainForms((language) => readOrUndefined(generated(`domains-${language}.txt`)))
}
