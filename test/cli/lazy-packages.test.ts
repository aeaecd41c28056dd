// The command line's bundle loads yaml, the config's validator (compiled by Ajv at build time: no
// Ajv compiler at all), the character references' table and syllable on first use
// (scripts/lazy-packages.mjs): a lint of one line with no config and no front matter reads none of
// them, nor any other file through `require` (fdir's optional picomatch is the bundle's own copy:
// scripts/bundle.mjs). Counted, not timed: the files Node loaded.
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
/** What each lazy file holds, found by a string of its own. */
const LAZY_CODE = {
  'yaml.cjs': CODE_OF.yaml,
  'config-validator.cjs': 'must NOT have additional properties',
  'decode-named-character-reference.cjs': 'CounterClockwiseContourIntegral',
  'syllable.cjs': 'abbruzzese',
}

describe('packages the bundle loads on first use', () => {
  const folder = freshFolder('lazy')

  it('are not in the files the command imports, but in a file each beside them', () => {
    const bundle = join(ROOT, 'dist/cli-bundle')
    const startup = readdirSync(bundle).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(bundle, f), 'utf8'))
    for (const [name, marker] of Object.entries({ ...CODE_OF, ...LAZY_CODE })) expect(startup.filter((source) => source.includes(marker)).length, name).toBe(0)
    for (const [file, marker] of Object.entries(LAZY_CODE)) expect(readFileSync(join(bundle, 'lazy', file), 'utf8'), file).toContain(marker)
    // No Ajv compiler anywhere: the validator is code Ajv wrote at build time.
    expect(readdirSync(join(bundle, 'lazy')).sort()).toEqual(Object.keys(LAZY_CODE).sort())
    expect(readFileSync(join(bundle, 'lazy', 'config-validator.cjs'), 'utf8')).not.toContain(CODE_OF.ajv)
  })

  it('a lint of one line with no config and no front matter loads none of them, nor anything from node_modules', () => {
    writeFiles(folder.path, { 'one.md': 'We leverage synergies.\n' })
    const run = bundledRun(folder.path, 'lint', 'one.md', '--format', 'json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)[0].messages.length).toBe(2)
    expect(run.loaded).toEqual([])
  })

  it('front matter loads yaml; a config loads yaml and its validator; a character reference its table; a long paragraph syllable: the output is the in-process command’s', async () => {
    writeFiles(folder.path, {
      'front/page.md': '---\ntitle: We leverage synergies\ndescription: "A best-in-class platform"\n---\n\nOur world-class team will leverage the platform.\n',
      'configured/.cluetrain.yaml': 'rules:\n  buzzwords: error\naccept: [synergies]\n',
      'configured/page.md': 'We leverage synergies.\n',
      'broken/.cluetrain.yaml': 'rules:\n  buzzwords: maybe\n',
      'broken/page.md': 'We leverage synergies.\n',
      'unparsable/.cluetrain.yaml': 'rules: [\n',
      'unparsable/page.md': 'We leverage synergies.\n',
      'unknown-key/.cluetrain.yaml': 'rules:\n  buzzwords: warning\nshout: loud\n',
      'unknown-key/page.md': 'We leverage synergies.\n',
      'entity/page.md': 'We leverage synergies &amp; the caf&eacute; &AElig;&prototype;&hasOwnProperty; &#233;.\n',
      'long/page.md': `${'Notwithstanding the aforementioned considerations, organisational stakeholders must institutionalise comprehensive interdisciplinary methodologies, operationalising multifaceted deliverables. '.repeat(6)}\n`,
    })
    const cases: Array<[string, string[]]> = [
      ['front', ['yaml.cjs']],
      ['configured', ['config-validator.cjs', 'yaml.cjs']],
      ['broken', ['config-validator.cjs', 'yaml.cjs']],
      ['unknown-key', ['config-validator.cjs', 'yaml.cjs']],
      ['unparsable', ['yaml.cjs']],
      ['entity', ['decode-named-character-reference.cjs']],
      ['long', ['syllable.cjs']],
    ]
    for (const [target, loaded] of cases) {
      const expected = await runCli(folder.path, 'lint', target, '--format', 'json')
      const run = bundledRun(folder.path, 'lint', target, '--format', 'json')
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }, target).toEqual(expected)
      expect(run.loaded.map((f) => f.replace(/^lazy\//, '')), target).toEqual(loaded)
    }
    // Each case says what it is meant to: the configs' errors, the decoded references, the readability finding.
    expect((await runCli(folder.path, 'lint', 'broken', '--format', 'json')).stderr).toMatch(/configuration error in broken[\\/]\.cluetrain\.yaml:2: “rules\.buzzwords”: must be one of/)
    expect((await runCli(folder.path, 'lint', 'unknown-key', '--format', 'json')).stderr).toMatch(/configuration error in unknown-key[\\/]\.cluetrain\.yaml:3: unknown key “shout”/)
    expect((await runCli(folder.path, 'lint', 'unparsable', '--format', 'json')).stderr).toMatch(/configuration error in unparsable[\\/]\.cluetrain\.yaml:\d+: invalid YAML/)
    expect(JSON.parse((await runCli(folder.path, 'lint', 'long', '--format', 'json')).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('readability')
  })
})
