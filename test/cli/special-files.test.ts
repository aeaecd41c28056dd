// Files that are not what they seem (issue #13, item 3 and its low items): links to devices, FIFOs,
// folders, links out of the tree, paths too long for the system, UTF-16, backslashes in names.
// Every one gets a notice, none hangs or eats memory, and the other files are linted.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BaselineError, writeBaseline, type BaselineFile } from '../../src/cli/baseline.js'
import { freshFolder, runCli, writeFiles } from './harness.js'

const folder = freshFolder('special')
const write = (files: Record<string, string | Buffer>) => writeFiles(folder.path, files)
const run = (...argv: string[]) => runCli(folder.path, ...argv)
const paths = (stdout: string) => (JSON.parse(stdout) as Array<{ path: string }>).map((r) => r.path)

const EN = 'We leverage our partners to reach customers who never heard of us before.\n'

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path])
}

describe('documents that are not regular files', () => {
  it('skips a link to /dev/zero and a FIFO, named or globbed, with a notice, and lints the rest', async () => {
    write({ 'a.md': EN })
    symlinkSync('/dev/zero', join(folder.path, 'zero.md'))
    mkfifo(join(folder.path, 'fifo.md'))
    const named = await run('lint', 'zero.md', 'fifo.md', 'a.md', '--format', 'json')
    expect(named.code).toBe(0)
    expect(named.stderr).toBe('cluetrain: skipped zero.md: not a regular file (a device)\ncluetrain: skipped fifo.md: not a regular file (a FIFO)\n')
    expect(paths(named.stdout)).toEqual(['a.md'])
    // A search lists regular files only: the link is not followed, the FIFO is not a file.
    for (const target of ['*.md', '.']) {
      const searched = await run('lint', target, '--format', 'json')
      expect([searched.code, searched.stderr, paths(searched.stdout)]).toEqual([0, '', ['a.md']])
    }
  })

  it('follows no link in a search, folder or glob alike; a link named on the command line is linted', async () => {
    write({ 'site/a.md': EN, 'outside/secret.md': EN })
    symlinkSync(join(folder.path, 'outside/secret.md'), join(folder.path, 'site/out.md'))
    symlinkSync(join(folder.path, 'site/a.md'), join(folder.path, 'site/again.md'))
    symlinkSync(join(folder.path, 'outside'), join(folder.path, 'site/outside'))
    const byFolder = paths((await run('lint', 'site', '--format', 'json')).stdout)
    const byGlob = paths((await run('lint', 'site/**/*.md', '--format', 'json')).stdout)
    expect(byFolder).toEqual(['site/a.md'])
    expect(byGlob).toEqual(byFolder)
    expect(paths((await run('lint', 'site/out.md', '--format', 'json')).stdout)).toEqual(['site/out.md'])
  })

  it('says which folders a search could not read because their path is too long for the system', async () => {
    write({ 'a.md': EN })
    // 24 folders of 200 characters: past Linux's PATH_MAX (4,096), built one level at a time.
    const script = "const fs=require('fs');for(let i=0;i<24;i++){fs.mkdirSync('d'.repeat(200));process.chdir('d'.repeat(200))}fs.writeFileSync('deep.md','We leverage it.\\n')"
    execFileSync(process.execPath, ['-e', script], { cwd: folder.path })
    const { code, stderr, stdout } = await run('lint', '.', '--format', 'json')
    expect(code).toBe(0)
    expect(paths(stdout)).toEqual(['a.md'])
    expect(stderr).toMatch(/^cluetrain: skipped (d{200}\/)+d{200}: cannot read it: its path is too long for the system \(ENAMETOOLONG\); the files in this folder are not linted\n$/)
  })

  it('lints UTF-16 files with a byte-order mark, little- and big-endian', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN, 'utf16le')])
    const be = Buffer.from(le).swap16()
    write({ 'le.md': le, 'be.txt': be })
    const { code, stdout, stderr } = await run('lint', '.', '--format', 'json')
    expect([code, stderr]).toEqual([0, ''])
    const reports = JSON.parse(stdout) as Array<{ path: string; messages: Array<{ actual: string; offset: number }> }>
    expect(reports.map((r) => [r.path, r.messages[0]?.actual, r.messages[0]?.offset])).toEqual([
      ['be.txt', 'leverage', 3],
      ['le.md', 'leverage', 3],
    ])
  })
})

