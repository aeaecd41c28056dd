// The bundled rules' matchers, precompiled by scripts/build-matchers.mjs into the engine's
// generated folder (the CLI's) and copied beside the extension's engine bundle, for the Node front
// ends: reading one is a file read, where compiling the English rules costs about 180 ms of CPU at
// startup (src/engine/match/matcher-snapshot.ts), and a compiled trie stays in every thread's heap:
// the rules of both languages as compiled Maps kept 62 MB where the snapshot, read on need, kept
// 18 MB after two generated notes (docs/performance.md, session 36).
import { isAscii } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { usePrecompiledMatchers, type Language } from '../engine/index.js'
import { usePrecompiledDomainForms } from '../engine/match/domain-forms-snapshot.js'
import type { SnapshotText } from '../engine/match/matcher-snapshot.js'

/**
 * The engine's generated folder as seen from a module one folder below the root of src/ or dist/
 * (src/cli/, dist/cli/, dist/cli-bundle/, src/node/: the tests): the CLI's callers pass it.
 */
export const GENERATED_BESIDE_CLI = '../engine/generated/'

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
function snapshotReader(folder: URL, language: Language): SnapshotText | undefined {
  let bytes: Buffer
  try {
    bytes = readFileSync(new URL(`matcher-${language}.txt`, folder))
  } catch {
    return undefined
  }
  if (!isAscii(bytes)) return bytes.toString('utf8')
  return { length: bytes.length, indexOf: (search) => bytes.indexOf(search), slice: (start, end) => bytes.toString('latin1', start, end) }
}

/**
 * Rule sets compiled from now on read the precompiled matchers in `folder` (a file: URL ending in
 * "/"), and the field words' forms (domain-forms-snapshot.ts); a missing file means compiling.
 */
export function readPrecompiledMatchers(folder: URL): void {
  usePrecompiledMatchers((language) => snapshotReader(folder, language))
  usePrecompiledDomainForms((language) => readOrUndefined(new URL(`domains-${language}.txt`, folder)))
}
