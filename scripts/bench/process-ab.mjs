#!/usr/bin/env node
// Whole processes of `node ROOT/bin/cluetrain.js ARGS...` for two or more builds or option sets,
// alternated run by run (the order turns each round), so every variant meets the same load on the
// shared 2-core machine. startup-ab.mjs does this for one file and `--format json`; this one takes
// any arguments (a folder, `--jobs 2`), and options of each variant's own after a `+`:
//   node scripts/bench/process-ab.mjs RUNS NAME=ROOT[+OPTION...]... -- ARGS...
//   e.g. node scripts/bench/process-ab.mjs 5 base=/tmp/files-base new=. two=.+--jobs+2 -- lint .cache/bench-real/workspace --format json
// CPU (user + sys, all threads) and peak RSS come from wait4() (startup-ab.mjs's Python wrapper);
// environment variables of a variant: NAME=ROOT+ENV:KEY=VALUE. Prints per variant the median wall
// and CPU, their ranges, CPU and wall ratios to the first variant, and whether every variant printed
// the same bytes on stdout.
import { createHash } from 'node:crypto'
import { median, timeNode, variantsOf } from './rusage.mjs'

const { runs, variants } = variantsOf(process.argv.slice(2), 'process-ab.mjs RUNS NAME=ROOT[+OPTION...]... -- ARGS...')
const results = new Map(variants.map((v) => [v.name, { wall: [], cpu: [], rssMB: [], out: new Set() }]))
for (let i = 0; i < runs; i++) {
  const order = i % 2 ? [...variants].reverse() : variants
  for (const v of order) {
    const { stdout, wall, cpu, rssMB } = timeNode(v.name, v.args, { env: v.env })
    const result = results.get(v.name)
    result.wall.push(wall)
    result.cpu.push(cpu)
    result.rssMB.push(rssMB)
    result.out.add(createHash('sha256').update(stdout).digest('hex').slice(0, 12))
  }
}
const first = results.get(variants[0].name)
const outputs = new Set(variants.flatMap((v) => [...results.get(v.name).out]))
for (const v of variants) {
  const r = results.get(v.name)
  console.log(
    JSON.stringify({
      name: v.name,
      wallMedian: Math.round(median(r.wall)),
      wallRange: [Math.round(Math.min(...r.wall)), Math.round(Math.max(...r.wall))],
      cpuMedian: Math.round(median(r.cpu)),
      cpuRange: [Math.round(Math.min(...r.cpu)), Math.round(Math.max(...r.cpu))],
      rssMB: Math.round(median(r.rssMB)),
      wallRatio: Number((median(r.wall) / median(first.wall)).toFixed(3)),
      cpuRatio: Number((median(r.cpu) / median(first.cpu)).toFixed(3)),
      wall: r.wall.map(Math.round),
      cpu: r.cpu.map(Math.round),
    }),
  )
}
console.log(JSON.stringify({ runs, sameOutput: outputs.size === 1, outputs: [...outputs] }))
