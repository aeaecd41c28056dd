import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { freshFolder, runCli, writeFiles } from './harness.js'

const folder = freshFolder('cli')

const write = (files: Record<string, string | Buffer>) => writeFiles(folder.path, files)
const run = (...argv: string[]) => runCli(folder.path, ...argv)

const EN = 'We leverage our partners to reach customers who never heard of us before.\n'
const FR = 'Il faut booster les ventes de nos magasins pour que nos clients reviennent plus souvent.\n'

describe('cluetrain lint', () => {
  it('prints the json contract: [{path, language, messages}]', async () => {
    write({ 'a.md': EN, 'b.txt': FR })
    const { code, stdout } = await run('lint', '.', '--format', 'json')
    expect(code).toBe(0)
    const reports = JSON.parse(stdout)
    expect(reports.map((r: { path: string; language: string }) => [r.path, r.language])).toEqual([
      ['a.md', 'en'],
      ['b.txt', 'fr'],
    ])
    const [finding] = reports[0].messages
    expect(Object.keys(finding).sort()).toEqual(
      ['actual', 'column', 'endColumn', 'endLine', 'endOffset', 'expected', 'fingerprint', 'fix', 'language', 'line', 'message', 'offset', 'principle', 'ruleId', 'severity', 'source', 'theses', 'url'].sort(),
    )
    expect(finding).toMatchObject({ ruleId: 'buzzwords', actual: 'leverage', line: 1, column: 4, offset: 3, endOffset: 11 })
    // Issue #15: the CLI loads the morphology data, so a finding it can stand behind carries a fix.
    expect(finding.fix).toEqual({ offset: 3, endOffset: 11, text: 'use' })
    expect(reports[1].messages.map((m: { actual: string }) => m.actual)).toContain('booster')
  })

  it('prints a readable report by default', async () => {
    write({ 'a.md': EN })
    const { code, stdout } = await run('lint', 'a.md')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^a\.md\n {2}1:4-1:12 +warning +“leverage” is corporate jargon .* buzzwords$/m)
    expect(stdout).toMatch(/✖ \d+ problems? \(0 errors, \d+ warnings?, 0 info\) in 1 of 1 file/)
  })

  it('exits 1 on errors and when warnings exceed --max-warnings', async () => {
    write({ 'a.md': EN })
    expect((await run('lint', 'a.md', '--max-warnings', '0')).code).toBe(1)
    expect((await run('lint', 'a.md', '--max-warnings', '99')).code).toBe(0)
    write({ '.cluetrain.yaml': 'rules:\n  buzzwords: error\n' })
    expect((await run('lint', 'a.md')).code).toBe(1)
  })

  it('exits 0 on clean copy', async () => {
    write({ 'a.md': 'We fix bikes in Lyon. Bring yours on Tuesday and we will tell you what it needs.\n' })
    const { code, stdout } = await run('lint', 'a.md')
    expect([code, stdout]).toEqual([0, '✔ No corporate-speak found in 1 file.\n'])
  })

  it('exits 2 on usage errors', async () => {
    write({ 'a.md': EN })
    expect((await run('lint', 'a.md', '--format', 'xml')).code).toBe(2)
    expect((await run('lint', 'a.md', '--bogus')).code).toBe(2)
    expect((await run('lint', 'a.md', '--max-warnings', 'many')).code).toBe(2)
    expect((await run('frobnicate')).code).toBe(2)
    expect((await run('lint', 'nothing-here')).code).toBe(2)
  })

  it('exits 2 on a broken config, naming its file and line, without a stack trace', async () => {
    write({ 'a.md': EN, '.cluetrain.yaml': 'rules:\n  buzzwords: loud\n' })
    const { code, stderr, stdout } = await run('lint', 'a.md')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('cluetrain: configuration error in .cluetrain.yaml:2: “rules.buzzwords”: must be one of off, on, error, warning, info, true, false\n')
  })

  it('finds configs upward, merges them, and stops at root: true', async () => {
    write({
      '.cluetrain.yaml': 'rules:\n  buzzwords: "off"\n',
      'team/.cluetrain.yaml': 'phrases:\n  - phrase: partners\n    suggest: [friends]\n',
      'team/a.md': EN,
      'solo/.cluetrain.yaml': 'root: true\n',
      'solo/a.md': EN,
    })
    const reports = JSON.parse((await run('lint', '.', '--format', 'json')).stdout)
    const byPath = Object.fromEntries(reports.map((r: { path: string; messages: Array<{ ruleId: string }> }) => [r.path, r.messages.map((m) => m.ruleId)]))
    expect(byPath['team/a.md']).toEqual(['custom'])
    expect(byPath['solo/a.md']).toContain('buzzwords')
  })

  it('honours the config language and ignore globs', async () => {
    write({ '.cluetrain.yaml': 'language: en\nignore: ["drafts/**"]\n', 'drafts/a.md': EN, 'b.md': FR })
    const reports = JSON.parse((await run('lint', '.', '--format', 'json')).stdout)
    expect(reports.map((r: { path: string; language: string }) => [r.path, r.language])).toEqual([['b.md', 'en']])
  })

  it('skips binary and oversized files with a notice, and reads broken UTF-8', async () => {
    write({ 'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'big.md': 'x'.repeat(1_200_000), 'bad.md': Buffer.concat([Buffer.from('We leverage '), Buffer.from([0xff, 0xfe]), Buffer.from(' it.\n')]) })
    const { code, stdout, stderr } = await run('lint', '.', '--format', 'json', '--max-file-size', '1')
    expect(code).toBe(0)
    expect(stderr).toContain('skipped bin.md: binary file')
    expect(stderr).toMatch(/skipped big\.md: larger than 1 MB .*--max-file-size/)
    const [bad] = JSON.parse(stdout)
    expect(bad.path).toBe('bad.md')
    expect(bad.messages[0].actual).toBe('leverage')
  })

  it('accepts globs and the --language option', async () => {
    write({ 'docs/a.md': FR, 'docs/b.txt': FR })
    const reports = JSON.parse((await run('lint', 'docs/*.md', '--format', 'json', '--language', 'en')).stdout)
    expect(reports).toEqual([{ path: 'docs/a.md', language: 'en', words: 15, messages: [] }])
  })
})

describe('cluetrain rules', () => {
  it('lists every rule with its family', async () => {
    const { code, stdout } = await run('rules', '--format', 'json')
    expect(code).toBe(0)
    const rules = JSON.parse(stdout)
    expect(rules.find((r: { id: string; language: string }) => r.id === 'buzzwords' && r.language === 'en')).toMatchObject({ family: 'F1' })
    expect(rules.find((r: { id: string }) => r.id === 'anglicisms')).toMatchObject({ language: 'fr', family: 'F11' })
  })
})

describe('config warnings', () => {
  it('warns once about unknown rule ids and goes on', async () => {
    write({ 'a.md': EN, 'b.md': EN, '.cluetrain.yaml': 'rules:\n  buzzword: off\n' })
    const { code, stderr } = await run('lint', '.')
    expect(code).toBe(0)
    expect(stderr).toBe('cluetrain: .cluetrain.yaml: unknown rule “buzzword” (see `cluetrain rules`)\n')
  })
})

describe('cluetrain lint --jobs', () => {
  it('gives the same output, in the same order, on worker threads', async () => {
    const files: Record<string, string | Buffer> = {}
    for (let i = 0; i < 12; i++) files[`docs/${String(i).padStart(2, '0')}.md`] = i % 2 ? EN : FR
    files['docs/05b.md'] = Buffer.from([0, 1, 2])
    write(files)
    const one = await run('lint', 'docs', '--format', 'json', '--jobs', '1')
    const two = await run('lint', 'docs', '--format', 'json', '--jobs', '2')
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    expect(two.stderr).toContain('skipped docs/05b.md')
    expect(JSON.parse(two.stdout)).toHaveLength(12)
  }, 30_000) // starting workers on a loaded 2-core machine takes seconds
})

describe('odd file systems', () => {
  it('survives a symlink loop and reports a dangling link, linting the rest', async () => {
    const { symlinkSync } = await import('node:fs')
    write({ 'docs/a.md': EN })
    symlinkSync(join(folder.path, 'docs'), join(folder.path, 'docs/loop'))
    symlinkSync(join(folder.path, 'nowhere.md'), join(folder.path, 'docs/dangling.md'))
    const { code, stdout, stderr } = await run('lint', 'docs', 'docs/dangling.md', '--format', 'json')
    expect(code).toBe(0)
    expect(stderr).toBe('cluetrain: skipped docs/dangling.md: cannot read it (ENOENT)\n')
    const paths = JSON.parse(stdout).map((r: { path: string }) => r.path)
    expect(paths).toEqual(['docs/a.md'])
  })
})
