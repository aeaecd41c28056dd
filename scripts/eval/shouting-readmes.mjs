#!/usr/bin/env node
// The shouting rule's false alarms on thousands of real README files (issue #16, session 29): the
// Markdown that packages ship (README, CHANGELOG, HISTORY, docs/) in the project's node_modules
// (fixed by package-lock.json, so the same files after every `npm ci`), and any folders of French
// copy given; with --machine, also what this machine has outside the repository, where present
// (MACHINE_SOURCES: the global packages and npx's cache, the Markdown and the plain-text README
// and NEWS files of /usr/share/doc, the French manual pages of /usr/share/man/fr). READMEs seldom shout, so nearly every
// shouting finding here is a false alarm: the count per 1,000 words is the measure, and the
// findings, grouped by the shape of the flagged text and where it stands, are what to read. On
// this machine with --machine (session 29): about 1,600 files, 1.34 million words, 5 minutes (man(1)
// renders the manual pages one by one). The results are in docs/quality-notes.md ("Session 29").
//
//   node scripts/eval/shouting-readmes.mjs [--machine] [--fr DIR]... [--list] [--sample N] [--json FILE]
//
//   --machine    also lint the machine's documentation outside the repository (MACHINE_SOURCES)
//   --fr DIR     also lint the .md/.txt files under DIR as French
//   --list       print every finding with its context, grouped by shape
//   --sample N   print N findings drawn by the hash of their context (the same N every run), to
//                classify by hand
//   --json FILE  write the counts (and every finding) as JSON, to compare two builds
//
// Needs dist/ (npm run build). Each file is linted alone (Markdown, or plain text for the text
// files), with the language found per paragraph (the engine's `auto`): a French README's findings
// count as French.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { gunzipSync } from 'node:zlib'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { collectMarkdown, packageOf, walk } from '../bench/real-corpus.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
// What a package ships to be read: its README, change log and docs (test fixtures are not copy).
const PACKAGE_DOC = /(?:^|\/)(?:readme|changelog|changes|history|release[-_]?notes|upgrad\w*|migrat\w*)[^/]*\.(?:md|markdown)$|(?:^|\/)docs?\/.+\.(?:md|markdown)$/iu
const FIXTURE = /(?:^|\/)(?:tests?|__tests__|fixtures?|spec|examples?)\//iu
const MARKDOWN = /\.(?:md|markdown)$/iu
// A file larger than this is a generated change log or API dump (tables of commit links).
const MAX_CHARS = 200_000

