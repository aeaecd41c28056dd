#!/usr/bin/env node
// The parse alone, as a lint parses: every distinct piece of FILE (cut as lint() cuts it) through
// parseDocumentText with the definitions it refers to declared, as cut/settle.ts declares them
// (the document's definitions that the piece's labels name and it does not make itself). Without
// them a piece's references are left to micromark: readme-1m handed it 730 texts against a lint's
// 223 (session 35), which weighed micromark three times over. Two builds (or one) alternated in one
// process, the order turning each round; CPU ms per round (process.cpuUsage), after one round.
//   node scripts/bench/parse-ab.mjs FILE ROUNDS ROOT_A [ROOT_B]
//   e.g. node scripts/bench/parse-ab.mjs .cache/bench-real/readme-1m.md 30 /tmp/base .
// Prints per build the pieces, the units they parse to, the median and every round's CPU; with two,
// the median of B/A by round and in how many rounds B was lower.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [file, roundsArg, ...roots] = process.argv.slice(2)
if (!file || !roots.length) throw new Error('usage: parse-ab.mjs FILE ROUNDS ROOT_A [ROOT_B]')
const text = readFileSync(file, 'utf8')
const rounds = Number(roundsArg ?? 10)

async function load(root) {
  const module = (path) => import(pathToFileURL(join(resolve(root), 'dist/engine', path)).href)
  const { markdownPieces } = await module('cut/pieces.js')
  const { parseDocumentText } = await module('parse/parse.js')
  const { referenceKeys } = await module('parse/definitions.js')
  const cuts = markdownPieces(text, 0, 'markdown')
  const pieces = [...new Set(cuts.map((at, i) => text.slice(at, cuts[i + 1] ?? text.length)))]
  const own = pieces.map((piece) => parseDocumentText(piece, 'markdown').defines)
  const defined = new Set(own.flat())
  const declared = pieces.map((piece, i) => [...referenceKeys(piece)].filter((key) => defined.has(key) && !own[i].includes(key)).sort())
  return { root, pieces, declared, parse: parseDocumentText, cpu: [], units: 0 }
}

const builds = []
for (const root of roots) builds.push(await load(root))
for (let r = 0; r <= rounds; r++) {
  for (const build of r % 2 ? builds : [...builds].reverse()) {
    const start = process.cpuUsage()
    let units = 0
    for (let i = 0; i < build.pieces.length; i++) units += build.parse(build.pieces[i], 'markdown', true, build.declared[i]).units.length
    const used = process.cpuUsage(start)
    if (r > 0) build.cpu.push((used.user + used.system) / 1000)
    build.units = units
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
for (const b of builds) console.log(b.root, 'pieces', b.pieces.length, 'units', b.units, 'median cpu', median(b.cpu).toFixed(1), b.cpu.map((x) => x.toFixed(0)).join(' '))
if (builds.length === 2) {
  const ratios = builds[1].cpu.map((x, i) => x / builds[0].cpu[i])
  console.log('ratio B/A median', median(ratios).toFixed(3), 'lower in', ratios.filter((x) => x < 1).length, 'of', ratios.length)
}
