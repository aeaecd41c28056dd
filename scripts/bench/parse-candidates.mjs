#!/usr/bin/env node
// Issue #17, item 2: what each way of parsing the real corpora costs, CPU time in this process
// (median of RUNS after a warm-up), so that the parser is chosen with numbers:
//   - remark-parse + remark-gfm on the whole document (mdast: the reference);
//   - micromark + GFM events only, no mdast (what any micromark-based parse pays at least);
//   - markdown-it's tokens (no offsets inside a block's inline content: they would still have
//     to be recovered, not counted here);
//   - Cluetrain's parse as lint() runs it: the document cut into top-level blocks, each distinct
//     one parsed (parseDocumentText) with the plain-block shortcut and, for comparison, without.
//   node scripts/bench/parse-candidates.mjs [RUNS]      (needs `npm run build`; corpora as bench:real)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { parse, postprocess, preprocess } from 'micromark'
import { gfm } from 'micromark-extension-gfm'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { ensureRealCorpus } from './real-corpus.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const { markdownPieces } = await import(join(root, 'dist/engine/cut/pieces.js'))
const { parseDocumentText } = await import(join(root, 'dist/engine/parse/parse.js'))
const runs = Number(process.argv[2] ?? 3)
const cache = join(root, '.cache/bench-real')
const manifest = ensureRealCorpus(cache)
const remark = unified().use(remarkParse).use(remarkGfm).freeze()
const markdownIt = new MarkdownIt()
const blocksOf = (text) => {
  const cuts = markdownPieces(text, 0, 'markdown')
  return [...new Set(cuts.map((at, i) => text.slice(at, cuts[i + 1] ?? text.length)))]
}
const candidates = {
  'remark-parse + gfm, whole document (mdast)': (text) => remark.parse(text),
  'micromark + gfm events, whole document (no mdast)': (text) => postprocess(parse({ extensions: [gfm()] }).document().write(preprocess()(text, undefined, true))),
  'markdown-it tokens, whole document (no inline offsets)': (text) => markdownIt.parse(text, {}),
  'Cluetrain: blocks, each with the plain-block shortcut': (text) => blocksOf(text).forEach((block) => parseDocumentText(block, 'markdown')),
  'Cluetrain: blocks, each with micromark (no shortcut)': (text) => blocksOf(text).forEach((block) => parseDocumentText(block, 'markdown', false)),
}
const cpuOf = (run, text) => {
  const start = process.cpuUsage()
  run(text)
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}
console.log('| document | parse | CPU (median) |\n|---|---|---|')
for (const name of ['readme-1m', 'sysdoc-1m'].filter((n) => manifest.documents[n])) {
  const text = readFileSync(join(cache, `${name}.md`), 'utf8')
  for (const [candidate, run] of Object.entries(candidates)) {
    run(text)
    const times = Array.from({ length: runs }, () => cpuOf(run, text)).sort((a, b) => a - b)
    console.log(`| ${name} | ${candidate} | ${Math.round(times[times.length >> 1])} ms |`)
  }
}
