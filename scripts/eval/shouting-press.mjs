#!/usr/bin/env node
// The shouting rule's findings on vendor documentation, press releases and release announcements,
// and job ads (issue #16, session 30): the kinds of copy of the English real-copy test set that the
// README and store-listing corpora (shouting-readmes.mjs, shouting-store-listings.mjs) do not hold.
// The corpus is collected by collect-press-corpus.mjs into .cache/press-corpus/<kind>/ (git-ignored,
// not redistributed); each file is linted alone, as Markdown, in English. Prints the findings per
// 1,000 words per kind, grouped by the shape of the flagged text and where it stands (the grouping
// of shouting-readmes.mjs), and every finding (--list) or a sample drawn by the hash of its context.
// The results are in docs/quality-notes.md ("Session 30: shouting in vendor docs and press releases").
//
//   node scripts/eval/shouting-press.mjs [--dir DIR] [--list] [--sample N] [--json FILE]
//
// Needs dist/ (npm run build).
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { shoutingFindings } from './shouting-readmes.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const valueOf = (flag) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []))[0]
const dir = resolve(valueOf('--dir') ?? join(ROOT, '.cache/press-corpus'))
if (!existsSync(dir)) throw new Error(`no corpus at ${dir}: run node scripts/eval/collect-press-corpus.mjs first`)

const corpora = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => ({
    name,
    format: 'markdown',
    language: 'en',
    kept: readdirSync(join(dir, name))
      .filter((file) => /\.(?:md|markdown|txt)$/u.test(file))
      .sort()
      .map((file) => ({ title: file, text: readFileSync(join(dir, name, file), 'utf8') })),
  }))
const { findings, totals } = await shoutingFindings(corpora)
const perThousand = (n, words) => ((n * 1000) / Math.max(1, words)).toFixed(3)
let files = 0
let words = 0
for (const [name, t] of Object.entries(totals)) {
  files += t.files
  words += t.words
  console.log(`${name}: ${t.files} files, ${t.words.toLocaleString('en')} words, ${t.findings} shouting findings = ${perThousand(t.findings, t.words)} per 1,000 words`)
}
console.log(`all: ${files} files, ${words.toLocaleString('en')} words, ${findings.length} shouting findings = ${perThousand(findings.length, words)} per 1,000 words`)

const groupOf = (f) => `${f.shape} / ${f.place}`
const groups = new Map()
for (const f of findings) groups.set(groupOf(f), (groups.get(groupOf(f)) ?? 0) + 1)
const ordered = [...groups].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
console.log('\nby shape and place:')
for (const [group, n] of ordered) console.log(`  ${String(n).padStart(5)}  ${group}`)
if (args.includes('--list')) {
  for (const [group] of ordered) {
    console.log(`\n## ${group}`)
    for (const f of findings.filter((x) => groupOf(x) === group)) console.log(`  [${f.corpus}] ${f.file}: ${f.context}`)
  }
}
const sample = Number(valueOf('--sample') ?? 0)
if (sample > 0) {
  console.log(`\nsample of ${sample} (by the hash of each finding's context):`)
  const hash = (s) => createHash('sha256').update(s).digest('hex')
  const drawn = findings.map((f) => ({ f, key: hash(`${f.file}\0${f.context}`) })).sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, sample)
  drawn.forEach(({ f }, k) => console.log(`${String(k + 1).padStart(3)}. [${f.corpus}] ${f.file} (${groupOf(f)}): ${f.context}`))
}
const json = valueOf('--json')
if (json) writeFileSync(json, `${JSON.stringify({ totals, findings }, null, 1)}\n`)
