#!/usr/bin/env node
// French expository prose, linted: findings per 1,000 words by rule and by flagged word, in text
// where nearly every finding is a false alarm (issue #15, literal senses; session 34). The French
// counterpart of expository-corpus.mjs: the held-out sets are encyclopaedic and scientific prose,
// not novels, so this is the development signal for that register. Two sources, each read from a
// git snapshot at a pinned commit (the tool library's `fetch`, `--mirrors DIR`; on a fresh machine a
// shallow `git fetch` of the commit into .cache/):
// - OBVIL's corpus of French criticism (github.com/OBVIL/critique): essays, lectures and histories
//   of literature, 17th to early 20th century; the texts are in the public domain (the TEI markup is
//   CC BY-NC-ND 3.0 FR: only words of the texts are ever quoted). Authors any test set already quotes
//   (NOTICE) are left out; one file in 3, the middle `--words` words of each.
// - Sequoia (github.com/UniversalDependencies/UD_French-Sequoia, LGPL-LR): its French Wikipédia
//   articles (frwiki_50.1000) and European Medicines Agency reports (emea-fr-*), the `# text` of each
//   sentence, five sentences a block.
// - PUD (github.com/UniversalDependencies/UD_French-PUD, CC BY-SA 3.0; session 35): 1,000 sentences
//   of modern news and Wikipédia (a few from each article, translated by professional translators),
//   five sentences a block. The only modern expository French of the three: the held-out sets'
//   register is today's encyclopaedia, not the 19th century's essay.
// Not a test dependency: the text is cached under .cache/french-expository/. Any block holding a
// sentence of a held-out file is dropped (only the count is printed).
//   node scripts/eval/french-expository.mjs collect [--mirrors DIR] [--words N]
//   npm run build && node scripts/eval/french-expository.mjs lint [--sentences] [--list RULE|all] [--source critique|wiki|emea|pud]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { middleWords, snapshotGit, wordsIn } from './corpus-snapshots.mjs'
import { fold } from './heldout-overlap.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const mirrors = option('--mirrors', process.env.MIRRORS)
const perWork = Number(option('--words', '3000'))
const cacheDir = join(root, '.cache/french-expository')

export const REPOS = {
  'OBVIL+critique': { url: 'https://github.com/OBVIL/critique', commit: 'b7df39a597e3cd882785a6aee6aadd8585a236dd' },
  'UniversalDependencies+UD_French-Sequoia': { url: 'https://github.com/UniversalDependencies/UD_French-Sequoia', commit: 'f5b049600c89d2cf15ebbec860f75d703884d32b' },
  'UniversalDependencies+UD_French-PUD': { url: 'https://github.com/UniversalDependencies/UD_French-PUD', commit: 'c245786cfb3020d43bcfc96215ae531a1b07bcbc' },
}
// Authors NOTICE names for a development or held-out set (their works are not read here), folded.
const QUOTED_AUTHORS = /alembert|michelet|taine|kropotkine|jaures|poincare|lagrange|chatelet|langevin|weil|coubertin|laplace|quicherat|leconte|morris|arago|pechayrand|richer|faulon|flaubert|villiers|rachilde|feval|sand_|sand-|hugo|diderot|marivaux|harpe|barante|dumas|maintenon/

const git = snapshotGit(REPOS, mirrors, cacheDir)
const entities = (s) =>
  s.replace(/<note\b[\s\S]*?<\/note>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/\s+/g, ' ').trim()
const folded = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

function criticism() {
  const files = git('OBVIL+critique', 'ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter((f) => /^[a-z][^/]*\/[^/]+\.xml$/.test(f))
  const chosen = files.filter((f) => !QUOTED_AUTHORS.test(folded(f))).filter((_, k) => k % 3 === 0)
  return chosen.map((file) => {
    const xml = git('OBVIL+critique', 'show', `HEAD:${file}`)
    const body = xml.slice(xml.indexOf('<body'))
    const paragraphs = [...body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) => entities(m[1])).filter((p) => wordsIn(p) >= 5)
    return { id: file.replace(/\.xml$/, ''), source: 'critique', path: file, paragraphs: middleWords(paragraphs, perWork) }
  })
}

