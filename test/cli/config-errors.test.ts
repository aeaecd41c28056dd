// Every way a .cluetrain.yaml can fail is a configuration error (issue #13, item 5): one line
// naming the file and the line, exit code 2, no stack trace, no hang, and never the contents of a
// file outside the config's folder.
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { freshFolder, runCli, writeFiles } from './harness.js'

const folder = freshFolder('config-errors')
const write = (files: Record<string, string | Buffer>) => writeFiles(folder.path, files)
const run = (...argv: string[]) => runCli(folder.path, ...argv)

const EN = 'We leverage our partners to reach customers who never heard of us before.\n'

/** The CLI's answer for docs/a.md, given what docs/.cluetrain.yaml is. */
async function lintWithConfig(make: (config: string) => void): Promise<[number, string, string]> {
  write({ 'docs/a.md': EN })
  make(join(folder.path, 'docs/.cluetrain.yaml'))
  const { code, stdout, stderr } = await run('lint', 'docs')
  return [code, stdout, stderr]
}

const error = (line: number, reason: string) => `cluetrain: configuration error in docs/.cluetrain.yaml:${line}: ${reason}\n`

describe('a .cluetrain.yaml that cannot be read', () => {
  it('a link to /dev/zero', async () => {
    expect(await lintWithConfig((config) => symlinkSync('/dev/zero', config))).toEqual([2, '', error(1, 'a link to a file outside its folder, so it is not read')])
  })

  it('a link to a FIFO in its folder', async () => {
    expect(
      await lintWithConfig((config) => {
        execFileSync('mkfifo', [join(folder.path, 'docs/fifo')])
        symlinkSync('fifo', config)
      }),
    ).toEqual([2, '', error(1, 'not a regular file (a FIFO)')])
  })

  it('a FIFO', async () => {
    expect(await lintWithConfig((config) => execFileSync('mkfifo', [config]))).toEqual([2, '', error(1, 'not a regular file (a FIFO)')])
  })

  it('a folder (EISDIR)', async () => {
    expect(await lintWithConfig((config) => mkdirSync(config))).toEqual([2, '', error(1, 'not a regular file (a folder)')])
  })

  it('a link to a file outside its folder, whose first line is never printed', async () => {
    write({ 'secret.txt': 'password: hunter2\n' })
    const [code, stdout, stderr] = await lintWithConfig((config) => symlinkSync(join(folder.path, 'secret.txt'), config))
    expect([code, stdout, stderr]).toEqual([2, '', error(1, 'a link to a file outside its folder, so it is not read')])
    expect(stderr).not.toContain('hunter2')
  })

  it('a link to a file inside its folder is read', async () => {
    write({ 'docs/style/cluetrain.yaml': 'rules:\n  buzzwords: error\n' })
    const [code] = await lintWithConfig((config) => symlinkSync('style/cluetrain.yaml', config))
    expect(code).toBe(1)
  })

  it('an unreadable file (EACCES)', () => {
    write({ 'docs/a.md': EN, 'docs/.cluetrain.yaml': 'rules: {}\n' })
    chmodSync(join(folder.path, 'docs/.cluetrain.yaml'), 0o000)
    for (const dir of [folder.path, join(folder.path, 'docs')]) chmodSync(dir, 0o755)
    // Root reads any file, so as root the CLI (the built one, in a process of its own) runs as nobody.
    const cli = [process.execPath, fileURLToPath(new URL('../../bin/cluetrain.js', import.meta.url)), 'lint', 'docs']
    const argv = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', ...cli] : cli
    const { status, stdout, stderr } = spawnSync(argv[0], argv.slice(1), { cwd: folder.path, encoding: 'utf8' })
    expect([status, stdout, stderr]).toEqual([2, '', error(1, 'cannot read it (EACCES)')])
  })

  it('a link loop (ELOOP)', async () => {
    expect(await lintWithConfig((config) => symlinkSync('.cluetrain.yaml', config))).toEqual([2, '', error(1, 'cannot read it (ELOOP)')])
  })

  it('a dangling link', async () => {
    expect(await lintWithConfig((config) => symlinkSync('nowhere.yaml', config))).toEqual([2, '', error(1, 'a link to a file that does not exist')])
  })

  it('larger than 1 MB', async () => {
    const accept = `accept:\n${'  - synergies\n'.repeat(80_000)}`
    expect(await lintWithConfig(() => write({ 'docs/.cluetrain.yaml': accept }))).toEqual([2, '', error(1, 'larger than 1 MB (1.1 MB), the most a configuration may be')])
  })

  it('binary', async () => {
    expect(await lintWithConfig(() => write({ 'docs/.cluetrain.yaml': Buffer.from([0x72, 0x6f, 0x6f, 0x74, 0x00]) }))).toEqual([2, '', error(1, 'not a text file (it contains NUL bytes)')])
  })
})

describe('a .cluetrain.yaml the YAML library refuses', () => {
  it('an alias bomb', async () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n')
    expect(await lintWithConfig(() => write({ 'docs/.cluetrain.yaml': bomb }))).toEqual([2, '', error(2, 'invalid YAML: Excessive alias count indicates a resource exhaustion attack')])
  })

  it('UTF-16 with a byte-order mark is read like UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('rules:\n  buzzwords: error\n', 'utf16le')])
    const [code, , stderr] = await lintWithConfig(() => write({ 'docs/.cluetrain.yaml': utf16 }))
    expect([code, stderr]).toEqual([1, ''])
  })
})
