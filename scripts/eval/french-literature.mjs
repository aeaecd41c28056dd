#!/usr/bin/env node
// French literature, linted: findings per 1,000 words by rule and by flagged word, in text where
// nearly every finding is a false alarm (issue #15, literal senses; session 33). A larger
// development signal than the 133 sentences of literal-dev3-fr.yaml: paragraphs of the 100 novels
// of ELTeC-fra (public domain; github.com/COST-ELTeC/ELTeC-fra) and speeches of FreDraCor plays
// (texts public domain; github.com/dracor-org/fredracor), each read from a git snapshot the tool
// library fetched (`fetch github:COST-ELTeC/ELTeC-fra`, `fetch github:dracor-org/fredracor`).
// Not a test dependency: the extracted text is cached under .cache/french-literature/.
//   npm run build && node scripts/eval/french-literature.mjs [--half a|b|all] [--sentences] [--list RULE] [--words N]
// Halves: works alternate between half "a" (read to write mechanisms) and half "b" (only counted,
// to check that what half a taught holds on works nobody read). Plays by the authors NOTICE names
// for the third held-out set are left out, and any paragraph holding a sentence of a held-out file
// is dropped (only the number dropped is printed; no held-out sentence is).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { middleWords, snapshotGit, wordsIn } from './corpus-snapshots.mjs'
import { lint, loadMorphology } from '../../dist/engine/index.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const half = option('--half', 'a')
const listRule = option('--list', '')
// --sentences: each sentence its own block, as the literal-sense sets are linted (one sentence, no
// paragraph around it to read the register from): the harder case, and the sets' own.
const sentences = args.includes('--sentences')
// Words taken from each work (its middle paragraphs): 100 novels and ~60 plays, ~600,000 words.
const perWork = Number(option('--words', '4000'))
// Snapshots the tool library fetched (`--mirrors DIR` or MIRRORS: `<DIR>/<owner>+<name>/repo`), else
// a shallow fetch of the pinned commit from GitHub into .cache (a fresh machine has no mirrors).
const mirrors = option('--mirrors', process.env.MIRRORS)
const cacheDir = join(root, '.cache/french-literature')

// The third held-out set's authors (NOTICE): their plays are not read here.
const HELDOUT_AUTHORS = /dugazon|harpe|clemenceau|marivaux|desmarets|dufresny|barante|hugo|puget|sophocle|orneval|lesage|becque|senne|bary|dumas|longhaye|maintenon|diderot|sand|bernard|cheron|destouches|boissy|noble|leclercq|dancourt|cubieres|corneille|racine|moliere|musset|scarron|regnard|voltaire|feydeau|courteline|mirbeau/

// The commits read in session 33.
const REPOS = {
  'COST-ELTeC+ELTeC-fra': { url: 'https://github.com/COST-ELTeC/ELTeC-fra', commit: '83f0a43fdb967cd1db646027a1a237307e4924a1' },
  'dracor-org+fredracor': { url: 'https://github.com/dracor-org/fredracor', commit: '34cf7f1afce064de8f56b210c1a4992920834c1e' },
}
const git = snapshotGit(REPOS, mirrors, cacheDir)
const entities = (s) =>
  s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/\s+/g, ' ').trim()

const middle = (paragraphs) => middleWords(paragraphs, perWork)

function novels() {
  const files = git('COST-ELTeC+ELTeC-fra', 'ls-tree', '-r', '--name-only', 'HEAD', 'level1/').split('\n').filter((f) => f.endsWith('.xml'))
  return files.map((file) => {
    const xml = git('COST-ELTeC+ELTeC-fra', 'show', `HEAD:${file}`)
    const body = xml.slice(xml.indexOf('<body'))
    const paragraphs = [...body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) => entities(m[1])).filter((p) => p.length > 0)
    return { id: file.replace(/^level1\/|\.xml$/g, ''), kind: 'novel', paragraphs: middle(paragraphs) }
  })
}

