#!/usr/bin/env node
// Whole processes of `node ROOT/bin/cluetrain.js ARGS...` as process-ab.mjs runs them (alternated,
// the order turning each round), with each thread's CPU read from /proc/PID/task/*/stat every 5 ms
// until the process exits (Linux; the kernel counts in 10 ms ticks). The main thread's CPU is the
// critical path of a run on a quiet machine; V8's helper threads (TurboFan, the garbage
// collector's) and a worker run beside it on the other cores. On 2 cores, wall time is at least
// the larger of the main thread's CPU and half the process's (docs/performance.md, "Session 31: the whole process on one large file").
//   node scripts/bench/process-threads.mjs RUNS NAME=ROOT[+OPTION...]... -- ARGS...   (the variants as process-ab.mjs takes them)
//   e.g. node scripts/bench/process-threads.mjs 5 base=/tmp/process-base new=. -- lint .cache/bench-real/readme-1m.md --format json
// Prints per variant the medians of: wall, the main thread's CPU, the busiest other thread's, and
// the rest of the threads' together (ms).
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { median, variantsOf } from './rusage.mjs'

const { runs, variants } = variantsOf(process.argv.slice(2), 'process-threads.mjs RUNS NAME=ROOT[+OPTION...]... -- ARGS...')

/** Each thread's user + system CPU in ms, by thread id (none once the process is gone). */
function threadTimes(pid) {
  const times = new Map()
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')
      times.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * 10)
    }
  } catch {}
  return times
}

function runOnce({ args, env }) {
  return new Promise((done, fail) => {
    const start = performance.now()
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] })
    const seen = new Map()
    const poll = setInterval(() => {
      for (const [tid, ms] of threadTimes(child.pid)) seen.set(tid, ms)
    }, 5)
    child.on('error', fail)
    child.on('exit', () => {
      clearInterval(poll)
      const others = [...seen].filter(([tid]) => tid !== child.pid).map(([, ms]) => ms).sort((a, b) => b - a)
      done({ wall: performance.now() - start, main: seen.get(child.pid) ?? 0, busiest: others[0] ?? 0, rest: others.slice(1).reduce((a, b) => a + b, 0) })
    })
  })
}

const results = new Map(variants.map((v) => [v.name, []]))
for (let i = 0; i < runs; i++) for (const v of i % 2 ? [...variants].reverse() : variants) results.get(v.name).push(await runOnce(v))
for (const v of variants) {
  const r = results.get(v.name)
  const of = (key) => Math.round(median(r.map((x) => x[key])))
  console.log(JSON.stringify({ name: v.name, wall: of('wall'), mainThread: of('main'), busiestOther: of('busiest'), restOfThreads: of('rest'), runs }))
}
