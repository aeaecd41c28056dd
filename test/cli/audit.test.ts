// `cluetrain audit`: a summary on stdout, standalone reports on disk, --min-score for CI.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { freshFolder, runCli, writeFiles } from './harness.js'

const folder = freshFolder('audit')

const write = (files: Record<string, string | Buffer>) => writeFiles(folder.path, files)
const run = (...argv: string[]) => runCli(folder.path, ...argv)

const SITE = {
  'docs/bad.md': '# Offer\n\nWe leverage best-in-class synergies to empower your digital transformation journey.\n',
  'docs/good.md': '# Repairs\n\nWe fix bikes in Lyon. Bring yours on Tuesday and we will tell you what it needs.\n',
  'docs/fr.txt': 'Nous plaçons le client au cœur de notre transformation digitale pour booster la croissance.\n',
}

describe('cluetrain audit', () => {
  it('prints the score, the principles and the worst files', async () => {
    write(SITE)
    const { code, stdout } = await run('audit', 'docs')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Human-voice score: \d+\/100 over \d+ words in 3 files$/m)
    expect(stdout).toMatch(/Findings per principle:\n\s+\d+ {2}F\d+ /)
    const worst = stdout.slice(stdout.indexOf('Files with the most corporate voice'))
    expect(worst).toContain('docs/bad.md')
    expect(worst).not.toContain('docs/good.md')
  })

  it('writes HTML and Markdown reports with links relative to where they are written', async () => {
    write(SITE)
    const { code, stderr } = await run('audit', 'docs', '--report', 'out/report.html', '--report', 'report.md')
    expect(code).toBe(0)
    expect(stderr).toMatch(/wrote out\/report\.html/)
    const html = readFileSync(join(folder.path, 'out/report.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('<svg')
    expect(html).toContain('href="../docs/bad.md"')
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/i)
    const markdown = readFileSync(join(folder.path, 'report.md'), 'utf8')
    expect(markdown).toContain('](<docs/bad.md>)')
    expect(markdown).toMatch(/\|.*leverage.*\|/)
  })

  it('never lints a report it wrote: a later audit and lint skip it, with the reason', async () => {
    write(SITE)
    expect((await run('audit', 'docs', '--report', 'docs/report.md')).code).toBe(0)
    const audit = await run('audit', 'docs')
    expect(audit.stdout).toMatch(/^Human-voice score: \d+\/100 over \d+ words in 3 files \(1 skipped\)$/m)
    expect(audit.stdout).not.toContain('report.md')
    const lint = await run('lint', 'docs', '--format', 'json')
    expect(JSON.parse(lint.stdout).map((f: { path: string }) => f.path).sort()).toEqual(['docs/bad.md', 'docs/fr.txt', 'docs/good.md'])
    expect(lint.stderr).toMatch(/docs\/report\.md.*an audit report Cluetrain wrote/)
  })

  it('fails under --min-score, and only then', async () => {
    write(SITE)
    expect((await run('audit', 'docs', '--min-score', '0')).code).toBe(0)
    const under = await run('audit', 'docs', '--min-score', '100')
    expect(under.code).toBe(1)
    expect(under.stderr).toMatch(/human-voice score \d+ is under --min-score 100/)
  })

  it('gives no score when no file was linted, and --min-score then fails', async () => {
    write(SITE)
    expect((await run('audit', 'docs', '--report', 'only/report.md')).code).toBe(0)
    const audit = await run('audit', 'only/report.md', '--min-score', '0')
    expect(audit.stdout).toMatch(/^No score: no file was linted \(1 skipped\)$/m)
    expect(audit.stdout).not.toMatch(/100\/100/)
    expect(audit.code).toBe(1)
    expect(audit.stderr).toMatch(/no score to hold to --min-score 0: no file was linted/)
  })

  it('refuses unknown report kinds and options of the other command', async () => {
    write(SITE)
    expect((await run('audit', 'docs', '--report', 'report.pdf')).code).toBe(2)
    expect(existsSync(join(folder.path, 'report.pdf'))).toBe(false)
    expect((await run('audit', 'docs', '--format', 'json')).code).toBe(2)
    expect((await run('lint', 'docs', '--report', 'r.html')).code).toBe(2)
  })

  it('leaves baselined findings out of the report', async () => {
    write(SITE)
    await run('lint', 'docs', '--write-baseline', 'baseline.json')
    const { stdout } = await run('audit', 'docs', '--baseline', 'baseline.json')
    expect(stdout).toMatch(/^0 findings: .*; \d+ more in the baseline$/m)
  })
})
