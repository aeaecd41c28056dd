#!/usr/bin/env node
// Issue #17: what the plain-block shortcut still hands micromark on a document, by syntax, so that
// the next syntax it takes is chosen by measured cost. Each handed chunk (a run of non-blank lines
// of what micromark is given, the shortcut's placeholders left out) is timed alone in micromark
// (CPU, best of 3) and classed by the first rewrite below that lets the shortcut take it, "several"
// when only all of them together do (then each rewrite it cannot do without is counted too, as
// "  needed in several"), "other (shape)" when not even all do. Then micromark's cost on what it is
// really handed, per call and in all, and the costliest pieces.
//   node scripts/bench/parse-handed.mjs FILE     (needs `npm run build`; e.g. .cache/bench-real/readme-1m.md)
//   node scripts/bench/parse-handed.mjs FILE --show CLASS   (prints the start of each chunk of that class, then stops)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const root = fileURLToPath(new URL('../..', import.meta.url))
const engine = (path) => import(join(root, 'dist/engine', path))
const { markdownPieces } = await engine('cut/pieces.js')
const { parseWithPlainBlocks } = await engine('parse/plain-blocks.js')
const { VerbatimLines } = await engine('parse/verbatim.js')
const { parseDocumentText } = await engine('parse/parse.js')
const { withDefinitions, referenceKeys, mayDefine } = await engine('parse/definitions.js')
const parser = unified().use(remarkParse).use(remarkGfm).freeze()
const text = readFileSync(process.argv[2], 'utf8')
const shown = process.argv[3] === '--show' ? process.argv[4] : undefined
const cuts = markdownPieces(text, 0, 'markdown')
const pieces = [...new Set(cuts.map((at, i) => text.slice(at, cuts[i + 1] ?? text.length)))]
// Each piece is parsed with the definitions made in other pieces declared, as the session does.
const defined = new Set(pieces.filter(mayDefine).flatMap((piece) => parseDocumentText(piece, 'markdown').defines))
const declaredFor = (t) => (defined.size ? [...referenceKeys(t)].filter((key) => defined.has(key)) : [])
const handedOf = (t) => {
  let handed
  withDefinitions(declaredFor(t), () => parseWithPlainBlocks(t, (compact) => ((handed = compact), { type: 'root', children: [] })))
  return handed
}
const cpuOf = (run, times = 3) => {
  let best = Infinity
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return best
}

// Runs of non-blank lines, those inside fenced code and verbatim HTML kept whole (as plain-blocks.ts cuts).
function chunksOf(compact) {
  const chunks = []
  const verbatim = new VerbatimLines()
  let lines = []
  for (const line of compact.split('\n')) {
    if (!verbatim.inside && /^[ \t]*\r?$/.test(line)) {
      if (lines.length) chunks.push(lines.join('\n'))
      lines = []
    } else {
      lines.push(line)
      verbatim.read(line)
    }
  }
  if (lines.length) chunks.push(lines.join('\n'))
  return chunks.filter((chunk) => !/^(?:[-*+] +)?a$/.test(chunk))
}

