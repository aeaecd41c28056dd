#!/usr/bin/env node
// Real-document benchmark corpora that a fresh machine can build: the README files of the packages
// in the project's node_modules (fixed by package-lock.json, so the same files after every
// `npm ci`) and, as a corpus of its own, the Markdown shipped in /usr/share/doc where there is any.
//
//   node scripts/bench/real-corpus.mjs [--out DIR]     (default .cache/bench-real; prints the manifest)
//
// Writes readme-100k.md, readme-1m.md, readme-4m.md (one document each: whole READMEs, each after
// a heading of its own), workspace/ (2,000 files), sysdoc-1m.md when /usr/share/doc has 1 MB of
// Markdown, one-line.md, and manifest.json (sources, sizes, hashes, what was left out and why).
//
// Determinism: files are read in a sorted walk; duplicates (one package at several versions) are
// dropped by content; the order is by the SHA-256 of each file's content (well mixed, and
// independent of where a package is installed); sizes are reached by whole files, never a cut.
// A file that would swallow what follows it (an unclosed fence, comment or <pre>) is left out:
// each is parsed with a sentinel heading after it (remark-parse + remark-gfm, the engine's
// parser), and kept only if the sentinel comes back as a heading at the top level.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

export const SIZES = { '100k': 100_000, '1m': 1_000_000, '4m': 4_000_000 }
export const WORKSPACE_FILES = 2000
// What the whole-process startup row lints: one line, one finding.
export const ONE_LINE = 'We leverage synergies.\n'
// Node's changelogs in /usr/share/doc are 200 KB and more of tables of commit links: one of them
// would be a fifth of the 1 MB document.
const SYSTEM_DOC_MAX_CHARS = 200_000
const README = /^readme(\.(md|markdown))?$/i
const MARKDOWN = /\.(md|markdown)$/i
const SENTINEL = 'CT-SENTINEL-HEADING'
const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const processor = unified().use(remarkParse).use(remarkGfm).freeze()

/** Every file under `dir`, in sorted order (the same on every machine). */
export function* walk(dir) {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else if (entry.isFile()) yield path
  }
}

const sha256 = (text) => createHash('sha256').update(text).digest('hex')
const byHash = (a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)

/** The package a README belongs to: the folder after the last node_modules (with its scope). */
export function packageOf(path) {
  const parts = path.split(sep)
  const rest = parts.slice(parts.lastIndexOf('node_modules') + 1, -1)
  return rest[0]?.startsWith('@') ? rest.slice(0, 2).join('/') : (rest[0] ?? parts.at(-2))
}

/** True when `text` closes all it opens: a heading after it still parses as a heading. */
export function closesItsBlocks(text) {
  const last = processor.parse(`${text}\n\n# ${SENTINEL}\n`).children.at(-1)
  return last?.type === 'heading' && last.children[0]?.type === 'text' && last.children[0].value === SENTINEL
}

/** The Markdown files at `paths` worth keeping, deduplicated by content, in content-hash order. */
export function collectMarkdown(paths, titleOf, maxChars = Infinity) {
  const seen = new Set()
  const kept = []
  const dropped = { duplicate: 0, empty: 0, unclosed: 0, tooLarge: 0 }
  for (const path of paths) {
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
    const hash = sha256(text)
    if (seen.has(hash)) dropped.duplicate++
    else if (!text.trim()) dropped.empty++
    else if (text.length > maxChars) dropped.tooLarge++
    else if (!closesItsBlocks(text)) dropped.unclosed++
    else kept.push({ title: titleOf(path), text, hash })
    seen.add(hash)
  }
  return { kept: kept.sort(byHash), dropped }
}

/** Whole files, each after a heading of its own, until the document has `size` characters. */
export function joinDocument(files, size) {
  const parts = []
  let length = 0
  for (const file of files) {
    if (length >= size) break
    const part = `# ${file.title}\n\n${file.text.replace(/\s+$/, '')}\n`
    parts.push(part)
    length += part.length + 1
  }
  if (length < size) return { error: `only ${length.toLocaleString('en')} characters of Markdown for ${size.toLocaleString('en')}` }
  return { text: parts.join('\n'), files: parts.length }
}

