// A third unmarked pool for the shouting rule (issue #16, session 27): real English copy of the KINDS
// of the real test set, not code projects' Markdown (the pool of session 26, shouting-pool.mjs):
// cloud services' "What is X?" pages, app-store listings, a startup's and a product's blog posts
// (launches, funding), a government digital service's job postings, product pages and blog, news of
// launches and foundations, and a privacy group's comparison and manifesto pages. None of these
// organisations is a source of the corpus (test/corpus/real/SOURCES-en.md). The pool is kept out
// of the repository; this script lists its sources and rebuilds it from git snapshots of them.
//
//   node scripts/eval/shouting-copy-pool.mjs extract <mirrors> <pool>
//   node scripts/eval/shouting-copy-pool.mjs findings <pool>     (needs dist/; shouting-pool.mjs's reader)
//
// <mirrors> holds one bare git directory a repository, at <mirrors>/<owner>+<name>/repo.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

// The archived AWS guides deleted their pages at the end (the last commit keeps a README): they are
// read at the commit before the deletion. `added`: every file ever added under the folder, at the
// commit that added it (job postings are removed when they close).
const WHAT_IS = /^doc_source\/[^/]*(?:what-?is|welcome|introduction|how-it-works|features|benefits|use-?cases|concepts|overview|getting-started|pricing)[^/]*\.md$/iu
const STORE = /^fastlane\/metadata\/android\/en-US\/(?:full|short)_description\.txt$|^README\.md$/u
export const SOURCES = [
  ...['rekognition', 'polly', 'comprehend', 'transcribe', 'textract'].map((s) => ({ repo: `awsdocs/amazon-${s}-developer-guide`, kind: 'cloud what-is', files: WHAT_IS })),
  ...['quicksight', 'guardduty', 'workspaces'].map((s) => ({ repo: `awsdocs/amazon-${s}-user-guide`, kind: 'cloud what-is', files: WHAT_IS })),
  ...['Gallery', 'Calendar', 'File-Manager', 'Notes', 'Contacts', 'Music-Player'].map((s) => ({ repo: `SimpleMobileTools/Simple-${s}`, kind: 'store listing', files: STORE })),
  { repo: 'Kunzisoft/KeePassDX', kind: 'store listing', files: STORE },
  { repo: 'kiwix/kiwix-android', kind: 'store listing', files: STORE },
  { repo: 'gitpod-io/website', kind: 'startup blog', files: /^src\/routes\/blog\/[^/]+\.md$/u },
  { repo: 'remix-run/remix-website', kind: 'startup blog', files: /^data\/posts\/[^/]+\.md$/u },
  { repo: 'tailwindlabs/blog.tailwindcss.com', kind: 'startup blog', files: /^src\/pages\/[^/]+\/index\.mdx$/u },
  { repo: 'cds-snc/digital-canada-ca', kind: 'government jobs', files: /^content\/en\/careers\/positions\/[^/]+\.md$/u, added: 'content/en/careers/positions' },
  { repo: 'cds-snc/digital-canada-ca', kind: 'government pages', files: /^content\/en\/(?:products\/|a11y\/|blog\/posts\/)[^]*\.md$/u },
  { repo: 'privacyguides/privacyguides.org', kind: 'comparison and manifesto', files: /^(?:docs|blog\/posts)\/[^]*\.md$/u },
  // News of launches and foundations, as sent in by the translators of LCTT (English originals,
  // removed once translated): those whose titles announce or launch.
  { repo: 'LCTT/TranslateProject', kind: 'launch news', files: /^sources\/news\/[^/]*(?:announc|launch|foundation|introduc|unveil)[^/]*\.md$/iu, added: 'sources/news' },
]

const git = (dir, args) => execFileSync('git', ['-c', 'core.quotepath=off', '--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })

/** [commit, path] of every document of a source. */
function documentsOf(dir, source) {
  if (source.added) {
    const out = []
    let commit = ''
    for (const line of git(dir, ['log', '--diff-filter=A', '--format=C %H', '--name-only', '--', source.added]).split('\n')) {
      if (line.startsWith('C ')) commit = line.slice(2)
      else if (source.files.test(line)) out.push([commit, line])
    }
    return out
  }
  let rev = 'HEAD'
  let files = git(dir, ['ls-tree', '-r', '--name-only', rev]).split('\n')
  if (!files.some((f) => source.files.test(f))) {
    // An archived guide: the commit before the one that deleted its pages.
    const deleting = git(dir, ['log', '--diff-filter=D', '-n1', '--format=%H']).trim()
    if (!deleting) return []
    rev = `${deleting}^`
    files = git(dir, ['ls-tree', '-r', '--name-only', rev]).split('\n')
  }
  return files.filter((f) => source.files.test(f)).map((f) => [rev, f])
}

function extract(mirrors, pool) {
  for (const source of SOURCES) {
    const dir = join(mirrors, source.repo.replace('/', '+'), 'repo')
    let documents
    try {
      documents = documentsOf(dir, source)
    } catch {
      console.error(`${source.repo}: no snapshot at ${dir}`)
      continue
    }
    for (const [rev, file] of documents) {
      const out = join(pool, source.kind.replace(/\W+/g, '-'), source.repo.replace('/', '+'), file.replace(/\.(?:txt|mdx)$/u, '') + (file.endsWith('.md') ? '' : '.md'))
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, git(dir, ['show', `${rev}:${file}`]))
    }
    console.log(`${source.repo} (${source.kind}): ${documents.length} documents`)
  }
}

const [command, ...args] = process.argv.slice(2)
if (command === 'extract') extract(args[0], args[1])
else if (command === 'findings') execFileSync('node', [join(dirname(new URL(import.meta.url).pathname), 'shouting-pool.mjs'), 'findings', args[0]], { stdio: 'inherit' })
else console.error('usage: shouting-copy-pool.mjs extract <mirrors> <pool> | findings <pool>')
