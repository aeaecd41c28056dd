#!/usr/bin/env node
import { statSync } from 'node:fs'
import module from 'node:module'
import { fileURLToPath } from 'node:url'
import v8 from 'node:v8'

// A lint process lives 0.2–15 s, too short for V8's optimising compiler (TurboFan) to pay for
// itself at its defaults: on the 1 MB README it compiled 370 functions, on helper threads that took
// 1.3 s of the process's 2.2 s of CPU, while the main thread used 0.9 s. Without inlining (each
// optimised function compiled alone: the large ones, micromark's tokenizer, the compiler, the
// segmenter, were compiled with their callees inside, up to 230 ms each) and with 4× the interrupt
// budget (a function is optimised after 4× the bytecode run, so only the hot ones are): 215
// compiles, 0.35 s on the helper threads; whole process CPU 0.59× on the 1 MB file, 0.89× on the
// 2,000 files (docs/performance.md, "Session 29: cold path"); output identical. Turning TurboFan off
// (`--no-opt`) was 0.66× on the 1 MB file but 1.5× on the 2,000 files. Set before the bundle is
// imported, so that every function gets the budget. Node 20 leaves flags writable after start.
// A regular expression is first run by V8's regexp interpreter, from bytecode compiled for it, and
// compiled to machine code on its second run (`--regexp-tier-up`): one run in the interpreter and
// two compiles for each of the hundreds of expressions a lint runs more than once. Compiled at once
// instead (`--no-regexp-tier-up`): whole process CPU 0.977-0.985x on the 1 MB README (two series
// of 9 runs each, alternated), 0.954-0.976x on a one-line file (two of 15), 2,000 files unchanged;
// output identical (docs/performance.md, "Session 31: the whole process on one large file").
// Only on the V8 this was measured on (11, Node 20 and 21): V8 prints an unknown flag's error on
// stdout, into the JSON, and Node 22's V8 (12, with the Maglev tier) may want other flags.
if (process.versions.v8.startsWith('11.')) {
  v8.setFlagsFromString('--no-turbo-inlining')
  v8.setFlagsFromString('--interrupt-budget=270336')
  v8.setFlagsFromString('--no-regexp-tier-up')
}

// Node ≥ 22.1 keeps the compiled code of the modules it loads between runs; Node 20 has no such
// cache and goes on without it.
module.enableCompileCache?.()

// The bundle (scripts/bundle.mjs, part of `npm run build`) starts in about half the time of the
// modules it is made from; a build by tsc alone, or one newer than the bundle, runs dist/cli/.
// Bundled, the command runs from one script with V8's code cache where it has one (code-cache.js),
// on V8 11 and with no Node options: V8 refuses a cache made under other V8 flags (NODE_OPTIONS'
// --max-old-space-size is one). Imported only then, so that the ES bundle's path costs what it did.
const bundled = new URL('../dist/cli-bundle/main.js', import.meta.url)
const built = new URL('../dist/cli/main.js', import.meta.url)
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1
const codeCache = process.versions.v8.startsWith('11.') && process.execArgv.length === 0 && !process.env.NODE_OPTIONS
const cached = async () => codeCache && (await import('./code-cache.js')).mainFromCodeCache(fileURLToPath(new URL('.', bundled)))
const { main } = modified(bundled) >= modified(built) ? { main: (await cached()) || (await import(bundled.href)).main } : await import(built.href)

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
})
process.exitCode = code
// The process ends by process.exit() once stdout and stderr have taken everything written to them
// (a write's callback runs after the writes queued before it; a pipe is written asynchronously on
// POSIX, so exiting at once could cut the output): left to end by itself, Node frees the whole
// heap first (140 MB after the 1 MB README), which cost 25 ms between the 'exit' event and the
// process's end, and 4% of the process's CPU on readme-1m (1,312 -> 1,257 ms, lower in 11 of 12
// alternated runs; docs/performance.md, "Session 36 (2): the last 5–8% of readme-1m"). Every handle
// the command opens (files, worker threads) is closed before main() returns.
let unflushed = 2
const exitOnceFlushed = () => --unflushed || process.exit(code)
process.stdout.write('', exitOnceFlushed)
process.stderr.write('', exitOnceFlushed)