/** `count` files: every README once, then again in the same order (nothing is kept between files). */
export function workspaceOf(files, count) {
  if (!files.length) return []
  return Array.from({ length: count }, (_, i) => {
    const file = files[i % files.length]
    return { name: `${String(i).padStart(4, '0')}-${file.title.replace(/[^\w.-]+/g, '_')}.md`, text: file.text }
  })
}

/**
 * The corpora as texts, nothing written: `documents` (name → text), `workspace` (name, text),
 * and a manifest that says what each is made of and what could not be built.
 */
export function realCorpus({ modules = join(ROOT, 'node_modules'), systemDocs = '/usr/share/doc', sizes = SIZES, workspaceFiles = WORKSPACE_FILES } = {}) {
  const readmes = collectMarkdown([...walk(modules)].filter((p) => README.test(p.split(sep).at(-1))), packageOf)
  const documents = {}
  const missing = {}
  const add = (name, built) => (built.error ? (missing[name] = built.error) : (documents[name] = built))
  for (const [name, size] of Object.entries(sizes)) add(`readme-${name}`, joinDocument(readmes.kept, size))
  const workspace = workspaceOf(readmes.kept, workspaceFiles)
  let system
  if (existsSync(systemDocs) && statSync(systemDocs).isDirectory()) {
    system = collectMarkdown([...walk(systemDocs)].filter((p) => MARKDOWN.test(p)), (p) => relative(systemDocs, p), SYSTEM_DOC_MAX_CHARS)
    add('sysdoc-1m', joinDocument(system.kept, 1_000_000))
  } else missing['sysdoc-1m'] = `no folder ${systemDocs}`
  const summary = (source) => source && { files: source.kept.length, characters: source.kept.reduce((n, f) => n + f.text.length, 0), dropped: source.dropped }
  const manifest = {
    readmes: summary(readmes),
    system: summary(system),
    documents: Object.fromEntries(Object.entries(documents).map(([name, d]) => [name, { characters: d.text.length, files: d.files, sha256: sha256(d.text) }])),
    missing,
    workspace: { files: workspace.length, distinct: Math.min(readmes.kept.length, workspaceFiles), characters: workspace.reduce((n, f) => n + f.text.length, 0), sha256: sha256(workspace.map((f) => `${f.name}\0${f.text}`).join('\0')) },
  }
  return { documents: Object.fromEntries(Object.entries(documents).map(([name, d]) => [name, d.text])), workspace, manifest }
}

/** Writes the corpora to `out` whole or not at all (built beside it, then renamed into place). */
export function writeRealCorpus(out, corpus = realCorpus(), key = '') {
  const building = `${out}.building-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  mkdirSync(join(building, 'workspace'), { recursive: true })
  for (const [name, text] of Object.entries(corpus.documents)) writeFileSync(join(building, `${name}.md`), text)
  for (const file of corpus.workspace) writeFileSync(join(building, 'workspace', file.name), file.text)
  writeFileSync(join(building, 'one-line.md'), ONE_LINE)
  writeFileSync(join(building, 'manifest.json'), `${JSON.stringify({ key, ...corpus.manifest }, null, 2)}\n`)
  rmSync(out, { recursive: true, force: true })
  renameSync(building, out)
  return corpus.manifest
}

/**
 * What the corpora are built from, cheaply: the lock file, this builder, and the Markdown files of
 * /usr/share/doc by path and size. The cache is rebuilt when it changes.
 */
function sourceKey(systemDocs) {
  const system = [...walk(systemDocs)].filter((p) => MARKDOWN.test(p)).map((p) => `${p}:${statSync(p).size}`)
  return sha256([readFileSync(join(ROOT, 'package-lock.json'), 'utf8'), readFileSync(fileURLToPath(import.meta.url), 'utf8'), ...system].join('\0'))
}

/** The corpora in `out` (built there first if missing or out of date): their manifest. */
export function ensureRealCorpus(out = join(ROOT, '.cache/bench-real'), systemDocs = '/usr/share/doc') {
  const key = sourceKey(systemDocs)
  try {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
    if (manifest.key === key) return manifest
  } catch {
    // No corpus yet, or a broken one: build it.
  }
  return { key, ...writeRealCorpus(out, realCorpus({ systemDocs }), key) }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const out = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : undefined
  console.log(JSON.stringify(ensureRealCorpus(out), null, 2))
}
