#!/usr/bin/env node
// One benchmark case in its own process, so its peak memory is its own:
//   node scripts/bench/case.mjs TOOL doc LANGUAGE BYTES RUNS
//   node scripts/bench/case.mjs TOOL workspace - FILES RUNS
// Prints JSON: { times: [ms...], findings, words, maxRssMB }.
import { generateDocument, generateWorkspace } from './corpus.mjs'
import { loadTool } from './tools.mjs'

const [tool, kind, language, size, runsArg] = process.argv.slice(2)
const runs = Number(runsArg)
const inputs = kind === 'workspace' ? generateWorkspace(Number(size)).map((f) => f.text) : [generateDocument(language, Number(size))]
const words = inputs.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0)
const check = await loadTool(tool)
const once = () => inputs.reduce((n, text) => n + check(text), 0)

let findings = once() // warm-up: JIT, caches, compiled rules
if (runs > 2) once()
const times = []
for (let i = 0; i < runs; i++) {
  const start = performance.now()
  findings = once()
  times.push(performance.now() - start)
}
console.log(JSON.stringify({ times, findings, words, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
