// One process timed as the A/B scripts time it (startup-ab.mjs, process-ab.mjs): wall time, CPU
// (user + sys, worker threads included) and peak memory from wait4(), through a Python wrapper
// (GNU time rounds to 10 ms, a tenth of what a one-line lint takes); and the variants' arguments
// process-ab.mjs and process-threads.mjs share.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

// Runs argv[1:] and prints to stderr's last line its wall time and user+sys in ms, peak RSS in KB.
const RUSAGE = `import os, sys, time
start = time.monotonic()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, ru = os.wait4(pid, 0)
wall = (time.monotonic() - start) * 1000
sys.stderr.write('\\n%.3f %.3f %d\\n' % (wall, (ru.ru_utime + ru.ru_stime) * 1000, ru.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))`

/** `node ARGS…` run once: its stdout, wall and CPU ms, peak RSS in MB; a status other than 0 or 1 (findings) throws. */
export function timeNode(name, args, { env = process.env, maxBuffer = 1 << 28 } = {}) {
  const r = spawnSync('python3', ['-c', RUSAGE, process.execPath, ...args], { encoding: 'utf8', maxBuffer, env })
  if (r.status !== 0 && r.status !== 1) throw new Error(`${name} exited ${r.status}: ${r.stderr}`)
  const [wall, cpu, rss] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number)
  return { stdout: r.stdout, wall, cpu, rssMB: rss / 1024 }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/**
 * `RUNS NAME=ROOT[+OPTION...]... -- ARGS...` (process-ab.mjs, process-threads.mjs): how many runs,
 * and per variant `node ROOT/bin/cluetrain.js ARGS... OPTIONS...` with its environment
 * (`+ENV:KEY=VALUE`).
 */
export function variantsOf(argv, usage) {
  const dashes = argv.indexOf('--')
  if (dashes < 2) throw new Error(`usage: ${usage}`)
  const common = argv.slice(dashes + 1)
  const variants = argv.slice(1, dashes).map((spec) => {
    const [name, rest] = [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)]
    const [root, ...extra] = rest.split('+')
    const env = { ...process.env }
    const options = []
    for (const e of extra) {
      if (e.startsWith('ENV:')) env[e.slice(4, e.indexOf('='))] = e.slice(e.indexOf('=') + 1)
      else options.push(e)
    }
    return { name, env, args: [resolve(root, 'bin/cluetrain.js'), ...common, ...options] }
  })
  return { runs: Number(argv[0]), variants }
}
