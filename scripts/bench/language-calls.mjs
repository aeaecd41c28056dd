#!/usr/bin/env node
// The calls session.ts makes to decide each block's language (detectLanguage; shortBlockGuess
// where it gave nothing; countLetters of the whole block, the document's weights), over every
// block of FILE, timed in CPU: the first round in a fresh process (the loops first run in V8's
// interpreter), then ROUNDS - 1 more. Run it with the CLI's V8 flags and alternate two builds in
// a shell loop (docs/performance.md, "Session 33 (2): language detection's cost"):
//   for i in 1 2 3 4 5 6; do for r in /tmp/base .; do node --no-turbo-inlining --interrupt-budget=270336 \
//     --no-regexp-tier-up scripts/bench/language-calls.mjs $r .cache/bench-real/readme-1m.md; done; done
// Needs `npm run build` in each ROOT. Prints ROOT and each round's CPU ms.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [root, file, rounds = '6'] = process.argv.slice(2)
const from = (path) => import(pathToFileURL(join(resolve(root), 'dist/engine', path)).href)
const { parseDocumentText } = await from('parse/parse.js')
const { detectLanguage, shortBlockGuess } = await from('text/language.js')
const { countLetters } = await from('text/letters.js')
const texts = parseDocumentText(readFileSync(file, 'utf8'), 'markdown').units.map((unit) => unit.text)
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
const times = []
for (let round = 0; round < Number(rounds); round++) {
  const start = cpuMs()
  for (const text of texts) {
    const detected = detectLanguage(text)
    if (!detected) shortBlockGuess(text)
    countLetters(text, Infinity)
  }
  times.push((cpuMs() - start).toFixed(1))
}
console.log(root, times.join(' '))