function treebank(repo, parts) {
  return Object.entries(parts).map(([path, source]) => {
    const texts = [...git(repo, 'show', `HEAD:${path}`).matchAll(/^# text = (.*)$/gm)].map((m) => m[1].trim())
    const paragraphs = []
    for (let k = 0; k < texts.length; k += 5) paragraphs.push(texts.slice(k, k + 5).join(' '))
    return { id: path.replace(/^not-to-release\/|\.conllu$/g, ''), source, path, paragraphs }
  })
}

const sequoia = () =>
  treebank('UniversalDependencies+UD_French-Sequoia', { 'not-to-release/frwiki_50.1000.conllu': 'wiki', 'not-to-release/emea-fr-dev.conllu': 'emea', 'not-to-release/emea-fr-test.conllu': 'emea' })
const pud = () => treebank('UniversalDependencies+UD_French-PUD', { 'fr_pud-ud-test.conllu': 'pud' })

/** The texts of the held-out files: compared folded, never printed. */
function heldoutTexts() {
  const fixes = join(root, 'test/corpus/fixes')
  return readdirSync(fixes).filter((f) => /^heldout.*\.yaml$/.test(f)).flatMap((f) => (YAML.parse(readFileSync(join(fixes, f), 'utf8')) ?? []).map((c) => c.text ?? ''))
}

function collect() {
  const all = [...criticism(), ...sequoia(), ...pud()]
  const held = heldoutTexts().map(fold).filter((h) => h.length > 0)
  let dropped = 0
  for (const work of all) {
    work.paragraphs = work.paragraphs.filter((p) => {
      const f = fold(p)
      const hit = held.some((h) => f.includes(h))
      if (hit) dropped++
      return !hit
    })
  }
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(join(cacheDir, 'works.json'), JSON.stringify(all))
  const words = all.reduce((n, w) => n + w.paragraphs.reduce((m, p) => m + wordsIn(p), 0), 0)
  console.log(`${all.length} works (${all.filter((w) => w.source === 'critique').length} of criticism), ${words} words; ${dropped} blocks dropped for holding a held-out sentence`)
}

export function readWorks() {
  return JSON.parse(readFileSync(join(cacheDir, 'works.json'), 'utf8'))
}

async function lintAll() {
  const { lint, loadMorphology } = await import('../../dist/engine/index.js')
  await loadMorphology('fr')
  const listRule = option('--list', '')
  const only = option('--source', '')
  const sentences = args.includes('--sentences')
  const byRule = new Map()
  const byWord = new Map()
  let words = 0
  let findings = 0
  for (const work of readWorks()) {
    if (only && work.source !== only) continue
    const blocks = sentences ? work.paragraphs.flatMap((p) => p.split(/(?<=[.!?…»])\s+(?=[«—–-]?\s*\p{Lu})/u)) : work.paragraphs
    for (const text of blocks) {
      const result = lint(text, { format: 'text', language: 'fr' })
      words += result.words
      for (const f of result.findings) {
        findings++
        const rule = byRule.get(f.ruleId) ?? { warnings: 0, infos: 0 }
        if (f.severity === 'info') rule.infos++
        else rule.warnings++
        byRule.set(f.ruleId, rule)
        const key = `${f.ruleId}\t${f.actual.toLowerCase()}`
        byWord.set(key, (byWord.get(key) ?? 0) + 1)
        if (listRule && (f.ruleId === listRule || (listRule === 'all' && f.severity !== 'info'))) console.log(`${work.id}\t${f.ruleId}\t${f.actual}\t${text.slice(Math.max(0, f.offset - 150), f.offset + 150)}`)
      }
    }
  }
  const per = (n) => ((1000 * n) / Math.max(1, words)).toFixed(2)
  const warnings = [...byRule.values()].reduce((n, r) => n + r.warnings, 0)
  console.log(`${only || 'all sources'}${sentences ? ', sentences alone' : ''}: ${words} words, ${findings} findings, ${warnings} warnings (${per(warnings)} per 1,000 words)`)
  console.log('rule\twarnings\tper 1,000\tinfos')
  for (const [rule, r] of [...byRule].sort((a, b) => b[1].warnings - a[1].warnings)) console.log(`  ${rule}\t${r.warnings}\t${per(r.warnings)}\t${r.infos}`)
  console.log('top flagged words (rule, words, count):')
  for (const [key, n] of [...byWord].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log(`  ${n}\t${key}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (args[0] === 'collect') collect()
  else if (args[0] === 'lint') await lintAll()
  else {
    console.error('usage: french-expository.mjs collect [--mirrors DIR] [--words N] | lint [--sentences] [--list RULE|all] [--source critique|wiki|emea|pud]')
    process.exit(2)
  }
}
