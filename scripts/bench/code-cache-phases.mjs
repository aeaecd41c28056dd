#!/usr/bin/env node
// The command line's two ways of starting, timed by phase in fresh processes, alternated run by run
// (docs/performance.md, "Session 34: V8's code cache"): ROOT:esm imports ROOT's ES bundle
// (dist/cli-bundle/main.js), ROOT:cache runs its script with V8's code cache (bin/code-cache.js;
// the process stops if the cache is not used). Each process sets bin's V8 flags, then reads
// process.cpuUsage() (all threads) around loading the command and around main() linting FILE.
//   node scripts/bench/code-cache-phases.mjs RUNS FILE ROOT:MODE...
//   e.g. node scripts/bench/code-cache-phases.mjs 10 .cache/bench-real/readme-1m.md /tmp/codecache-base:esm .:cache
// Prints per variant the medians (ms of CPU) of loading, of main(), and of the whole process up to
// there, and the output's length (the same for all, or the variants differ).
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import v8 from 'node:v8'
import { median } from './rusage.mjs'

const ms = (usage) => (usage.user + usage.system) / 1000

async function child(root, mode, file) {
  const start = process.cpuUsage()
  // bin/cluetrain.js's flags, set before the command is loaded.
  for (const flag of ['--no-turbo-inlining', '--interrupt-budget=270336', '--no-regexp-tier-up']) v8.setFlagsFromString(flag)
  const loading = process.cpuUsage()
  let main
  if (mode === 'esm') ({ main } = await import(pathToFileURL(`${root}/dist/cli-bundle/main.js`).href))
  else {
    const { mainFromCodeCache } = await import(pathToFileURL(`${root}/bin/code-cache.js`).href)
    main = mainFromCodeCache(`${root}/dist/cli-bundle`)
    if (!main) throw new Error(`${root}: the code cache was not used`)
  }
  const load = ms(process.cpuUsage(loading))
  const linting = process.cpuUsage()
  let out = 0
  await main(['lint', file, '--format', 'json'], { cwd: root, stdout: (s) => (out += s.length), stderr: () => {}, color: false })
  console.log(JSON.stringify({ load, lint: ms(process.cpuUsage(linting)), total: ms(process.cpuUsage(start)), out }))
}

if (process.argv[2] === '--child') await child(...process.argv.slice(3))
else {
  const [runs, file, ...variants] = process.argv.slice(2)
  if (!variants.length) throw new Error('usage: code-cache-phases.mjs RUNS FILE ROOT:MODE...')
  const rows = new Map(variants.map((v) => [v, []]))
  for (let i = 0; i < Number(runs); i++) {
    for (const variant of i % 2 ? [...variants].reverse() : variants) {
      const [root, mode] = [variant.slice(0, variant.lastIndexOf(':')), variant.slice(variant.lastIndexOf(':') + 1)]
      const env = { ...process.env }
      delete env.NODE_OPTIONS
      const run = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', resolve(root), mode, resolve(file)], { env, encoding: 'utf8' })
      if (run.status !== 0) throw new Error(`${variant}: ${run.stderr}`)
      rows.get(variant).push(JSON.parse(run.stdout))
    }
  }
  for (const [variant, results] of rows) {
    const med = (key) => Number(median(results.map((r) => r[key])).toFixed(1))
    console.log(JSON.stringify({ variant, runs: results.length, loadMs: med('load'), mainMs: med('lint'), processMs: med('total'), outputs: [...new Set(results.map((r) => r.out))] }))
  }
}
