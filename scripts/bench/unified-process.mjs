#!/usr/bin/env node
// The reference pipeline as a process, what a user of it runs on files (remark-parse →
// retext-english → simplify, intensify, passive; see tools.mjs):
//   node scripts/bench/unified-process.mjs FILE...
// Prints { findings } as JSON.
import { readFileSync } from 'node:fs'
import { loadTool } from './tools.mjs'

const check = await loadTool('unified')
let findings = 0
for (const file of process.argv.slice(2)) findings += check(readFileSync(file, 'utf8'))
console.log(JSON.stringify({ findings }))