describe.skipIf(process.platform === 'win32')('a backslash in a POSIX file name', () => {
  it('is kept in every output and in baselines', async () => {
    write({ 'docs/a\\b.md': EN })
    const json = await run('lint', 'docs', '--format', 'json')
    expect(paths(json.stdout)).toEqual(['docs/a\\b.md'])
    expect((await run('lint', 'docs')).stdout).toMatch(/^docs\/a\\b\.md$/m)
    expect((await run('lint', 'docs', '--format', 'github')).stdout).toContain('file=docs/a\\b.md,')
    const sarif = JSON.parse((await run('lint', 'docs', '--format', 'sarif')).stdout)
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('docs/a%5Cb.md')
    await run('lint', 'docs', '--write-baseline', 'baseline.json')
    expect(Object.keys(JSON.parse(readFileSync(join(folder.path, 'baseline.json'), 'utf8')).files)).toEqual(['docs/a\\b.md'])
    expect(paths((await run('lint', 'docs', '--baseline', 'baseline.json', '--format', 'json')).stdout)).toEqual(['docs/a\\b.md'])
    expect(JSON.parse((await run('lint', 'docs', '--baseline', 'baseline.json', '--format', 'json')).stdout)[0].messages).toEqual([])
    await run('audit', 'docs', '--report', 'report.md')
    expect(readFileSync(join(folder.path, 'report.md'), 'utf8')).toContain('a\\\\b.md')
  })
})

describe('baselines that cannot be read', () => {
  it('exits 2 with one line on a FIFO, a folder or a link to /dev/zero, without hanging', async () => {
    write({ 'a.md': EN })
    mkfifo(join(folder.path, 'fifo.json'))
    mkdirSync(join(folder.path, 'folder.json'))
    symlinkSync('/dev/zero', join(folder.path, 'zero.json'))
    for (const [name, what] of [['fifo.json', 'a FIFO'], ['folder.json', 'a folder'], ['zero.json', 'a device']]) {
      const { code, stdout, stderr } = await run('lint', 'a.md', '--baseline', name)
      expect([code, stdout, stderr]).toEqual([2, '', `cluetrain: cannot read baseline ${join(folder.path, name)}: not a regular file (${what})\n`])
    }
  })

  it('exits 2 with one line on a baseline over 16 MB', async () => {
    write({ 'a.md': EN })
    writeFileSync(join(folder.path, 'big.json'), `{"version": 1, "tool": "cluetrain-lint", "files": {}, "padding": "${'x'.repeat(17_000_000)}"}`)
    const { code, stderr } = await run('lint', 'a.md', '--baseline', 'big.json')
    expect([code, stderr]).toEqual([2, `cluetrain: baseline ${join(folder.path, 'big.json')} is larger than 16 MB (17 MB), the most a baseline may be: keep one baseline per part of the project\n`])
  })

  it('is not written over 16 MB, since it could not be read back', () => {
    const counts: Record<string, number> = {}
    for (let i = 0; i < 400_000; i++) counts[i.toString(16).padStart(28, '0')] = 1
    const baseline: BaselineFile = { version: 1, tool: 'cluetrain-lint', files: { 'a.md': counts } }
    const path = join(folder.path, 'baseline.json')
    expect(() => writeBaseline(path, baseline)).toThrow(BaselineError)
    expect(() => writeBaseline(path, baseline)).toThrow(/^the baseline would be 16\.\d MB, more than the 16 MB a baseline may be/)
    expect(existsSync(path)).toBe(false)
  })
})
