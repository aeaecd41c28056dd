// An unmarked pool of real English Markdown for the shouting rule (issue #16, session 26): the
// READMEs, docs/, changelogs and store listings of 40+ public repositories that are NOT sources of
// the corpus (test/corpus/real/SOURCES-en.md), of many kinds. The pool is kept out of the
// repository; this script lists its sources and rebuilds it from git snapshots of them.
//
//   node scripts/eval/shouting-pool.mjs extract <mirrors> <pool>   copy the Markdown of each snapshot
//   node scripts/eval/shouting-pool.mjs findings <pool>             print every shouting finding (needs dist/)
//
// <mirrors> holds one bare git directory a repository, at <mirrors>/<owner>+<name>/repo (as the
// session's fetch tool lays them out); the newest commit of each is read.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

export const SOURCES = {
  databases: ['redis/redis', 'valkey-io/valkey', 'duckdb/duckdb', 'meilisearch/meilisearch', 'surrealdb/surrealdb', 'rqlite/rqlite', 'sqlitebrowser/sqlitebrowser'],
  cli: ['BurntSushi/ripgrep', 'jqlang/jq', 'aria2/aria2', 'jesseduffield/lazygit', 'ajeetdsouza/zoxide', 'tmux/tmux'],
  games: ['supertuxkart/stk-code', 'watabou/pixel-dungeon', 'OpenRA/OpenRA'],
  mobile: [
    'TeamNewPipe/NewPipe', 'beemdevelopment/Aegis', 'breezy-weather/breezy-weather', 'jellyfin/jellyfin-android', 'mihonapp/mihon',
    'Catfriend1/syncthing-android', 'WireGuard/wireguard-android', 'nextcloud/android', 'Helium314/HeliBoard', 'bitwarden/android',
    'Iamlooker/Droid-ify', 'ProtonVPN/android-app',
  ],
  hardware: ['Klipper3d/klipper', 'meshtastic/firmware', 'wled/WLED', 'RfidResearchGroup/proxmark3', 'betaflight/betaflight', 'zmkfirmware/zmk', 'InfiniTimeOrg/InfiniTime', 'esphome/esphome'],
  legal: ['github/site-policy', 'github/choosealicense.com', 'basecamp/policies', 'Automattic/legalmattic'],
  marketing: ['umami-software/umami', 'invoiceninja/invoiceninja', 'mastodon/joinmastodon', 'mautic/mautic', 'knadh/listmonk', 'akaunting/akaunting', 'formbricks/formbricks', 'hedgedoc/hedgedoc', 'outline/outline'],
}

// README, docs/, CHANGELOG and English store listings; vendored and generated trees left out. Of
// the legal repositories, every text (policies, licences, DMCA replies).
const WANTED = /(?:^|\/)(?:README|CHANGELOG|CHANGES|HISTORY|RELEASE[-_ ]?NOTES)(?:[^/]*\.(?:md|markdown|txt))?$|^docs?\/.*\.(?:md|markdown)$|fastlane\/metadata\/android\/en-US\/.*\.txt$|(?:^|\/)(?:Policies|policies|_licenses|legal)\/.*\.md$/iu
const UNWANTED = /(?:^|\/)(?:node_modules|vendor|third[-_]?party|deps|external|lib\/|tests?\/|\.github\/)/iu
const MAX_BYTES = 400_000

function extract(mirrors, pool) {
  for (const repo of Object.values(SOURCES).flat()) {
    const git = join(mirrors, repo.replace('/', '+'), 'repo')
    let files
    try {
      files = execFileSync('git', ['--git-dir', git, 'ls-tree', '-r', '--name-only', 'HEAD'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n')
    } catch {
      console.error(`${repo}: no snapshot at ${git}`)
      continue
    }
    let kept = 0
    const legal = SOURCES.legal.includes(repo)
    for (const file of files.filter((f) => (WANTED.test(f) || (legal && /\.(?:md|txt)$/u.test(f))) && !UNWANTED.test(f))) {
      const text = execFileSync('git', ['--git-dir', git, 'show', `HEAD:${file}`], { maxBuffer: 1 << 28 })
      if (text.length > MAX_BYTES) continue
      const out = join(pool, repo.replace('/', '+'), file.endsWith('.txt') ? `${file}.md` : file)
      mkdirSync(dirname(out), { recursive: true })
      writeFileSync(out, text)
      kept++
    }
    console.log(`${repo}: ${kept} files`)
  }
}

const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]))

async function findings(pool) {
  const { lint, loadAllMorphology } = await import('../../dist/engine/index.js')
  // The word lists decide what shouts: without them only "!!" is flagged.
  await loadAllMorphology()
  let words = 0
  let count = 0
  for (const path of walk(pool).filter((p) => /\.(?:md|markdown)$/iu.test(p)).sort()) {
    const text = readFileSync(path, 'utf8')
    const result = lint(text, { format: 'markdown', language: 'en' })
    words += result.words
    for (const f of result.findings.filter((f) => f.ruleId.endsWith('shouting'))) {
      count++
      const lineStart = text.lastIndexOf('\n', f.offset - 1) + 1
      const lineEnd = text.indexOf('\n', f.endOffset)
      const line = text.slice(Math.max(lineStart, f.offset - 100), Math.min(lineEnd < 0 ? text.length : lineEnd, f.endOffset + 100)).replace(/\s+/g, ' ')
      console.log(`${path.slice(pool.length + 1)}\t${f.actual}\t${line}`)
    }
  }
  console.error(`${count} shouting findings in ${words} words`)
}

const [command, ...args] = process.argv.slice(2)
if (command === 'extract') extract(args[0], args[1])
else if (command === 'findings') await findings(args[0])
else console.error('usage: shouting-pool.mjs extract <mirrors> <pool> | findings <pool>')
