import { describe, expect, it } from 'vitest'
import { scoreOf } from '../../src/engine/index.js'
import { ReportBuilder, type ReportFileInput } from '../../src/report/index.js'
import { CLEAN, EN, FR, input, REPEATS, sampleFiles, withActual } from './fixtures.js'

const build = (files: ReportFileInput[], options?: ConstructorParameters<typeof ReportBuilder>[0]) => {
  const builder = new ReportBuilder({ generated: new Date('2025-03-04T05:06:07Z'), ...options })
  for (const file of files) builder.add(file)
  return builder
}

describe('ReportBuilder', () => {
  it('the inputs are what the tests assume', () => {
    const [a, b, c, d] = sampleFiles()
    expect([a.words, a.findings.length, b.words, b.findings.length, c.words, c.findings.length, d.words, d.findings.length]).toEqual([8, 4, 14, 3, 8, 3, 420, 0])
  })

  it('scores each file and the whole audit with the engine’s scoreOf', () => {
    const files = sampleFiles()
    const report = build(files).finish()
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f.score]))
    expect(byPath).toEqual({ 'en/a.md': 20, 'fr/b.md': 40, 'en/c.md': 40, 'en/d.md': 100 })
    for (const file of files) expect(byPath[file.path]).toBe(scoreOf(file.findings, file.words).score)
    // 10 warnings over 450 words: 100 − 10 × 2 × 1000 / 450.
    expect(report.score).toBe(Math.round(100 - (10 * 2 * 1000) / 450))
    expect(report.score).toBe(56)
    expect(report.score).toBe(scoreOf(files.flatMap((f) => f.findings), 450).score)
    expect(report.costs).toEqual(scoreOf(files.flatMap((f) => f.findings), 450).costs)
  })

  it('lists files worst first, ties by more findings then path, whatever the order they came in', () => {
    const files = sampleFiles()
    const order = build([files[3], files[1], files[0], files[2]]).finish().files.map((f) => f.path)
    expect(order).toEqual(['en/a.md', 'en/c.md', 'fr/b.md', 'en/d.md'])
    expect(build(files).finish().files.map((f) => f.path)).toEqual(order)
  })

  it('counts every family, zeros included, in order', () => {
    const report = build(sampleFiles()).finish()
    expect(report.byFamily.map((f) => f.id)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12'])
    expect(Object.fromEntries(report.byFamily.map((f) => [f.id, f.count]))).toEqual({ F1: 6, F2: 1, F3: 0, F4: 0, F5: 0, F6: 0, F7: 0, F8: 0, F9: 0, F10: 1, F11: 2, F12: 0 })
    expect(report.byFamily[0].name).toEqual({ en: 'buzzwords and jargon', fr: 'mots à la mode et jargon' })
    expect(report.byFamily[0].bySeverity).toEqual({ error: 0, warning: 6, info: 0 })
  })

  it('counts findings per language of the paragraph, files and words per file language', () => {
    const report = build(sampleFiles()).finish()
    expect(report.byLanguage).toEqual([
      { language: 'en', files: 3, words: 436, findings: 7 },
      { language: 'fr', files: 1, words: 14, findings: 3 },
    ])
  })

  it('totals files, words and findings by severity', () => {
    const builder = build(sampleFiles())
    builder.skip('big.md', 'larger than 10 MB')
    const report = builder.finish()
    expect(report.totals).toEqual({ files: 4, filesWithFindings: 3, skipped: 1, words: 450, findings: 10, bySeverity: { error: 0, warning: 10, info: 0 }, detailedFiles: 3, notDetailed: 0 })
    expect(report.skipped).toEqual([{ path: 'big.md', reason: 'larger than 10 MB' }])
    expect(report.generated).toBe('2025-03-04T05:06:07.000Z')
  })

  it('groups repeated phrases by rule and lowercased text, across files, in lower case', () => {
    const report = build(sampleFiles()).finish()
    expect(report.repeated[0]).toEqual({
      ruleId: 'buzzwords',
      family: 'F1',
      actual: 'leverage',
      count: 4,
      files: 2,
      expected: ['use', 'build on'],
      url: 'https://github.com/cluetrain-lint/cluetrain-lint/blob/main/docs/rules.md#buzzwords',
      severity: 'warning',
      language: 'en',
    })
    expect(report.repeated.slice(1).every((p) => p.count === 1)).toBe(true)
    expect(report.repeated.map((p) => p.actual).sort()).toEqual(['best-in-class', 'booster', 'client au cœur', 'empower', 'leverage', 'synergies', 'transformation digitale'])
  })

  it('keeps the top 20 repeated phrases, most first', () => {
    const finding = input('x.md', EN, 'en').findings[0]
    const findings = Array.from({ length: 25 }, (_, i) => Array.from({ length: i + 1 }, () => withActual(finding, `phrase ${i}`))).flat()
    const report = build([{ path: 'x.md', language: 'en', words: 1000, findings }]).finish()
    expect(report.repeated).toHaveLength(20)
    expect(report.repeated.map((p) => p.count)).toEqual(Array.from({ length: 20 }, (_, i) => 25 - i))
    expect(report.repeated[0].actual).toBe('phrase 24')
  })

  it('details only the maxDetailedFiles worst files, streaming', () => {
    // Scores 0, 20, 40, 60, 80 in a scrambled order: one to five warnings in 100 words.
    const finding = input('x.md', EN, 'en').findings[0]
    const file = (path: string, warnings: number): ReportFileInput => ({ path, language: 'en', words: 100, findings: Array.from({ length: warnings }, () => finding) })
    const files = [file('80.md', 1), file('0.md', 5), file('60.md', 2), file('20.md', 4), file('40.md', 3), { ...file('clean.md', 0) }]
    const report = build(files, { maxDetailedFiles: 2 }).finish()
    expect(report.files.map((f) => [f.path, f.score, f.findings?.length])).toEqual([
      ['0.md', 0, 5],
      ['20.md', 20, 4],
      ['40.md', 40, undefined],
      ['60.md', 60, undefined],
      ['80.md', 80, undefined],
      ['clean.md', 100, undefined],
    ])
    expect(report.totals).toMatchObject({ detailedFiles: 2, notDetailed: 3, filesWithFindings: 5 })
    expect(report.maxDetailedFiles).toBe(2)
    // Counts still cover every file.
    expect(report.byFamily[0].count).toBe(15)
    expect(report.repeated[0].count).toBe(15)
    expect(report.repeated[0].files).toBe(5)
  })

  it('keeps a 10,000-file audit small: findings for the 500 worst files only', () => {
    const findings = input('x.md', EN, 'en').findings
    const builder = new ReportBuilder()
    for (let i = 0; i < 10_000; i++) builder.add({ path: `docs/${i}.md`, language: 'en', words: 100 + (i % 997), findings: findings.slice(0, 1 + (i % 4)) })
    const report = builder.finish()
    expect(report.totals).toMatchObject({ files: 10_000, filesWithFindings: 10_000, detailedFiles: 500, notDetailed: 9_500 })
    const detailed = report.files.filter((f) => f.findings)
    expect(detailed).toHaveLength(500)
    // The detailed ones are the first 500 in worst-first order.
    expect(report.files.slice(0, 500).every((f) => f.findings)).toBe(true)
    expect(report.repeated.find((p) => p.actual === 'leverage')?.count).toBe(10_000)
    expect(report.byFamily[0].count + report.byFamily[1].count).toBe(25_000)
  })

  it('defaults to 500 detailed files', () => {
    expect(new ReportBuilder().finish().maxDetailedFiles).toBe(500)
  })

  it('keeps compact records, in position order, and a report that survives JSON', () => {
    const report = build(sampleFiles()).finish()
    const a = report.files[0]
    expect(a.findings?.map((f) => `${f.line}:${f.column} ${f.actual}`)).toEqual(['1:4 leverage', '1:13 synergies', '1:26 empower', '1:38 best-in-class'])
    expect(Object.keys(a.findings![0]).sort()).toEqual(['actual', 'column', 'endColumn', 'endLine', 'expected', 'family', 'language', 'line', 'message', 'ruleId', 'severity', 'url'])
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it('finish() is a snapshot: more files change the next report, not the last one', () => {
    const builder = build([input('fr/b.md', FR, 'fr')])
    const first = builder.finish()
    builder.add(input('en/c.md', REPEATS, 'en'))
    builder.add(input('en/d.md', CLEAN, 'en'))
    expect(first.totals.files).toBe(1)
    expect(builder.finish().totals.files).toBe(3)
  })
})
