// Helpers shared by the development corpora read from git snapshots (french-literature.mjs,
// french-expository.mjs): a repository at its pinned commit, from the tool library's mirror
// (`<mirrors>/<owner>+<name>/repo`) or, on a fresh machine, a shallow fetch of the commit into the
// corpus's cache; and the middle words of a work. Not a test dependency.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const wordsIn = (s) => s.split(/\s+/).filter(Boolean).length

/**
 * `git(repo, ...args)` for `repos` (name → { url, commit }), `HEAD` in an argument standing for the
 * pinned commit: the mirror under `mirrors` when there is one, else a shallow fetch into `cacheDir/git`.
 */
export function snapshotGit(repos, mirrors, cacheDir) {
  const dirs = new Map()
  const dirOf = (repo) => {
    if (dirs.has(repo)) return dirs.get(repo)
    let dir = mirrors && join(mirrors, repo, 'repo')
    if (!dir || !existsSync(dir)) {
      dir = join(cacheDir, 'git', `${repo}.git`)
      if (!existsSync(dir)) {
        execFileSync('git', ['init', '--bare', '-q', dir])
        execFileSync('git', ['--git-dir', dir, 'fetch', '-q', '--depth', '1', repos[repo].url, repos[repo].commit], { stdio: 'inherit' })
      }
    }
    dirs.set(repo, dir)
    return dir
  }
  return (repo, ...rest) => execFileSync('git', ['--git-dir', dirOf(repo), ...rest.map((a) => a.replace(/^HEAD(?=:|$)/, repos[repo].commit))], { encoding: 'utf8', maxBuffer: 1 << 29 })
}

/** The middle `perWork` words of a work's paragraphs (its opening is often a preface). */
export function middleWords(paragraphs, perWork) {
  const total = paragraphs.reduce((n, p) => n + wordsIn(p), 0)
  let skip = Math.max(0, (total - perWork) / 2)
  const kept = []
  let taken = 0
  for (const p of paragraphs) {
    const n = wordsIn(p)
    if (skip > 0) {
      skip -= n
      continue
    }
    if (taken >= perWork) break
    kept.push(p)
    taken += n
  }
  return kept
}
