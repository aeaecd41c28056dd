#!/usr/bin/env node
// Collects the shouting rule's measurement corpus of vendor documentation, press releases and
// release announcements, and job ads (issue #16, session 30): kinds of copy the English real-copy
// test set holds (its README names them) that the README and store-listing corpora of session 29 do
// not. Files are read from git mirrors of public repositories (the tool library's `fetch`, one bare
// repository per source, `<mirrors>/<owner>+<name>/repo`), at the commit named in SOURCES below, and
// written to .cache/press-corpus/<kind>/ (git-ignored: a measuring instrument, not redistributed),
// with a manifest.json naming the repository, commit, path and licence of every file.
//
// Every document that test/corpus/real/SOURCES-en.md or SOURCES-fr.md names is left out, whichever
// set it is in, and in any later version: the match is the repository and the file's name, read
// from the URLs of those two files only (no corpus file is opened).
//
//   node scripts/eval/collect-press-corpus.mjs --mirrors DIR [--out DIR]
//
// Then: node scripts/eval/shouting-press.mjs (the findings). Front matter is cut; Markdown kept as is.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const valueOf = (flag, fallback) => {
  const i = args.indexOf(flag)
  return i >= 0 ? args[i + 1] : fallback
}
// No default: the mirrors are wherever `fetch` put them on the machine that collects.
const MIRRORS = valueOf('--mirrors', undefined)
if (!MIRRORS) {
  console.error('usage: node scripts/eval/collect-press-corpus.mjs --mirrors DIR [--out DIR] (DIR holds <owner>+<name>/repo bare mirrors)')
  process.exit(2)
}
const OUT = valueOf('--out', join(ROOT, '.cache/press-corpus'))

// `commit`: a commit, or `before:<path>`, the parent of the commit that deleted that path (the AWS
// guides removed their Markdown in 2023: https://aws.amazon.com/blogs/aws/retiring-the-aws-documentation-on-github/).
// `take`: at most this many files per source, drawn by the hash of their path (the same every run).
const CC_BY_SA = 'CC BY-SA 4.0 (repository LICENSE and README)'
const SOURCES = [
  { kind: 'docs', repo: 'awsdocs/aws-lambda-developer-guide', commit: 'before:doc_source', paths: /^doc_source\/[^/]+\.md$/u, take: 80, licence: CC_BY_SA },
  { kind: 'docs', repo: 'awsdocs/amazon-s3-developer-guide', commit: 'before:doc_source', paths: /^doc_source\/[^/]+\.md$/u, take: 80, licence: 'CC BY-SA 4.0 (repository LICENSE)' },
  { kind: 'docs', repo: 'awsdocs/aws-cloudformation-user-guide', commit: 'before:doc_source', paths: /^doc_source\/(?!aws-(?:properties|resource|attribute)-)[^/]+\.md$/u, take: 80, licence: CC_BY_SA },
  { kind: 'docs', repo: 'awsdocs/amazon-ec2-user-guide', commit: 'before:doc_source', paths: /^doc_source\/[^/]+\.md$/u, take: 80, licence: CC_BY_SA },
  { kind: 'docs', repo: 'awsdocs/amazon-dynamodb-developer-guide', commit: 'before:doc_source', paths: /^doc_source\/[^/]+\.md$/u, take: 80, licence: CC_BY_SA },
  { kind: 'docs', repo: 'MicrosoftDocs/azure-management-docs', commit: 'HEAD', paths: /^articles\/.+\.md$/u, take: 100, licence: 'CC BY 4.0 (repository LICENSE; code samples MIT)' },
  { kind: 'press', repo: 'OpenStackweb/osf-website', commit: 'HEAD', paths: /^src\/pages\/blog\/[^/]+\.md$/u, take: 120, licence: 'MIT (repository LICENSE)' },
  { kind: 'press', repo: 'nodejs/nodejs.org', commit: 'HEAD', paths: /^apps\/site\/pages\/en\/blog\/announcements\/[^/]+\.md$/u, take: 50, licence: 'MIT (repository LICENSE)' },
  { kind: 'press', repo: 'rust-lang/blog.rust-lang.org', commit: 'HEAD', paths: /^content\/[^/]+\.md$/u, take: 45, licence: 'MIT OR Apache-2.0 (repository LICENSE-MIT, LICENSE-APACHE)' },
  { kind: 'jobs', repo: '18F/join.tts.gsa.gov', commit: 'HEAD', paths: /^positions\/[^/]+\.md$/u, take: 70, licence: 'public domain in the US, CC0 1.0 elsewhere (repository LICENSE.md)' },
  { kind: 'jobs', repo: '18F/join.tts.gsa.gov', commit: 'before:pages/positions', paths: /^pages\/positions\/[^/]+\.md$/u, take: 70, licence: 'public domain in the US, CC0 1.0 elsewhere (repository LICENSE.md)' },
]