const rewrites = {
  CRLF: (t) => t.replace(/\r\n/g, '\n'),
  'trailing spaces': (t) => t.replace(/[ \t]+$/gm, ''),
  'bare URL': (t) => t.replace(/(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,:;"')\]]/gi, 'url'),
  'badge [![a](b)](c)': (t) => t.replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, 'badge'),
  'badge by reference': (t) => t.replace(/\[!\[[^\]]*\]\[[^\]]*\]\]\[[^\]]*\]/g, 'badge'),
  'image ![a](b)': (t) => t.replace(/!\[[^\]]*\]\([^)]*\)/g, 'image'),
  'block quote': (t) => t.replace(/^ {0,3}> ?/gm, ''),
  '< (HTML, autolink)': (t) => t.replace(/<[^>\n]*>/g, 'h'),
  '& (character reference)': (t) => t.replace(/&(?:#\d+|#x[0-9a-f]+|\w+);/gi, 'e'),
  'emphasis left': (t) => t.replace(/[*_]+(?=\S)|(?<=\S)[*_]+/g, ''),
  'ordered list': (t) => t.replace(/^( *)\d{1,9}[.)] /gm, '$1- '),
  escape: (t) => t.replace(/\\([!-/:-@[-`{-~])/g, 'e'),
  'backslash break': (t) => t.replace(/\\(?=\r?\n)/g, ''),
  'list indented 1-3': (t) => t.replace(/^ {1,3}(?=[-*+] )/gm, ''),
  'paragraph indented 1-3': (t) => t.replace(/^ {1,3}(?=[^ \-*+\d])/gm, ''),
  'heading + paragraph': (t) => (/^#{1,6} .*\n/.test(t) ? t.replace(/\n/, '\n\n') : t),
  'setext heading': (t) => t.replace(/\n(?:=+|-+)[ \t]*$/g, ''),
  'thematic break': (t) => t.replace(/^(?:[-*_][ \t]*){3,}$/gm, 'x'),
  '#x (no space)': (t) => t.replace(/^#+(?=[^#\s])/gm, ''),
  'task item': (t) => t.replace(/^( *[-*+] )\[[ xX]\] /gm, '$1'),
  tab: (t) => t.replace(/\t/g, '    '),
  'strikethrough ~': (t) => t.replace(/~+/g, ''),
  'link title, <>, ()': (t) => t.replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '](u)'),
}
const takes = (t) => handedOf(t) === undefined
const allRewrites = (t, but) => Object.entries(rewrites).reduce((out, [name, rewrite]) => (name === but ? out : rewrite(out)), t)
const shapeOf = (t) => {
  const first = t.split('\n')[0]
  const shapes = [[/\r/, 'CRLF'], [/^\t/, 'tab indent'], [/^ {4}/, '4+ spaces'], [/^ {1,3}\S/, '1-3 spaces'], [/^(```|~~~)/, 'fence'], [/^\|/, 'table'], [/^</, 'HTML'], [/^\d+[.)]/, 'ordered'], [/^[-*+] /, 'bullet'], [/^>/, 'quote'], [/^#/, 'heading']]
  if (/\|/.test(t.split('\n')[1] ?? '')) return 'table'
  return shapes.find(([test]) => test.test(test.source === '\\r' ? t : first))?.[1] ?? 'paragraph'
}

const stats = new Map()
const add = (name, t, ms) => {
  if (name === shown) console.log(`=====\n${t.slice(0, 600)}`)
  const row = stats.get(name) ?? { chunks: 0, characters: 0, ms: 0 }
  stats.set(name, { chunks: row.chunks + 1, characters: row.characters + t.length, ms: row.ms + ms })
}
const handed = pieces.map(handedOf).filter((compact) => compact !== undefined)
for (const chunk of handed.flatMap(chunksOf)) {
  const ms = cpuOf(() => parser.parse(chunk))
  if (takes(chunk)) {
    add('(taken alone)', chunk, ms)
    continue
  }
  const single = Object.keys(rewrites).find((name) => takes(rewrites[name](chunk)))
  if (single) add(single, chunk, ms)
  else if (!takes(allRewrites(chunk))) add(`other (${shapeOf(chunk)})`, chunk, ms)
  else {
    add('several', chunk, ms)
    for (const name of Object.keys(rewrites)) if (!takes(allRewrites(chunk, name))) add(`  needed in several: ${name}`, chunk, ms)
  }
}
console.log(`${pieces.length} distinct pieces; micromark is handed ${handed.length} (${handed.reduce((sum, c) => sum + c.length, 0)} characters)`)
console.log('| what micromark gets | chunks | characters | micromark CPU, each alone |\n|---|---|---|---|')
for (const [name, row] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) console.log(`| ${name} | ${row.chunks} | ${row.characters} | ${row.ms.toFixed(0)} ms |`)
console.log(`\nmicromark on all it is handed: ${cpuOf(() => handed.forEach((c) => parser.parse(c)), 5).toFixed(0)} ms; on "a" as many times: ${cpuOf(() => handed.forEach(() => parser.parse('a')), 5).toFixed(0)} ms`)
if (shown) process.exit(0)
// parse.ts parses a text without GFM's signs without GFM, with parsers built once
// (reusable-parser.ts): against GFM always and against the same choice through remark-parse
// (extensions combined and compiler configured on every call), alternated, medians of 8 after a warm-up.
const { micromarkTree } = await engine('parse/parse.js')
const { remarkDeclaredDefinitions } = await engine('parse/definitions.js')
const GFM_SIGNS = /[|~@&]|:-|-:|\[[\s^xX]|www|http/i
const declaring = { gfm: unified().use(remarkParse).use(remarkGfm).use(remarkDeclaredDefinitions).freeze(), commonmark: unified().use(remarkParse).use(remarkDeclaredDefinitions).freeze() }
const perCall = (c) => (GFM_SIGNS.test(c) ? declaring.gfm : declaring.commonmark).parse(c)
const withGfm = []
const chosenPerCall = []
const chosen = []
for (let i = 0; i < 9; i++) {
  withGfm.push(cpuOf(() => handed.forEach((c) => parser.parse(c)), 1))
  chosenPerCall.push(cpuOf(() => handed.forEach(perCall), 1))
  chosen.push(cpuOf(() => handed.forEach((c) => micromarkTree(c)), 1))
}
const median = (list) => list.slice(1).sort((a, b) => a - b)[4]
console.log(`micromark on all it is handed, with GFM always: ${median(withGfm).toFixed(0)} ms; without GFM where a text has no GFM sign, through remark-parse: ${median(chosenPerCall).toFixed(0)} ms; the same with parsers built once (parse.ts): ${median(chosen).toFixed(0)} ms`)
const costliest = handed.map((c) => [cpuOf(() => parser.parse(c)), c]).sort((a, b) => b[0] - a[0]).slice(0, 10)
for (const [ms, c] of costliest) console.log(`${ms.toFixed(1)} ms, ${c.length} characters: ${JSON.stringify(c.slice(0, 100))}`)
