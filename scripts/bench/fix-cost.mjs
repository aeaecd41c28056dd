#!/usr/bin/env node
// What the fixes of issue #15 cost: the 1 MB bench documents (scripts/bench/corpus.mjs) linted in
// full without the morphology data (today's lint before #15: no fixes, no part-of-speech gates)
// and with it, each in a fresh process so that neither warms the other, the two modes alternated
// so that the machine's load falls on both alike. Budget: ≤ 1.5× the time, ≤ +80 MB peak memory.
// With --base DIR (a checkout built before #15, e.g. `git worktree add DIR c778551`, npm run
// build there), the same document is also linted by that build: the budget is against it.
// Wall time moves with the load of a shared machine; CPU time (all the process's threads, V8's
// collector and compiler included) moves less, so the ratios are given for both. With --base DIR
// --interleaved, both builds are also imported into one process and lint in turn, 12 times after
// warming up: the load falls on both alike (two engines share one heap, so both are slower than
// alone, but the ratio holds; no memory column).
//   node scripts/bench/fix-cost.mjs --base DIR --interleaved
//   node scripts/bench/fix-cost.mjs [--rounds N] [--base DIR]   (needs the build: npm run build)
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const self = fileURLToPath(import.meta.url)
const args = process.argv.slice(2)
const middle = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

if (args[0] === '--child') {
  // One lint of one document in this process: prints its time (ms, median of 5 after one warm-up), its CPU time, and peak RSS.
  const [, language, withData, engine] = args
  const { lint, loadMorphology } = await import(engine)
  const { generateDocument } = await import('./corpus.mjs')
  const text = generateDocument(language, 1_000_000)
  const loadStart = performance.now()
  if (withData === '1') await loadMorphology?.(language)
  const load = performance.now() - loadStart
  const times = []
  const cpu = []
  let result
  for (let i = 0; i < 6; i++) {
    const t = performance.now()
    const c = process.cpuUsage()
    result = lint(text, { language, format: 'markdown' })
    const used = process.cpuUsage(c)
    if (i > 0) times.push(performance.now() - t)
    if (i > 0) cpu.push((used.user + used.system) / 1000)
  }
  const fixes = result.findings.filter((f) => f.fix).length
  console.log(JSON.stringify({ ms: middle(times), cpu: middle(cpu), load, rss: process.resourceUsage().maxRSS / 1024, findings: result.findings.length, fixes }))
  process.exit(0)
}

if (args.includes('--interleaved')) {
  const baseDir = resolve(args[args.indexOf('--base') + 1])
  const { generateDocument } = await import('./corpus.mjs')
  const before = await import(pathToFileURL(join(baseDir, 'dist/engine/index.js')).href)
  const now = await import('../../dist/engine/index.js')
  await now.loadAllMorphology()
  console.log('| document | before #15 (base build) | this build, with the data | ratio (≤ 1.5×) | CPU time ratio |\n|---|---|---|---|---|')
  for (const language of ['en', 'fr']) {
    const text = generateDocument(language, 1_000_000)
    const engines = [before, now].map((engine) => ({ lint: () => engine.lint(text, { language, format: 'markdown' }), ms: [], cpu: [] }))
    for (const e of engines) for (let i = 0; i < 2; i++) e.lint()
    for (let round = 0; round < 12; round++) {
      for (const e of engines) {
        const c = process.cpuUsage()
        const t = performance.now()
        e.lint()
        e.ms.push(performance.now() - t)
        const used = process.cpuUsage(c)
        e.cpu.push((used.user + used.system) / 1000)
      }
    }
    const [b, n] = engines
    console.log(`| ${language} 1 MB | ${middle(b.ms).toFixed(0)} ms | ${middle(n.ms).toFixed(0)} ms | ${(middle(n.ms) / middle(b.ms)).toFixed(2)}× | ${(middle(n.cpu) / middle(b.cpu)).toFixed(2)}× |`)
  }
  process.exit(0)
}

const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3
const base = args.includes('--base') ? resolve(args[args.indexOf('--base') + 1]) : undefined
const here = fileURLToPath(new URL('../../dist/engine/index.js', import.meta.url))
const run = (language, withData, engine = here) => JSON.parse(execFileSync(process.execPath, [self, '--child', language, withData ? '1' : '0', pathToFileURL(engine).href], { encoding: 'utf8' }))
const rows = []
for (const language of ['en', 'fr']) {
  const without = []
  const withData = []
  const before = []
  for (let r = 0; r < rounds; r++) {
    if (base) before.push(run(language, false, join(base, 'dist/engine/index.js')))
    without.push(run(language, false))
    withData.push(run(language, true))
  }
  const median = (xs, key) => xs.map((x) => x[key]).sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
  const [a, b] = [median(without, 'ms'), median(withData, 'ms')]
  const [ra, rb] = [median(without, 'rss'), median(withData, 'rss')]
  const [ca, cb] = [median(without, 'cpu'), median(withData, 'cpu')]
  const old = base ? median(before, 'ms') : undefined
  const oldCpu = base ? median(before, 'cpu') : undefined
  const oldRss = base ? median(before, 'rss') : undefined
  const vsBase = old === undefined ? '' : ` ${old.toFixed(0)} ms | ${(b / old).toFixed(2)}× | ${(cb / oldCpu).toFixed(2)}× | ${oldRss.toFixed(0)} → ${rb.toFixed(0)} MB (${rb - oldRss >= 0 ? '+' : ''}${(rb - oldRss).toFixed(0)}) |`
  rows.push(`| ${language} 1 MB | ${a.toFixed(0)} ms | ${b.toFixed(0)} ms | ${(b / a).toFixed(2)}× | ${(cb / ca).toFixed(2)}× | ${median(withData, 'load').toFixed(0)} ms | ${ra.toFixed(0)} → ${rb.toFixed(0)} MB (+${(rb - ra).toFixed(0)}) | ${withData[0].findings} / ${withData[0].fixes} |${vsBase}`)
}
const baseHead = base ? ' before #15 (base build) | with the data ÷ before (≤ 1.5×) | CPU time, with ÷ before | peak RSS before → with (≤ +80 MB) |' : ''
console.log(`${rounds} rounds, medians; each process lints 6 times and keeps the median of the last 5.
| document | without the data | with it | ratio | CPU time ratio | data load | peak RSS | findings / with a fix |${baseHead}
|---|---|---|---|---|---|---|---|${base ? '---|---|---|---|' : ''}
${rows.join('\n')}`)
