#!/usr/bin/env node
// The French control corpus comes from @socialgouv/legi-data, a 160 MB package: it is installed
// only when `npm run eval` needs it (exact version, so the corpus never changes), not by `npm ci`.
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(new URL('../../package.json', import.meta.url))
const NEEDED = { '@socialgouv/legi-data': '2.513.0' }
for (const [name, version] of Object.entries(NEEDED)) {
  let installed
  try {
    installed = require(`${name}/package.json`).version
  } catch {}
  if (installed === version) continue
  console.log(`Installing ${name}@${version} for the French control corpus (once)…`)
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', `${name}@${version}`], { stdio: 'inherit', cwd: new URL('../../', import.meta.url) })
}
