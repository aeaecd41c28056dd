#!/usr/bin/env node
// Holds the parser's fast paths to the remark-parse path on real documents: lints each real
// corpus of the bench (real-corpus.mjs: the README files of node_modules one by one and joined,
// the Markdown of /usr/share/doc) with lint() and with a session that parses every block with
// micromark (`plainBlocks` false), and compares the findings. Needs `npm run build` first.
//   node scripts/bench/real-same-findings.mjs [--quick]
// Exit 1 and the first file whose findings differ when any does.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureRealCorpus } from './real-corpus.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const { lint, LintSession } = await import(join(root, 'dist/engine/index.js'))
const quick = process.argv.includes('--quick')
const cache = join(root, '.cache/bench-real')
const manifest = ensureRealCorpus(cache)
const documents = Object.keys(manifest.documents).filter((name) => !quick || name === 'readme-100k').map((name) => [name, join(cache, `${name}.md`)])
const workspace = readdirSync(join(cache, 'workspace')).sort().map((name) => join(cache, 'workspace', name))
const distinct = [...new Set(workspace.map((path) => readFileSync(path, 'utf8')))].slice(0, quick ? 100 : undefined)

let findings = 0
const compare = (name, text) => {
  const fast = JSON.stringify(lint(text))
  const reference = JSON.stringify(new LintSession({ format: 'markdown' }, 0, false).lint(text))
  if (fast !== reference) {
    console.error(`findings differ: ${name}`)
    process.exit(1)
  }
  findings += JSON.parse(fast).findings.length
}
for (const [name, path] of documents) compare(name, readFileSync(path, 'utf8'))
distinct.forEach((text, i) => compare(`README file ${i + 1} of the workspace`, text))
console.log(`same findings: ${documents.length} real documents and ${distinct.length} distinct README files, ${findings} findings`)
