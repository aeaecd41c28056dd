#!/usr/bin/env node
// An expository development corpus for the literal senses (issue #15, session 33): the prose of
// OpenStax textbooks that no held-out set quotes, as plain text, one paragraph a block. Nothing
// in a textbook is corporate-speak, so every finding of a phrase rule there is very likely a false
// alarm: the tool's output on it is the development signal (findings per 1,000 words by rule, and
// each finding with its sentence for reading).
//
// Not a test dependency: the text is cached under .cache/expository/ (git-ignored), read from git
// mirrors of the books' repositories (the tool library's `fetch`: `<mirrors>/openstax+<repo>/repo`)
// or, on a fresh machine, fetched from GitHub at the pinned commit (`git fetch --depth 1`).
//
//   node scripts/eval/expository-corpus.mjs collect [--mirrors DIR]   # writes .cache/expository/<book>.txt
//   npm run build && node scripts/eval/expository-corpus.mjs lint [--list RULE[,RULE]] [--book NAME]
//
// The books the held-out sets quote (their README) are not here, nor business, management,
// marketing or entrepreneurship books (they hold real corporate-speak). `licence`: the books marked
// CC BY 4.0 at `commit` may be quoted in test files with attribution (NOTICE); the others are read
// here only, never quoted.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CACHE = join(ROOT, '.cache/expository')

export const BOOKS = [
  // CC BY 4.0 at these commits (the last before the repository moved to CC BY-NC-SA 4.0, where it did).
  { repo: 'osbooks-introduction-sociology', commit: 'd35d5f3bdac40f93607d600134865d4f13ce1f9b', licence: 'CC BY 4.0' },
  { repo: 'osbooks-writing-guide', commit: 'a6c95528390e3a2936f5bf87c49ac1a4995a0a6e', licence: 'CC BY 4.0' },
  { repo: 'osbooks-college-algebra-bundle', commit: '4922e46ebc04326979e19392ccc2384cb8b9076c', licence: 'CC BY 4.0' },
  { repo: 'osbooks-contemporary-mathematics', commit: 'fa7c1a151783958fd2c114da66831e3d57ce2321', licence: 'CC BY 4.0' },
  { repo: 'osbooks-introduction-python-programming', commit: 'd6d069bb24677a375aa28a574bd506d4b893cfdf', licence: 'CC BY 4.0' },
  { repo: 'osbooks-life-liberty-and-pursuit-happiness', commit: 'acb6fbe2744dd112187b6aff5946cfe969410fca', licence: 'CC BY 4.0' },
  { repo: 'osbooks-physics', commit: 'ff78c7a8150fdda5ed1f786ac59ac25cdd532ef0', licence: 'CC BY 4.0' },
  // CC BY-NC-SA 4.0: read here, never quoted in the repository.
  { repo: 'osbooks-calculus-bundle', commit: '8dbc2ce19e804924b2517b89ac72ee45be949d15', licence: 'CC BY-NC-SA 4.0' },
  { repo: 'osbooks-organic-chemistry', commit: '93b8bef22b8e4c712b638a16b66ab7f53057077f', licence: 'CC BY-NC-SA 4.0' },
]

const args = process.argv.slice(2)
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)

/** A git directory holding `book.commit`: the mirror when given, else a shallow fetch into .cache. */
function gitDirOf(book) {
  const mirrors = valueOf('--mirrors')
  if (mirrors && existsSync(join(mirrors, `openstax+${book.repo}`, 'repo'))) return join(mirrors, `openstax+${book.repo}`, 'repo')
  const dir = join(CACHE, 'git', `${book.repo}.git`)
  if (!existsSync(dir)) {
    execFileSync('git', ['init', '--bare', '-q', dir])
    execFileSync('git', ['--git-dir', dir, 'fetch', '-q', '--depth', '1', `https://github.com/openstax/${book.repo}`, book.commit], { stdio: 'inherit' })
  }
  return dir
}

const git = (dir, ...rest) => execFileSync('git', ['--git-dir', dir, ...rest], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name) => {
    if (name[0] !== '#') return ENTITIES[name] ?? all
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
  })

/**
 * A paragraph's text: MathML as its numbers, names and operators ("30.0 kg"), links to figures and
 * tables (empty in the source: the web page writes "Figure 3.2") and footnotes dropped, with the
 * "( )" they leave, other markup as its text.
 */
