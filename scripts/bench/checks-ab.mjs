#!/usr/bin/env node
// The checks alone, for two builds in one process, alternated: each build parses FILE once (a
// LintSession) and then runs checkUnit over every block of that parse, in English, ROUNDS times,
// the builds taking turns (the order turns each round). The parse is the larger and noisier half
// of a lint (docs/performance.md): without it a change to the checks of 5–10% shows through the
// load of the shared 2-core machine. The first round of each build is its cold one.
//   node scripts/bench/checks-ab.mjs BASE_ROOT NEW_ROOT FILE [ROUNDS]
//   e.g. node scripts/bench/checks-ab.mjs /tmp/base . .cache/bench-real/readme-1m.md 15
// Prints JSON: each build's median CPU ms per round, their ratio, the hits of the last round (the
// same for both when the change is behaviour-neutral) and every round's CPU ms.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { median } from './rusage.mjs'

const [baseRoot, newRoot, file, roundsArg] = process.argv.slice(2)
const rounds = Number(roundsArg ?? 9)
const text = readFileSync(file, 'utf8')

async function load(root) {
  const url = (path) => pathToFileURL(join(resolve(root), path)).href
  const engine = await import(url('dist/engine/index.js'))
  const { checkUnit } = await import(url('dist/engine/pipeline/unit-check.js'))
  await engine.loadAllMorphology()
  const session = new engine.LintSession({ format: 'markdown' })
  session.lint(text)
  const compiled = engine.compileRules(undefined)
  // The session's last parse (a private field in TypeScript): its pieces and their blocks.
  const blocks = session.last.slots.flatMap(({ piece }) => piece.units.map((unit) => [unit, piece]))
  return () => {
    const start = process.cpuUsage()
    let hits = 0
    for (const [unit, piece] of blocks) hits += checkUnit(unit, piece.text, piece.masks, piece.links, 'en', compiled).hits.length
    const used = process.cpuUsage(start)
    return { cpu: (used.user + used.system) / 1000, hits }
  }
}

const builds = { base: await load(baseRoot), new: await load(newRoot) }
const cpu = { base: [], new: [] }
const hits = {}
for (let r = 0; r < rounds; r++) {
  for (const name of r % 2 ? ['new', 'base'] : ['base', 'new']) {
    const result = builds[name]()
    cpu[name].push(result.cpu)
    hits[name] = result.hits
  }
}
console.log(JSON.stringify({ base: Math.round(median(cpu.base) * 10) / 10, new: Math.round(median(cpu.new) * 10) / 10, ratio: Number((median(cpu.new) / median(cpu.base)).toFixed(3)), hits, rounds, baseCpu: cpu.base.map(Math.round), newCpu: cpu.new.map(Math.round) }))
