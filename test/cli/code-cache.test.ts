// The command run from one script with V8's code cache (bin/code-cache.js; made at build time by
// scripts/cli-code-cache.mjs): used where it can be, and the ES bundle with the same output, exit
// code and errors wherever it cannot (no cache, garbage, a corrupt payload V8 refuses, another
// build, Node options). Counted by what bin says with CLUETRAIN_DEBUG_CODE_CACHE, not timed.
import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { freshFolder, writeFiles } from './harness.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CACHE = `main-script.v8-${process.versions.v8}.cache`

/** Exit code, stdout, stderr without bin's line on the cache, and that line. */
function run(root: string, cwd: string, args: string[], nodeOptions?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, CLUETRAIN_DEBUG_CODE_CACHE: '1' }
  delete env.NODE_OPTIONS
  delete env.CLUETRAIN_CODE_CACHE_OUT
  if (nodeOptions) env.NODE_OPTIONS = nodeOptions
  const result = spawnSync(process.execPath, [join(root, 'bin/cluetrain.js'), ...args], { cwd, env, encoding: 'utf8' })
  const said = result.stderr.match(/^code cache: .*\n/m)?.[0].trim()
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.replace(/^code cache: .*\n/m, ''), said }
}

/** The command's files (bin, package.json, the bundle) copied to `into`, dist/engine linked. */
function copyOfCli(into: string): string {
  cpSync(join(ROOT, 'bin'), join(into, 'bin'), { recursive: true })
  cpSync(join(ROOT, 'package.json'), join(into, 'package.json'))
  cpSync(join(ROOT, 'dist/cli-bundle'), join(into, 'dist/cli-bundle'), { recursive: true })
  symlinkSync(join(ROOT, 'dist/engine'), join(into, 'dist/engine'))
  return join(into, 'dist/cli-bundle')
}

const COPY = {
  'en.md': '# Launch\n\nWe leverage synergies to empower our customers. It is a best-in-class solution!!\n',
  'fr.md': 'Nous allons booster la transformation digitale de nos clients.\n',
  'docs/.cluetrain.yaml': 'rules:\n  buzzwords: error\n',
  'docs/more.md': 'Our world-class team will leverage the platform.\n',
}
// What a user runs: findings (exit 1: an error), two threads, usage errors, help, version, a config error.
const COMMANDS = [
  ['lint', '--format', 'json'],
  ['lint', 'en.md', 'fr.md', '--jobs', '2'],
  ['lint', '--max-warnings', 'x'],
  ['--help'],
  ['--version'],
  ['rules', '--language', 'fr'],
  ['lint', 'missing.md'],
]

describe("V8's code cache for the command line", () => {
  const folder = freshFolder('code-cache')
  // The copy of the command, outside the folder it lints.
  const cli = freshFolder('code-cache-cli')

  it('the build wrote a cache for this V8, and the command runs with it what it prints with the ES bundle', () => {
    expect(statSync(join(ROOT, 'dist/cli-bundle', CACHE)).size).toBeGreaterThan(100_000)
    writeFiles(folder.path, COPY)
    for (const args of COMMANDS) {
      const cached = run(ROOT, folder.path, args)
      expect(cached.said, args.join(' ')).toBe('code cache: used')
      const bundle = run(ROOT, folder.path, args, '--no-warnings')
      // bin does not load code-cache.js then: nothing said.
      expect(bundle.said, args.join(' ')).toBeUndefined()
      expect([cached.code, cached.stdout, cached.stderr], args.join(' ')).toEqual([bundle.code, bundle.stdout, bundle.stderr])
    }
    expect(run(ROOT, folder.path, ['lint', '--format', 'json']).code).toBe(1)
  })

  it('a missing, garbage, corrupt, refused or stale cache: the same output, silently', () => {
    writeFiles(folder.path, COPY)
    const expected = run(ROOT, folder.path, ['lint', '--format', 'json'])
    const copy = copyOfCli(cli.path)
    const good = readFileSync(join(copy, CACHE))
    const header = good.subarray(0, good.indexOf(10) + 1)
    const cases: [string, () => void, string][] = [
      ['as built', () => writeFileSync(join(copy, CACHE), good), 'code cache: used'],
      ['missing', () => rmSync(join(copy, CACHE)), 'code cache: not used: no cache or script for this V8'],
      ['garbage', () => writeFileSync(join(copy, CACHE), Buffer.from(good.map((_, i) => (i * 7919) % 251))), 'code cache: not used: another build'],
      // V8 stops the process (a fatal error, exit 133) on some corrupt payloads where it does not
      // check their checksum (bin/code-cache.js sets --verify-snapshot-checksum): it refuses them.
      ['a corrupt payload', () => writeFileSync(join(copy, CACHE), Buffer.from(good.map((byte, i) => (i > good.length / 2 && i < good.length / 2 + 64 ? byte ^ 0x5a : byte)))), 'code cache: refused by V8'],
      ['bytes of no cache under a valid header', () => writeFileSync(join(copy, CACHE), Buffer.concat([header, Buffer.from(good.subarray(header.length).map((_, i) => (i * 31) % 256))])), 'code cache: refused by V8'],
      ['a truncated payload', () => writeFileSync(join(copy, CACHE), good.subarray(0, good.length - 1000)), 'code cache: refused by V8'],
      ['empty', () => writeFileSync(join(copy, CACHE), ''), 'code cache: not used: another build'],
    ]
    for (const [name, make, said] of cases) {
      make()
      const got = run(cli.path, folder.path, ['lint', '--format', 'json'])
      expect(got.said, name).toBe(said)
      expect([got.code, got.stdout, got.stderr], name).toEqual([expected.code, expected.stdout, expected.stderr])
    }
    // Another build of the script: its cache is not read into it.
    writeFileSync(join(copy, CACHE), good)
    writeFileSync(join(copy, 'main-script.cjs'), readFileSync(join(copy, 'main-script.cjs'), 'utf8').replace(/ (\w+)$/, ' 0$1'))
    expect(run(cli.path, folder.path, ['lint', '--format', 'json']).said).toBe('code cache: not used: another build')
  })

  it('writes nothing into the package at run time', () => {
    writeFiles(folder.path, COPY)
    const copy = copyOfCli(cli.path)
    const listing = () => readdirSync(copy, { recursive: true }).map(String).sort().map((file) => `${file} ${statSync(join(copy, file)).mtimeMs}`)
    const before = listing()
    expect(run(cli.path, folder.path, ['lint', '--jobs', '2']).said).toBe('code cache: used')
    expect(listing()).toEqual(before)
  })
})
