// Startup (issue #17): bin/cluetrain.js runs the bundle scripts/bundle.mjs makes (npm run build,
// pretest). Counted, not timed: the files the command imports; and it must say what the modules
// it is made from say.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { isBuiltin } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { freshFolder, runCli, writeFiles } from './harness.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BUNDLE = join(ROOT, 'dist/cli-bundle')

/** The files `entry` imports statically, itself included, and the specifiers it imports dynamically. */
function importsOf(entry: string): { files: string[]; dynamic: string[] } {
  const files = new Set<string>()
  const dynamic = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file)) return
    files.add(file)
    const source = readFileSync(file, 'utf8')
    for (const [, specifier] of source.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']/g)) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier))
      else expect(isBuiltin(specifier), `${specifier} in ${relative(ROOT, file)}`).toBe(true)
    }
    for (const [, specifier] of source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) dynamic.add(relative(ROOT, join(dirname(file), specifier)))
  }
  visit(entry)
  return { files: [...files].map((f) => relative(ROOT, f)), dynamic: [...dynamic].sort() }
}

describe('the bundled command line', () => {
  it('starts from a handful of files, and reads the morphology data only when loading it', () => {
    for (const entry of ['main.js', 'worker.js']) {
      const { files, dynamic } = importsOf(join(BUNDLE, entry))
      // Without the bundle: about 500 (dist/ and node_modules).
      expect(files.length, files.join(', ')).toBeLessThanOrEqual(4)
      for (const file of files) expect(file.startsWith('dist/cli-bundle/'), file).toBe(true)
      // A small chunk per data module, which reads its text from data/ (scripts/morphology-text.mjs).
      expect(dynamic.map((file) => file.replace(/-[A-Z0-9]{8}\.js$/, '.js')).sort()).toEqual(['dist/cli-bundle/english.js', 'dist/cli-bundle/lefff-fr-nouns.js', 'dist/cli-bundle/lefff-fr.js', 'dist/cli-bundle/words-en.js', 'dist/cli-bundle/words-fr.js'])
      for (const file of dynamic) expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/readFileSync.*\.\/data\//)
      for (const file of files) expect(readFileSync(join(ROOT, file), 'utf8')).not.toContain('./data/')
    }
  })

  const folder = freshFolder('bundle')

  it('bin/cluetrain.js prints what the command prints in-process, on one thread and on two', async () => {
    writeFiles(folder.path, {
      'en.md': '# Launch\n\nWe leverage synergies to empower our customers. It is a best-in-class solution!!\n',
      'fr.md': 'Nous allons booster la transformation digitale de nos clients.\n',
      'docs/.cluetrain.yaml': 'rules:\n  buzzwords: error\n',
      'docs/more.md': 'Our world-class team will leverage the platform.\n',
    })
    const expected = await runCli(folder.path, 'lint', '--format', 'json')
    expect(expected.code).toBe(1)
    for (const jobs of ['1', '2']) {
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/cluetrain.js'), 'lint', '--format', 'json', '--jobs', jobs], { cwd: folder.path, encoding: 'utf8' })
      expect([run.status, run.stdout, run.stderr]).toEqual([expected.code, expected.stdout, expected.stderr])
    }
  })
})
