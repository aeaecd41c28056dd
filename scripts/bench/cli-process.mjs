#!/usr/bin/env node
// `cluetrain` as bin/cluetrain.js runs it, with its output counted instead of printed; prints the
// number of findings and this process's peak memory (worker threads included) as JSON.
import { main } from '../../dist/cli/main.js'

let warnings = 0
await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => (warnings += s.split('\n').filter((line) => /^\s+\d+:\d+-\d+:\d+\s/.test(line)).length),
  stderr: (s) => process.stderr.write(s),
  color: false,
})
console.log(JSON.stringify({ findings: warnings, maxRssMB: process.resourceUsage().maxRSS / 1024 }))