export function paragraphText(xml) {
  let s = xml.replace(/<footnote\b[\s\S]*?<\/footnote>/g, '')
  s = s.replace(/<m:math\b[\s\S]*?<\/m:math>/g, (math) => ` ${[...math.matchAll(/<m:m[ino]\b[^>]*>([^<]*)<\/m:m[ino]>/g)].map((m) => m[1].trim()).join(' ')} `)
  s = s.replace(/<link\b[^>]*\/>/g, '').replace(/<newline\b[^>]*\/>/g, ' ')
  s = decode(s.replace(/<[^>]+>/g, ''))
  return s.replace(/\(\s*(?:and|,|;)?\s*\)/g, '').replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').trim()
}

/** The paragraphs of one module: every <para> and list <item> outside MathML, of five words or more. */
export function moduleParagraphs(cnxml) {
  const content = cnxml.slice(cnxml.indexOf('<content>'))
  const out = []
  for (const m of content.matchAll(/<(para|item)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = paragraphText(m[2])
    if (text.split(' ').length >= 5) out.push(text)
  }
  return out
}

function collect() {
  mkdirSync(CACHE, { recursive: true })
  for (const book of BOOKS) {
    const dir = gitDirOf(book)
    const modules = git(dir, 'ls-tree', '--name-only', book.commit, 'modules/').split('\n').filter(Boolean)
    const lines = []
    const index = []
    for (const module of modules) {
      const path = `${module}/index.cnxml`
      let cnxml
      try {
        cnxml = git(dir, 'show', `${book.commit}:${path}`)
      } catch {
        continue
      }
      for (const paragraph of moduleParagraphs(cnxml)) {
        lines.push(paragraph)
        index.push(path)
      }
    }
    writeFileSync(join(CACHE, `${book.repo}.txt`), lines.join('\n\n') + '\n')
    writeFileSync(join(CACHE, `${book.repo}.json`), JSON.stringify({ ...book, paths: index }))
    console.log(`${book.repo}: ${modules.length} modules, ${lines.length} paragraphs`)
  }
}

/** The cached paragraphs of a book, with the module each comes from. */
export function readBook(book) {
  const paragraphs = readFileSync(join(CACHE, `${book.repo}.txt`), 'utf8').split('\n\n').map((p) => p.trim())
  const { paths } = JSON.parse(readFileSync(join(CACHE, `${book.repo}.json`), 'utf8'))
  return paragraphs.slice(0, paths.length).map((text, k) => ({ text, path: paths[k] }))
}

async function lintAll() {
  const { lint, loadMorphology } = await import('../../dist/engine/index.js')
  await loadMorphology('en')
  const listed = new Set((valueOf('--list') ?? '').split(',').filter(Boolean))
  const only = valueOf('--book')
  const byRule = {}
  let words = 0
  for (const book of BOOKS) {
    if (only && !book.repo.includes(only)) continue
    let bookWords = 0
    let bookFindings = 0
    for (const { text, path } of readBook(book)) {
      const result = lint(text, { format: 'text', language: 'en' })
      bookWords += result.words
      for (const f of result.findings) {
        const rule = (byRule[f.ruleId] ??= { warnings: 0, infos: 0 })
        if (f.severity === 'info') rule.infos++
        else rule.warnings++
        bookFindings++
        if (listed.has(f.ruleId) || listed.has('all')) console.log(`${book.repo.replace('osbooks-', '')}\t${path}\t${f.ruleId}\t${f.actual}\t${sentenceAround(text, f.offset)}`)
      }
    }
    words += bookWords
    console.error(`${book.repo}: ${bookWords.toLocaleString('en')} words, ${bookFindings} findings`)
  }
  const per = (n) => ((n * 1000) / Math.max(1, words)).toFixed(2)
  console.error(`\n${words.toLocaleString('en')} words. Findings per 1,000 words by rule (warnings / infos):`)
  for (const [id, r] of Object.entries(byRule).sort((a, b) => b[1].warnings - a[1].warnings)) console.error(`  ${id.padEnd(20)} ${String(r.warnings).padStart(5)} ${per(r.warnings).padStart(6)}   ${String(r.infos).padStart(5)} ${per(r.infos).padStart(6)}`)
}

/** The sentence around `offset`, roughly (for reading the findings: from the last ". " before to the next one). */
function sentenceAround(text, offset) {
  const start = Math.max(text.lastIndexOf('. ', offset) + 2, 0)
  const end = text.indexOf('. ', offset)
  return text.slice(start === 1 ? 0 : start, end < 0 ? text.length : end + 1)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (args[0] === 'collect') collect()
  else if (args[0] === 'lint') await lintAll()
  else {
    console.error('usage: expository-corpus.mjs collect [--mirrors DIR] | lint [--list RULE,…|all] [--book NAME]')
    process.exit(2)
  }
}
