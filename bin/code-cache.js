// The command line run from one script with V8's code cache (scripts/cli-code-cache.mjs makes both
// at build time): V8 then neither parses nor compiles the functions the cache holds, the top level
// and those a lint of the warm-up copy ran. Against the ES bundle: a one-line lint 0.86× the CPU,
// readme-1m 0.96× the CPU and 0.85–0.90× the wall time, its main thread 0.94× (docs/performance.md,
// "Session 34: V8's code cache"). Where the cache cannot serve, mainFromCodeCache() gives nothing and bin imports the
// ES bundle as before, having read at most the cache's file:
// - V8 11 only (Node 20 and 21; Node ≥ 22.1 has module.enableCompileCache), with no cache for
//   another V8 (each version its own file name: an npm package built on another Node);
// - (bin/cluetrain.js does not ask with Node options in the command or NODE_OPTIONS: V8 refuses a
//   cache made under other V8 flags, --max-old-space-size is one, and compiling the script then
//   costs more than the ES bundle, about 10 ms of CPU on a one-line lint);
// - a cache of another build of the script (V8 checks a cache against its source's length only).
// V8 stops the process (a fatal error) on a cache whose bytes are corrupt, unless it checks their
// checksum: --verify-snapshot-checksum, set here when the cache is made and when it is read, so V8
// refuses such a cache (about 0.5 ms of CPU for its 1.1 MB; a SHA-256 by node:crypto cost 5 ms, 3.5
// of them loading node:crypto). Where V8 refuses the cache, the script runs compiled without it.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

export const SCRIPT_FILE = 'main-script.cjs'
export const CODE_CACHE_MAGIC = 'cluetrain-code-cache-1'
/** The cache's file: V8 refuses a cache of another version, so a Node upgrade finds none to read. */
export const codeCacheFile = () => (process.versions.v8.startsWith('11.') ? `main-script.v8-${process.versions.v8}.cache` : undefined)
/** The script's last line, which names its build. */
export const buildIdLine = (id) => `//# cluetrain-build ${id}`
// As Node wraps a CommonJS module.
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) {', '\n})']
const HEADER_MAX = 200

/**
 * `main` of the command's script in `folder` (dist/cli-bundle), run with its code cache; undefined
 * where the cache cannot be used. With CLUETRAIN_CODE_CACHE_OUT set (the build, and only the
 * build), the script runs without a cache and main() writes what V8 compiled to that file.
 */
export function mainFromCodeCache(folder) {
  const produceTo = process.env.CLUETRAIN_CODE_CACHE_OUT
  const { join } = require('node:path')
  const { readFileSync, writeFileSync } = require('node:fs')
  let cachedData
  let source
  const cacheFile = codeCacheFile()
  if (!cacheFile) return tell('not used: no cache for this V8')
  if (produceTo) source = readFileSync(join(folder, SCRIPT_FILE), 'utf8')
  else {
    let file
    try {
      file = readFileSync(join(folder, cacheFile))
      source = readFileSync(join(folder, SCRIPT_FILE), 'utf8')
    } catch {
      return tell('not used: no cache or script for this V8')
    }
    const headerEnd = file.subarray(0, HEADER_MAX).indexOf(10)
    const [magic, buildId] = file.subarray(0, Math.max(headerEnd, 0)).toString('latin1').split(' ')
    if (magic !== CODE_CACHE_MAGIC || !source.endsWith(`\n${buildIdLine(buildId)}`)) return tell('not used: another build')
    cachedData = file.subarray(headerEnd + 1)
  }
  require('node:v8').setFlagsFromString('--verify-snapshot-checksum')
  const vm = require('node:vm')
  const file = join(folder, SCRIPT_FILE)
  const script = new vm.Script(WRAPPER[0] + source + WRAPPER[1], { filename: file, cachedData })
  if (cachedData) tell(script.cachedDataRejected ? 'refused by V8' : 'used')
  const module = { exports: {} }
  script.runInThisContext()(module.exports, createRequire(file), module, file, folder)
  const { main } = module.exports
  if (!produceTo) return main
  return async (...args) => {
    const code = await main(...args)
    writeFileSync(produceTo, script.createCachedData())
    return code
  }
}

/** With CLUETRAIN_DEBUG_CODE_CACHE set, what happened, on stderr (the tests read it). */
function tell(what) {
  if (process.env.CLUETRAIN_DEBUG_CODE_CACHE) process.stderr.write(`code cache: ${what}\n`)
  return undefined
}