/** The corpora: name → files ({ title, text }), with the language to lint them in. */
export function readmeCorpora({ machine = false, modules = machine ? [PROJECT_MODULES, ...machineModules()] : [PROJECT_MODULES], systemDocs = machine ? MACHINE_SOURCES.systemDocs : undefined, manuals = machine ? MACHINE_SOURCES.frenchManuals : undefined, french = [] } = {}) {
  // The package's own path: from its last node_modules on.
  const inPackage = (path) => path.split(sep).join('/').replace(/^.*node_modules\//u, '')
  const packageFiles = modules.flatMap((dir) => [...walk(dir)]).filter((p) => PACKAGE_DOC.test(inPackage(p)) && !FIXTURE.test(inPackage(p)))
  const corpora = [{ name: 'node_modules', format: 'markdown', language: 'auto', ...collectMarkdown(packageFiles, (p) => `${packageOf(p)}/${p.split(sep).at(-1)}`, MAX_CHARS) }]
  if (systemDocs && existsSync(systemDocs) && statSync(systemDocs).isDirectory()) {
    const files = [...walk(systemDocs)]
    corpora.push({ name: 'usr-share-doc', format: 'markdown', language: 'auto', ...collectMarkdown(files.filter((p) => MARKDOWN.test(p)), (p) => relative(systemDocs, p), MAX_CHARS) })
    corpora.push({ name: 'usr-share-doc-text', format: 'text', language: 'auto', ...plainTexts(files.filter((p) => PLAIN_DOC.test(p.split(sep).at(-1))), systemDocs) })
  }
  if (manuals && existsSync(manuals)) corpora.push({ name: 'man-fr', format: 'markdown', language: 'auto', ...manualPages(manuals) })
  for (const dir of french) {
    corpora.push({ name: `fr:${dir}`, format: 'markdown', language: 'fr', ...collectMarkdown([...walk(dir)].filter((p) => /\.(?:md|markdown|txt)$/iu.test(p)), (p) => relative(dir, p), MAX_CHARS) })
  }
  return corpora
}

const PROJECT_MODULES = join(ROOT, 'node_modules')

// What this machine may hold outside the repository, read only with --machine and where present:
// a fresh clone has none of it, and the numbers of docs/quality-notes.md name the option they used.
// The French manual pages (Debian's translations of dpkg, apt, man-db, shadow…) are French
// technical prose, rendered by man(1) to text, indents cut and wrapped lines joined into paragraphs
// (linted as Markdown: a blank line ends a paragraph), the language found per paragraph (a few
// pages are left in English); skipped where man(1) is missing.
const MACHINE_SOURCES = { globalModules: '/usr/lib/node_modules', systemDocs: '/usr/share/doc', frenchManuals: '/usr/share/man/fr' }

/** The packages installed for the whole machine or run by npx, where present. */
function machineModules() {
  const dirs = [MACHINE_SOURCES.globalModules]
  try {
    const npx = join(homedir(), '.npm', '_npx')
    for (const run of readdirSync(npx)) dirs.push(join(npx, run, 'node_modules'))
  } catch {
    // No npx cache.
  }
  return dirs.filter((dir) => existsSync(dir))
}

function manualPages(dir) {
  const seen = new Set()
  const kept = []
  for (const path of walk(dir)) {
    if (!/\.\d\w*(?:\.gz)?$/u.test(path)) continue
    let text
    try {
      text = execFileSync('man', ['-l', path], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '100', MAN_KEEP_FORMATTING: '', LANG: 'C.UTF-8' }, stdio: ['ignore', 'pipe', 'ignore'] })
    } catch {
      continue
    }
    // Overstrikes (bold, underline) out; the indentation out, so that no line reads as code.
    // A line at the left margin is a section's heading ("NOM", "VOIR AUSSI"): a paragraph of its own.
    text = text.replace(/.\x08/gu, '').replace(/^(\S.*)$/gmu, '\n$1\n').replace(/^[ \t]+/gmu, '')
    const key = hash(text)
    if (seen.has(key) || !text.trim() || text.length > MAX_CHARS) continue
    seen.add(key)
    kept.push({ title: relative(dir, path), text, hash: key })
  }
  return { kept: kept.sort((a, b) => (a.hash < b.hash ? -1 : 1)), dropped: {} }
}

// The plain-text READMEs and NEWS of Debian packages (gzipped or not): linted as plain text, as the
// CLI lints a .txt file (every line is prose).
const PLAIN_DOC = /^(?:README|NEWS)(?:\.(?:txt|Debian))?(?:\.gz)?$/u

function plainTexts(paths, systemDocs) {
  const seen = new Set()
  const kept = []
  for (const path of paths) {
    const bytes = readFileSync(path)
    const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
    const key = hash(text)
    if (seen.has(key) || !text.trim() || text.length > MAX_CHARS) continue
    seen.add(key)
    kept.push({ title: relative(systemDocs, path), text, hash: key })
  }
  return { kept: kept.sort((a, b) => (a.hash < b.hash ? -1 : 1)), dropped: {} }
}

// ---- The shape of a finding: what was flagged, and where it stands. ----

const lineOf = (text, offset, endOffset) => {
  const start = text.lastIndexOf('\n', offset - 1) + 1
  const end = text.indexOf('\n', endOffset)
  return { start, line: text.slice(start, end < 0 ? text.length : end) }
}

/** What the flagged text is: marks ("!!"), one word, or a run of words. */
function flaggedShape(actual) {
  if (!/\p{L}/u.test(actual)) return 'marks'
  const words = actual.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []
  return words.length === 1 ? (words[0].length >= 8 ? 'long word' : 'word') : words.length <= 3 ? 'run of 2-3' : 'run of 4+'
}

