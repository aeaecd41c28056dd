// `--write-baseline` records today's findings; `--baseline` then shows only new ones, even after
// the file is edited elsewhere.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { freshFolder, runCli, writeFiles } from './harness.js'

const folder = freshFolder('baseline')

const write = (files: Record<string, string | Buffer>) => writeFiles(folder.path, files)
const run = runCli

const OLD = 'We leverage our partners to reach customers who never heard of us before.\n'
const NEW = 'Our best-in-class team will empower your journey.\n'
const actuals = (stdout: string) => (JSON.parse(stdout) as Array<{ messages: Array<{ actual: string }> }>).flatMap((r) => r.messages.map((m) => m.actual))

describe('baselines', () => {
  it('records findings, then reports only new ones after edits elsewhere', async () => {
    write({ 'docs/a.md': `# Shop\n\n${OLD}`, '.cluetrain.yaml': 'rules:\n  buzzwords: error\n' })
    const written = await run(folder.path, 'lint', 'docs', '--write-baseline', 'baseline.json')
    expect(written.code).toBe(0)
    expect(written.stdout).toBe('')
    expect(written.stderr).toMatch(/^cluetrain: wrote \d+ findings? in 1 of 1 files to baseline\.json\n$/)
    const baseline = JSON.parse(readFileSync(join(folder.path, 'baseline.json'), 'utf8'))
    expect(baseline).toMatchObject({ version: 1, tool: 'cluetrain-lint' })
    expect(Object.keys(baseline.files)).toEqual(['docs/a.md'])

    // Unchanged: nothing to report, and exit 0 although the rule is an error.
    const same = await run(folder.path, 'lint', 'docs', '--baseline', 'baseline.json', '--format', 'json')
    expect([same.code, actuals(same.stdout)]).toEqual([0, []])
    expect(same.stderr).toMatch(/in the baseline and not shown/)

    // Lines added above, and a new finding below: only the new one is reported.
    write({ 'docs/a.md': `# Shop\n\nOpen on Tuesdays.\n\n${OLD}\n${NEW}` })
    const edited = await run(folder.path, 'lint', 'docs', '--baseline', 'baseline.json', '--format', 'json')
    const left = actuals(edited.stdout)
    expect(left.length).toBeGreaterThan(0)
    expect(left).not.toContain('leverage')
    expect(left.join(' ')).toMatch(/best-in-class|empower|journey/)

    // The terminal output says what the baseline hides, in its summary line.
    const stylish = await run(folder.path, 'lint', 'docs', '--baseline', 'baseline.json')
    expect(stylish.stdout).toMatch(/^✖ \d+ problems? .*; \d+ more (is|are) in the baseline and not shown$/m)
    expect(stylish.stderr).toBe('')
    write({ 'docs/a.md': `# Shop\n\nOpen on Tuesdays.\n\n${OLD}` })
    const clean = await run(folder.path, 'lint', 'docs', '--baseline', 'baseline.json')
    expect(clean.stdout).toMatch(/^✔ No new corporate-speak in 1 file; \d+ more (is|are) in the baseline and not shown\.\n$/)
  })

  it('counts: a third identical finding in the same words is new', async () => {
    const line = 'We leverage partners.\n\n'
    write({ 'a.md': line.repeat(2) })
    await run(folder.path, 'lint', 'a.md', '--language', 'en', '--write-baseline', 'b.json')
    write({ 'a.md': line.repeat(3) })
    const { stdout } = await run(folder.path, 'lint', 'a.md', '--language', 'en', '--baseline', 'b.json', '--format', 'json')
    expect(actuals(stdout).filter((a) => a === 'leverage')).toHaveLength(1)
  })

  it('keys files relative to the baseline, so it works from another directory', async () => {
    write({ 'site/a.md': OLD })
    await run(folder.path, 'lint', 'site', '--write-baseline', 'baseline.json')
    const { stdout } = await run(join(folder.path, 'site'), 'lint', '.', '--baseline', '../baseline.json', '--format', 'json')
    expect(actuals(stdout)).toEqual([])
  })

  it('exits 2 with one clear line on a missing or broken baseline, and on both options at once', async () => {
    write({ 'a.md': OLD, 'broken.json': '{"version": 1, "files": {"a.md": {"x": -1}}}', 'text.json': 'not json' })
    const missing = await run(folder.path, 'lint', 'a.md', '--baseline', 'nope.json')
    expect([missing.code, missing.stderr]).toEqual([2, `cluetrain: baseline ${join(folder.path, 'nope.json')} does not exist (create it with --write-baseline)\n`])
    expect((await run(folder.path, 'lint', 'a.md', '--baseline', 'broken.json')).stderr).toMatch(/is not a Cluetrain baseline/)
    expect((await run(folder.path, 'lint', 'a.md', '--baseline', 'text.json')).stderr).toMatch(/is not valid JSON/)
    expect((await run(folder.path, 'lint', 'a.md', '--baseline', 'x.json', '--write-baseline', 'y.json')).code).toBe(2)
  })

  it('adds a fingerprint to each finding of the json output', async () => {
    write({ 'a.md': OLD })
    const [report] = JSON.parse((await run(folder.path, 'lint', 'a.md', '--format', 'json')).stdout)
    expect(report.messages[0].fingerprint).toMatch(/^[0-9a-f]{28}$/)
    expect(report.words).toBeGreaterThan(10)
  })
})
