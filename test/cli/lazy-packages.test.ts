// The command line's bundle loads yaml on first use (scripts/lazy-packages.mjs), and has no Ajv at
// all (the config's validator is compiled at build time): a lint with no config and no front matter
// reads no yaml, nor any other file through `require` (fdir's
// optional picomatch is the bundle's own copy: scripts/bundle.mjs). Counted, not timed: the files
// Node loaded.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { freshFolder, runCli, writeFiles } from './harness.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Runs the bundled command in a new process: what it printed, and every file it loaded with `require`. */
function bundledRun(cwd: string, ...argv: string[]) {
  const script = `import { createRequire } from 'node:module'
const { main } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/cli-bundle/main.js')).href)})
let stdout = '', stderr = ''
const code = await main(${JSON.stringify(argv)}, { cwd: process.cwd(), stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false })
const loaded = Object.keys(createRequire(import.meta.url).cache).map((f) => f.split(/[\\\\/]/).slice(-2).join('/')).sort()
console.log(JSON.stringify({ code, stdout, stderr, loaded }))`
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' })
  expect(run.stderr).toBe('')
  return JSON.parse(run.stdout) as { code: number; stdout: string; stderr: string; loaded: string[] }
}

/** A message of each package's own, to find its code by. */
const CODE_OF = { yaml: 'Excessive alias count indicates a resource exhaustion attack', ajv: 'use allowUnionTypes to allow union type keyword' }

describe('packages the bundle loads on first use', () => {
  const folder = freshFolder('lazy')

  it('are not in the files the command imports, but in a file each beside them', () => {
    const bundle = join(ROOT, 'dist/cli-bundle')
    const startup = readdirSync(bundle).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(bundle, f), 'utf8'))
    for (const [name, marker] of Object.entries(CODE_OF)) expect(startup.filter((source) => source.includes(marker)).length, name).toBe(0)
    expect(readFileSync(join(bundle, 'lazy', 'yaml.cjs'), 'utf8')).toContain(CODE_OF.yaml)
    // No Ajv anywhere: neither a lazy file of it nor its compiler in the bundle.
    expect(readdirSync(join(bundle, 'lazy'))).toEqual(['yaml.cjs'])
  })

  it('a lint with no config and no front matter loads neither yaml nor ajv, nor anything from node_modules', () => {
    writeFiles(folder.path, { 'one.md': 'We leverage synergies.\n' })
    const run = bundledRun(folder.path, 'lint', 'one.md', '--format', 'json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)[0].messages.length).toBe(2)
    expect(run.loaded).toEqual([])
  })

  it('front matter loads yaml; a config loads yaml (its validator is code, no Ajv); the output is the in-process command’s', async () => {
    writeFiles(folder.path, {
      'front/page.md': '---\ntitle: We leverage synergies\ndescription: "A best-in-class platform"\n---\n\nOur world-class team will leverage the platform.\n',
      'configured/.cluetrain.yaml': 'rules:\n  buzzwords: error\naccept: [synergies]\n',
      'configured/page.md': 'We leverage synergies.\n',
      'broken/.cluetrain.yaml': 'rules:\n  buzzwords: maybe\n',
      'broken/page.md': 'We leverage synergies.\n',
      'unparsable/.cluetrain.yaml': 'rules: [\n',
      'unparsable/page.md': 'We leverage synergies.\n',
    })
    const cases: Array<[string, string[]]> = [
      ['front', ['yaml.cjs']],
      ['configured', ['yaml.cjs']],
      ['broken', ['yaml.cjs']],
      ['unparsable', ['yaml.cjs']],
    ]
    for (const [target, loaded] of cases) {
      const expected = await runCli(folder.path, 'lint', target, '--format', 'json')
      const run = bundledRun(folder.path, 'lint', target, '--format', 'json')
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }, target).toEqual(expected)
      expect(run.loaded.map((f) => f.replace(/^lazy\//, '')), target).toEqual(loaded)
    }
  })
})