/** Where it stands: the first context that holds, most specific first. */
function placeOf(text, offset, endOffset) {
  const { start, line } = lineOf(text, offset, endOffset)
  const lead = text.slice(start, offset)
  const before = text.slice(Math.max(0, offset - 3), offset)
  const after = text.slice(endOffset, endOffset + 3)
  if (/^\s*\|/u.test(line)) return 'table cell'
  if (/\[[^\]]*$/u.test(lead) && /^[^\[]*\]\(/u.test(text.slice(endOffset, endOffset + 200))) return 'link text'
  if (/(?:\*\*|__)$/u.test(before) || /^(?:\*\*|__)/u.test(after)) return 'bold'
  if (/[`'"“‘«]\s*$/u.test(before) && /^\s*[`'"”’»]/u.test(after)) return 'quoted'
  if (/\($/u.test(before)) return 'after parenthesis'
  if (/^\s*:/u.test(after)) return 'before colon'
  if (/:\s*$/u.test(lead)) return 'after colon'
  if (/^\s*(?:[-*+]|\d+[.)])\s+$/u.test(lead)) return 'list item start'
  if (/^\s*(?:[-*+]|\d+[.)])\s/u.test(lead)) return 'in list item'
  if (/^\s*>/u.test(lead)) return 'block quote'
  if (/^\s*$/u.test(lead)) return 'line start'
  return 'in sentence'
}

const contextOf = (text, offset, endOffset, reach = 100) => {
  const { start, line } = lineOf(text, offset, endOffset)
  const from = Math.max(0, offset - start - reach)
  const s = line.slice(from, offset - start) + '⟦' + text.slice(offset, endOffset) + '⟧' + line.slice(endOffset - start, endOffset - start + reach)
  return s.replace(/\s+/g, ' ').trim()
}

const hash = (s) => createHash('sha256').update(s).digest('hex')

/** Every shouting finding of the corpora, with its shape, place and context; words per language. */
export async function shoutingFindings(corpora) {
  const { lint, loadAllMorphology } = await import(join(ROOT, 'dist/engine/index.js'))
  // The word lists decide what shouts: without them only "!!" is flagged.
  await loadAllMorphology()
  const findings = []
  const totals = {}
  for (const corpus of corpora) {
    const total = (totals[corpus.name] = { files: corpus.kept.length, words: 0, findings: 0, byLanguage: {} })
    for (const file of corpus.kept) {
      const result = lint(file.text, { format: corpus.format, language: corpus.language })
      total.words += result.words
      for (const f of result.findings) {
        if (!f.ruleId.endsWith('shouting')) continue
        total.findings++
        total.byLanguage[f.language] = (total.byLanguage[f.language] ?? 0) + 1
        findings.push({ corpus: corpus.name, file: file.title, language: f.language, actual: f.actual, shape: flaggedShape(f.actual), place: placeOf(file.text, f.offset, f.endOffset), context: contextOf(file.text, f.offset, f.endOffset) })
      }
    }
  }
  return { findings, totals }
}

const perThousand = (n, words) => ((n * 1000) / Math.max(1, words)).toFixed(3)

function countBy(findings, key) {
  const counts = new Map()
  for (const f of findings) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const valuesOf = (flag) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []))
  const corpora = readmeCorpora({ machine: args.includes('--machine'), french: valuesOf('--fr').map((d) => resolve(d)) })
  const { findings, totals } = await shoutingFindings(corpora)
  for (const [name, t] of Object.entries(totals)) {
    console.log(`${name}: ${t.files} files, ${t.words.toLocaleString('en')} words, ${t.findings} shouting findings = ${perThousand(t.findings, t.words)} per 1,000 words ${JSON.stringify(t.byLanguage)}`)
  }
  console.log('\nby shape and place:')
  for (const [group, n] of countBy(findings, (f) => `${f.shape} / ${f.place}`)) console.log(`  ${String(n).padStart(5)}  ${group}`)
  if (args.includes('--list')) {
    for (const [group] of countBy(findings, (f) => `${f.shape} / ${f.place}`)) {
      console.log(`\n## ${group}`)
      for (const f of findings.filter((x) => `${x.shape} / ${x.place}` === group)) console.log(`  [${f.language}] ${f.file}: ${f.context}`)
    }
  }
  const sample = Number(valuesOf('--sample')[0] ?? 0)
  if (sample > 0) {
    console.log(`\nsample of ${sample} (by the hash of each finding's context):`)
    const drawn = findings.map((f) => ({ f, key: hash(`${f.file}\0${f.context}`) })).sort((a, b) => (a.key < b.key ? -1 : 1)).slice(0, sample)
    drawn.forEach(({ f }, k) => console.log(`${String(k + 1).padStart(3)}. [${f.language}] ${f.file} (${f.shape} / ${f.place}): ${f.context}`))
  }
  const json = valuesOf('--json')[0]
  if (json) writeFileSync(json, `${JSON.stringify({ totals, findings }, null, 1)}\n`)
}