/** Repository and file name of every document the real-copy corpora name (test and dev, both languages). */
function namedDocuments() {
  const named = new Set()
  for (const language of ['en', 'fr']) {
    const sources = readFileSync(join(ROOT, 'test/corpus/real', `SOURCES-${language}.md`), 'utf8')
    for (const [, repo, path] of sources.matchAll(/https:\/\/github\.com\/([^/\s]+\/[^/\s]+)\/(?:blob|tree)\/[0-9a-f]+\/([^\s|)]+)/gu)) {
      named.add(`${repo.toLowerCase()}\0${posix.basename(path).toLowerCase()}`)
      // A folder ("tree/…/_partners"): every file under it.
      named.add(`${repo.toLowerCase()}\0dir:${path.toLowerCase().replace(/\/$/u, '')}`)
    }
  }
  return named
}

const isNamed = (named, repo, path) => named.has(`${repo.toLowerCase()}\0${posix.basename(path).toLowerCase()}`) || [...named].some((key) => key.startsWith(`${repo.toLowerCase()}\0dir:`) && path.toLowerCase().startsWith(key.split('\0dir:')[1] + '/'))

const git = (dir, ...command) => execFileSync('git', ['--git-dir', dir, ...command], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
const hash = (s) => createHash('sha256').update(s).digest('hex')
// YAML front matter and Jekyll/Hugo includes are not copy.
const withoutFrontMatter = (text) => text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/u, '')

const named = namedDocuments()
rmSync(OUT, { recursive: true, force: true })
const manifest = []
for (const source of SOURCES) {
  const dir = join(MIRRORS, source.repo.replace('/', '+'), 'repo')
  if (!existsSync(dir)) {
    console.log(`skipped ${source.repo}: no mirror at ${dir}`)
    continue
  }
  const commit = source.commit.startsWith('before:')
    ? git(dir, 'rev-parse', `${git(dir, 'log', '--format=%H', '-1', '--diff-filter=D', '--', `${source.commit.slice(7)}/*`).trim()}^`).trim()
    : git(dir, 'rev-parse', source.commit).trim()
  const all = git(dir, 'ls-tree', '-r', '--name-only', commit).split('\n').filter((p) => source.paths.test(p))
  const left = all.filter((p) => isNamed(named, source.repo, p))
  const chosen = all.filter((p) => !isNamed(named, source.repo, p)).sort((a, b) => (hash(a) < hash(b) ? -1 : 1)).slice(0, source.take)
  mkdirSync(join(OUT, source.kind), { recursive: true })
  for (const path of chosen) {
    const file = `${source.repo.replace('/', '+')}--${path.replace(/[/ ]/gu, '_')}`
    writeFileSync(join(OUT, source.kind, file), withoutFrontMatter(git(dir, 'show', `${commit}:${path}`)))
    manifest.push({ kind: source.kind, file, url: `https://github.com/${source.repo}/blob/${commit}/${path}`, licence: source.licence })
  }
  console.log(`${source.kind} ${source.repo}@${commit.slice(0, 10)}: ${chosen.length} of ${all.length} files (${left.length} left out as named in SOURCES-*.md)`)
}
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`)
