#!/usr/bin/env node
// Two builds of the engine in one process, alternated, so both meet the same load: on a shared
// 2-core machine the load moves 2–3× between runs, which drowns a 10–20% change when each build
// runs in processes of its own. Each build (its dist/engine, its own memo tables) lints three
// other 1 MB pieces of README text first (as `real-case.mjs --unseen` does), then FILE once: the
// "unseen" lint; then FILE again RUNS times ("the same text again"), the builds taking turns. The
// build that goes first changes from one process to the next (`--b-first`).
//   node scripts/bench/ab-builds.mjs BASE_ROOT NEW_ROOT FILE OTHER [RUNS] [--b-first]
//   e.g. node scripts/bench/ab-builds.mjs /tmp/base . .cache/bench-real/readme-1m.md .cache/bench-real/readme-4m.md 3
// Prints JSON: per build, the unseen lint's wall and CPU ms and the same-text runs' wall and CPU ms.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { otherTexts } from './unseen.mjs'

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const [baseRoot, newRoot, file, other] = args
const runs = Number(args[4] ?? 3)
const text = readFileSync(file, 'utf8')
const warmUps = otherTexts(readFileSync(other, 'utf8'), text, 3)

async function load(root) {
  const engine = await import(pathToFileURL(join(resolve(root), 'dist/engine/index.js')).href)
  await engine.loadAllMorphology()
  return (input) => engine.lint(input, { format: 'markdown' }).findings.length
}
const builds = { base: await load(baseRoot), new: await load(newRoot) }
const order = process.argv.includes('--b-first') ? ['new', 'base'] : ['base', 'new']

function timed(lint) {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const findings = lint(text)
  const wall = performance.now() - start
  const used = process.cpuUsage(cpuStart)
  return { wall, cpu: (used.user + used.system) / 1000, findings }
}

const result = Object.fromEntries(order.map((name) => [name, { unseen: undefined, again: { wall: [], cpu: [] }, findings: undefined }]))
for (const piece of warmUps) for (const name of order) builds[name](piece)
for (const name of order) {
  const { wall, cpu, findings } = timed(builds[name])
  result[name].unseen = { wall, cpu }
  result[name].findings = findings
}
for (let i = 0; i < runs; i++) {
  for (const name of (i % 2 ? [...order].reverse() : order)) {
    const { wall, cpu } = timed(builds[name])
    result[name].again.wall.push(wall)
    result[name].again.cpu.push(cpu)
  }
}
console.log(JSON.stringify({ order, ...result }))
