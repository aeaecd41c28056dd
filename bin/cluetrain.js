#!/usr/bin/env node
import { statSync } from 'node:fs'
import module from 'node:module'

// Node ≥ 22.1 keeps the compiled code of the modules it loads between runs; Node 20 has no such
// cache and goes on without it.
module.enableCompileCache?.()

// The bundle (scripts/bundle.mjs, part of `npm run build`) starts in about half the time of the
// modules it is made from; a build by tsc alone, or one newer than the bundle, runs dist/cli/.
const bundled = new URL('../dist/cli-bundle/main.js', import.meta.url)
const built = new URL('../dist/cli/main.js', import.meta.url)
const modified = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1
const { main } = await import(modified(bundled) >= modified(built) ? bundled.href : built.href)

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
})
process.exitCode = code