function plays() {
  const files = git('dracor-org+fredracor', 'ls-tree', '-r', '--name-only', 'HEAD', 'tei/').split('\n').filter((f) => f.endsWith('.xml'))
  // One play in 30, by file order, of authors the held-out set does not quote.
  const chosen = files.filter((f) => !HELDOUT_AUTHORS.test(f.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())).filter((_, k) => k % 30 === 0)
  return chosen.map((file) => {
    const xml = git('dracor-org+fredracor', 'show', `HEAD:${file}`)
    const body = xml.slice(xml.indexOf('<body'))
    // A speech's verse lines joined by a space (as the development set reads them), its prose paragraphs apart.
    const speeches = [...body.matchAll(/<sp\b[^>]*>([\s\S]*?)<\/sp>/g)].flatMap((m) => {
      const inner = m[1].replace(/<speaker\b[\s\S]*?<\/speaker>/g, '').replace(/<stage\b[\s\S]*?<\/stage>/g, '')
      const lines = [...inner.matchAll(/<l\b[^>]*>([\s\S]*?)<\/l>/g)].map((l) => entities(l[1]))
      const prose = [...inner.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((p) => entities(p[1]))
      return [lines.join(' '), ...prose].filter((s) => s.length > 0)
    })
    return { id: file.replace(/^tei\/|\.xml$/g, ''), kind: 'play', paragraphs: middle(speeches) }
  })
}

const fold = (s) => s.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/[«»“”]/g, '"').replace(/\s+/g, ' ').trim()

/** The held-out sentences, folded: compared, never printed. */
function heldOutSentences() {
  const fixes = join(root, 'test/corpus/fixes')
  return readdirSync(fixes)
    .filter((f) => /^heldout.*\.yaml$/.test(f))
    .flatMap((f) => (YAML.parse(readFileSync(join(fixes, f), 'utf8'))?.cases ?? []).map((c) => fold(c.text)))
}

function works() {
  const cached = join(cacheDir, `works-${perWork}.json`)
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8'))
  const all = [...novels(), ...plays()]
  const held = heldOutSentences()
  let dropped = 0
  for (const work of all) {
    work.paragraphs = work.paragraphs.filter((p) => {
      const folded = fold(p)
      const overlaps = held.some((h) => folded.includes(h))
      if (overlaps) dropped++
      return !overlaps
    })
  }
  all.forEach((work, k) => (work.half = k % 2 === 0 ? 'a' : 'b'))
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cached, JSON.stringify(all))
  console.log(`(extracted ${all.length} works; ${dropped} paragraphs dropped for holding a held-out sentence)`)
  return all
}

await loadMorphology('fr')
const chosen = works().filter((w) => half === 'all' || w.half === half)
const byRule = new Map()
const byWord = new Map()
let words = 0
let findings = 0
for (const work of chosen) {
  const blocks = sentences ? work.paragraphs.flatMap((p) => p.split(/(?<=[.!?…»])\s+(?=[«—–-]?\s*\p{Lu})/u)) : work.paragraphs
  const text = blocks.join('\n\n')
  words += wordsIn(text)
  for (const f of lint(text, { format: 'text', language: 'fr' }).findings) {
    findings++
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1)
    const key = `${f.ruleId}\t${f.actual.toLowerCase()}`
    byWord.set(key, (byWord.get(key) ?? 0) + 1)
    if (listRule && f.ruleId === listRule) {
      const p = text.lastIndexOf('\n\n', f.offset) + 2
      const end = text.indexOf('\n\n', f.offset)
      console.log(`${work.id}\t${f.actual}\t${text.slice(Math.max(p, f.offset - 160), Math.min(end < 0 ? text.length : end, f.offset + 160))}`)
    }
  }
}
const per = (n) => ((1000 * n) / words).toFixed(2)
console.log(`half ${half}${sentences ? ', sentences alone' : ''}: ${chosen.length} works (${chosen.filter((w) => w.kind === 'novel').length} novels, ${chosen.filter((w) => w.kind === 'play').length} plays), ${words} words, ${findings} findings, ${per(findings)} per 1,000 words`)
for (const [rule, n] of [...byRule].sort((a, b) => b[1] - a[1])) console.log(`  ${rule}\t${n}\t${per(n)}`)
console.log('top flagged words:')
for (const [key, n] of [...byWord].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${n}\t${key}`)
