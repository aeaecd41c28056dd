#!/usr/bin/env node
// Whole processes of `node ROOT/bin/cluetrain.js lint FILE --format json` for two or more builds,
// and `node -e 0`, alternated run by run (the order turns each round), so every build meets the
// same load on the shared 2-core machine. Each process's CPU (user + sys, worker threads included)
// and peak memory come from wait4() (a Python wrapper: GNU time rounds to 10 ms, a tenth of what
// is measured here). Prints, per command, the median wall and CPU ms, their
// ranges, and the CPU ratio of the first build to each other one; checks that every build prints
// the same bytes.
//   node scripts/bench/startup-ab.mjs FILE RUNS NAME=ROOT NAME=ROOT...
//   e.g. node scripts/bench/startup-ab.mjs /tmp/en.md 12 base=/tmp/startup-base new=.
import { resolve } from 'node:path'
import { median, timeNode } from './rusage.mjs'

const [file, runsArg, ...builds] = process.argv.slice(2)
const runs = Number(runsArg)
if (!file || !(runs > 0) || builds.length < 1) throw new Error('usage: startup-ab.mjs FILE RUNS NAME=ROOT...')
const commands = [
  ...builds.map((b) => {
    const [name, root] = b.split('=')
    return { name, args: [resolve(root, 'bin/cluetrain.js'), 'lint', resolve(file), '--format', 'json'] }
  }),
  { name: 'node -e 0', args: ['-e', '0'] },
]
const results = new Map(commands.map((c) => [c.name, { wall: [], cpu: [], rssMB: [], out: new Set() }]))
for (let i = 0; i < runs; i++) {
  const order = i % 2 ? [...commands].reverse() : commands
  for (const c of order) {
    const { stdout, wall, cpu, rssMB } = timeNode(c.name, c.args, { maxBuffer: 1 << 26 })
    const result = results.get(c.name)
    result.wall.push(wall)
    result.cpu.push(cpu)
    result.rssMB.push(rssMB)
    result.out.add(stdout)
  }
}
const first = results.get(commands[0].name)
const outputs = new Set(commands.slice(0, -1).flatMap((c) => [...results.get(c.name).out]))
for (const c of commands) {
  const r = results.get(c.name)
  const row = {
    name: c.name,
    wallMedian: Math.round(median(r.wall)),
    wallRange: [Math.round(Math.min(...r.wall)), Math.round(Math.max(...r.wall))],
    cpuMedian: Math.round(median(r.cpu)),
    cpuRange: [Math.round(Math.min(...r.cpu)), Math.round(Math.max(...r.cpu))],
    rssMB: Math.round(median(r.rssMB)),
    cpuRatioToFirst: +(median(first.cpu) / median(r.cpu)).toFixed(2),
    cpuLowerThanFirstIn: c === commands[0] ? undefined : `${r.cpu.filter((x, i) => x < first.cpu[i]).length} of ${runs}`,
  }
  console.log(JSON.stringify(row))
}
console.log(JSON.stringify({ runs, sameOutput: outputs.size === 1, load: (await import('node:os')).loadavg().map((x) => +x.toFixed(1)) }))
