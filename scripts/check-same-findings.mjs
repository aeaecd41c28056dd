#!/usr/bin/env node
// Proves a refactoring changed no finding: lints the bench corpora (scripts/bench/corpus.mjs), the
// test corpora (labelled, real, clean) and examples/ with the built CLI's `--format json`, then
// either saves that output or compares it with a saved one.
//   node scripts/check-same-findings.mjs --save scratch/findings-before.json   (on the old tree)
//   node scripts/check-same-findings.mjs --compare scratch/findings-before.json (on the new tree)
// Needs `npm run build` first. Exit 1 and the first differing file when the findings differ.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PARAGRAPH_SHAPES, generateDocument, generateWorkspace, longParagraph } from './bench/corpus.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'bin/cluetrain.js')
const [mode, file] = process.argv.slice(2)
if (!['--save', '--compare'].includes(mode) || !file) {
  console.error('usage: check-same-findings.mjs --save|--compare FILE')
  process.exit(2)
}

function lintJson(cwd, paths) {
  // Exit code 1 only means some finding is an error: the JSON on stdout is what counts.
  let out
  try {
    out = execFileSync(process.execPath, [cli, 'lint', ...paths, '--format', 'json', '--jobs', '1'], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
  } catch (error) {
    if (error.status !== 1) throw error
    out = error.stdout
  }
  return JSON.parse(out)
}

// The bench inputs, written under a temporary folder so their paths are the same on every run.
const benchDir = mkdtempSync(join(tmpdir(), 'cluetrain-same-'))
const benchFiles = {}
for (const language of ['en', 'fr']) for (const bytes of [10_000, 100_000]) benchFiles[`bench/${language}-${bytes}.md`] = generateDocument(language, bytes)
for (const { name, text } of generateWorkspace(40)) benchFiles[`bench/workspace/${name}`] = text
Object.keys(PARAGRAPH_SHAPES).forEach((name, i) => { benchFiles[`bench/paragraph-${i}.md`] = longParagraph(name, 20_000) })
for (const [name, text] of Object.entries(benchFiles)) {
  mkdirSync(dirname(join(benchDir, name)), { recursive: true })
  writeFileSync(join(benchDir, name), text)
}

const results = [...lintJson(benchDir, ['bench']), ...lintJson(root, ['test/corpus/labelled', 'test/corpus/real', 'test/corpus/clean', 'examples'])]
rmSync(benchDir, { recursive: true, force: true })
const messages = results.reduce((n, r) => n + r.messages.length, 0)

if (mode === '--save') {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(results, null, 1))
  console.log(`saved ${results.length} files, ${messages} findings to ${file}`)
} else {
  const before = JSON.parse(readFileSync(file, 'utf8'))
  const byPath = new Map(before.map((r) => [r.path, JSON.stringify(r)]))
  const differing = results.filter((r) => byPath.get(r.path) !== JSON.stringify(r)).map((r) => r.path)
  const missing = before.filter((r) => !results.some((x) => x.path === r.path)).map((r) => r.path)
  if (differing.length || missing.length) {
    console.error(`findings differ in ${differing.length} files (first: ${differing[0] ?? '-'}), ${missing.length} files missing (first: ${missing[0] ?? '-'})`)
    process.exit(1)
  }
  console.log(`same findings: ${results.length} files, ${messages} findings`)
}
