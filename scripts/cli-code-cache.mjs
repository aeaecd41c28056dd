// The command line as one CommonJS script with V8's code cache beside it (issue #17; npm run build,
// through scripts/bundle.mjs). Node 20 has no compile cache for modules (module.enableCompileCache
// is Node ≥ 22.1), but a script run by vm.Script takes `cachedData`: the bytecode of every function
// the cache holds, so V8 neither parses nor compiles them when they first run. The cache is made
// after a lint of scripts/code-cache-warm-up/ and examples/ (a few KB of README-like Markdown in
// both languages), so it holds the functions a lint compiles lazily (parse, checks, fixes), not only
// the top level: readme-1m as a process 0.96× the CPU and 0.85–0.90× the wall time, a one-line file
// 0.86× the CPU (docs/performance.md, "Session 34: V8's code cache"); a cache made before the lint
// saved 3% on one line.
// bin/code-cache.js loads it, and imports the ES bundle wherever the cache cannot be used.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { CODE_CACHE_MAGIC, SCRIPT_FILE, buildIdLine, codeCacheFile } from '../bin/code-cache.js'

const WARM_UP = ['scripts/code-cache-warm-up', 'examples']

/**
 * `outdir`/main-script.cjs: src/cli/main.ts's exports as one CommonJS script (no chunks: the audit,
 * the rules document and the worker pool are inlined, initialised when first imported), for
 * vm.Script. `plugins`: the ES bundle's own, so both read the same data files.
 */
export async function buildCliScript(outdir, plugins) {
  const file = join(outdir, SCRIPT_FILE)
  await build({
    stdin: { contents: `export { main } from './src/cli/main.ts'`, resolveDir: process.cwd(), loader: 'ts' },
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // import.meta.url is the script's own address (its data, lazy/ and worker.js are beside it).
    define: { 'import.meta.url': '__cluetrainScriptUrl' },
    banner: { js: "const __cluetrainScriptUrl = require('node:url').pathToFileURL(__filename).href;" },
    // A script run by vm.Script on Node 20 cannot import(): every dynamic import is inlined.
    supported: { 'dynamic-import': false },
    plugins,
  })
  const source = readFileSync(file, 'utf8')
  if (/\bimport\(|import\.meta/.test(source)) throw new Error(`${file} still imports dynamically or reads import.meta`)
  // The script's build, named in the cache: V8 checks a cache against its script's length only.
  appendFileSync(file, `\n${buildIdLine(createHash('sha256').update(source).digest('hex').slice(0, 32))}`)
}

/**
 * Writes `outdir`'s code cache for this Node's V8: bin/cluetrain.js lints the warm-up copy in a
 * process of its own, with the V8 flags it always sets, and writes what V8 compiled (the
 * environment variable below; no NODE_OPTIONS, whose V8 flags would make V8 refuse the cache in
 * every run without them). The file: a header line (magic, the script's build), then V8's bytes
 * (with their checksum: bin/code-cache.js). Only on V8 11 (Node 20 and 21).
 */
export function writeCodeCache(outdir) {
  if (!codeCacheFile()) return undefined
  const payloadFile = join(outdir, 'code-cache.tmp')
  const env = { ...process.env, CLUETRAIN_CODE_CACHE_OUT: payloadFile }
  delete env.NODE_OPTIONS
  const run = spawnSync(process.execPath, ['bin/cluetrain.js', 'lint', ...WARM_UP, '--format', 'json'], { env, encoding: 'utf8', maxBuffer: 1 << 26 })
  if (run.status !== 0 && run.status !== 1) throw new Error(`the code cache's warm-up lint failed (exit ${run.status}): ${run.stderr}`)
  const payload = readFileSync(payloadFile)
  rmSync(payloadFile)
  const source = readFileSync(join(outdir, SCRIPT_FILE), 'utf8')
  const buildId = source.slice(source.lastIndexOf('\n') + 1).split(' ').pop()
  const header = `${CODE_CACHE_MAGIC} ${buildId}\n`
  writeFileSync(join(outdir, codeCacheFile()), Buffer.concat([Buffer.from(header, 'latin1'), payload]))
  return { file: join(outdir, codeCacheFile()), bytes: header.length + payload.length }
}
