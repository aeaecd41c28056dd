#!/usr/bin/env node
// Writes docs/rules.md from the rule data, as `cluetrain rules --format markdown` prints it (the
// generator is src/cli/rules-doc.ts; run `npm run build` first, as `npm run build:docs` does).
// `--check` writes nothing: it exits 1, naming the first line that differs, when docs/rules.md is
// not what the generator gives (test/docs.test.ts runs it so). The file is replaced atomically: a
// shell redirection would leave it empty if the generator failed.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { rulesMarkdown } from '../dist/cli/rules-doc.js'

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url))
const generated = rulesMarkdown()

/** Where two texts first differ, as "line N: expected … found …", or null when they are the same. */
function firstDifference(expected, found) {
  if (expected === found) return null
  const want = expected.split('\n')
  const have = found.split('\n')
  let line = 0
  while (want[line] === have[line]) line++
  const show = (s) => (s === undefined ? '(end of file)' : JSON.stringify(s.length > 120 ? `${s.slice(0, 120)}…` : s))
  return `line ${line + 1}: expected ${show(want[line])}, found ${show(have[line])}`
}

if (process.argv.includes('--check')) {
  let onDisk = ''
  try {
    onDisk = readFileSync(target, 'utf8')
  } catch (error) {
    onDisk = `(cannot read it: ${error.code ?? error.message})`
  }
  const difference = firstDifference(generated, onDisk)
  if (difference) {
    console.error(`docs/rules.md is stale (${difference}): run \`npm run build:docs\` and commit it.`)
    process.exit(1)
  }
  console.log('docs/rules.md is up to date.')
} else {
  writeFileSync(`${target}.tmp`, generated)
  renameSync(`${target}.tmp`, target)
  console.log('Wrote docs/rules.md.')
}
