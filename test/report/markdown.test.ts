import { describe, expect, it } from 'vitest'
import { DOCS_URL } from '../../src/engine/index.js'
import { isCluetrainReport, renderMarkdown, ReportBuilder, REPORT_MARKER, type AuditReport, type ReportFileInput } from '../../src/report/index.js'
import { EN, input, sampleFiles, withActual } from './fixtures.js'

function report(files: ReportFileInput[] = sampleFiles(), options: ConstructorParameters<typeof ReportBuilder>[0] = {}): AuditReport {
  const builder = new ReportBuilder({ generated: new Date('2025-03-04T05:06:07Z'), ...options })
  for (const file of files) builder.add(file)
  return builder.finish()
}

/** A table row's cells, split on the pipes that are not escaped. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim())
}

function section(md: string, heading: string): string[] {
  const start = md.indexOf(`\n## ${heading}\n`)
  expect(start, heading).toBeGreaterThan(-1)
  const end = md.indexOf('\n## ', start + 1)
  return md.slice(start, end === -1 ? undefined : end).split('\n')
}

describe('renderMarkdown', () => {
  const md = renderMarkdown(report())

  it('summarises: title, date, score, totals', () => {
    expect(md.startsWith(`${REPORT_MARKER}\n# Cluetrain Lint audit\n\nGenerated on 4 March 2025 at 05:06 UTC\n`)).toBe(true)
    expect(md).toContain('**Human-voice score: 56/100**, corporate in places')
    expect(md).toContain('- Files linted: 4\n- Files with findings: 3\n- Files skipped: 0\n- Words: 450\n- Findings: 10 (0 errors, 10 warnings, 0 info)')
  })

  it('says it is a report Cluetrain wrote, so that no later lint or audit reads it as copy', () => {
    expect(isCluetrainReport(md)).toBe(true)
    expect(isCluetrainReport(`\uFEFF${md}`)).toBe(true)
    expect(isCluetrainReport(`# Notes\n\n${REPORT_MARKER}\n`)).toBe(false)
    expect(isCluetrainReport(EN)).toBe(false)
  })

  it('charts findings per principle as bars of blocks, all 12 families', () => {
    const rows = section(md, 'Findings per principle').filter((l) => /^\| F\d/.test(l)).map(cells)
    expect(rows.map((r) => r[0])).toEqual([
      'F1 buzzwords and jargon',
      'F2 hype and self-praise',
      'F3 claims without evidence',
      'F4 weasel words and hedges',
      'F5 empty intensifiers',
      'F6 hidden speaker',
      'F7 bureaucratic density',
      'F8 self-focus',
      'F9 people as segments',
      'F10 clichés and scripted platitudes',
      'F11 anglicisms in French copy',
      'F12 shouting',
    ])
    expect(rows.map((r) => r[1])).toEqual(['6', '1', '0', '0', '0', '0', '0', '0', '0', '1', '2', '0'])
    // 24 cells for the largest; 1/6 of it is 32 eighths: 4 blocks.
    expect(rows[0][2]).toBe('█'.repeat(24))
    expect(rows[1][2]).toBe('████')
    expect(rows[2][2]).toBe('')
  })

  it('charts findings per language', () => {
    const rows = section(md, 'Findings per language').filter((l) => /^\| (English|French) /.test(l)).map(cells)
    expect(rows).toEqual([
      ['English', '7', '█'.repeat(24)],
      ['French', '3', '██████████▎'],
    ])
  })

  it('lists the repeated phrases with their rule link and suggestions', () => {
    const rows = section(md, 'Most repeated phrases').filter((l) => l.startsWith('| **')).map(cells)
    expect(rows[0]).toEqual(['**leverage**', `[buzzwords](<${DOCS_URL}#buzzwords>)`, '4', '2', '“use”, “build on”'])
    expect(rows).toHaveLength(7)
    expect(rows.find((r) => r[0] === '**booster**')?.[4]).toBe('«\u00a0stimuler\u00a0», «\u00a0relancer\u00a0», «\u00a0dynamiser\u00a0»')
  })

  it('lists the files worst first with their scores', () => {
    const rows = section(md, 'Files, worst first').filter((l) => /^\| (en|fr)\//.test(l)).map(cells)
    expect(rows).toEqual([
      ['en/a.md', 'English', '8', '20', '0', '4', '0'],
      ['en/c.md', 'English', '8', '40', '0', '3', '0'],
      ['fr/b.md', 'French', '14', '40', '0', '3', '0'],
      ['en/d.md', 'English', '420', '100', '0', '0', '0'],
    ])
  })

  it('lists each finding with position, severity, rule link, text, suggestions and message', () => {
    const lines = section(md, 'Findings by file')
    expect(lines).toContain('### en/a.md')
    expect(lines).toContain('score 20/100 · 4 warnings · 8 words')
    const row = lines.find((l) => l.startsWith('| 1:13 '))
    expect(cells(row!)).toEqual([
      '1:13',
      'warning',
      `[buzzwords](<${DOCS_URL}#buzzwords>)`,
      '**synergies**',
      '“working together”, “combined effort”',
      '“synergies” is corporate jargon (F1 buzzwords and jargon, theses 11, 14, 15, 16, 68). Try “working together” or “combined effort”.',
    ])
    expect(md).not.toContain('### en/d.md')
  })

  it('escapes Markdown in user content, and keeps every table row on one line', () => {
    const [finding] = input('x.md', EN, 'en').findings
    const builder = new ReportBuilder()
    const path = 'docs/a|b*c_[x](javascript:y)<script>alert(1)</script>`#.md'
    builder.add({ path, language: 'en', words: 10, findings: [withActual(finding, 'two\nlines | *bold* <b>]]>', 'message | with <i>html</i>\nand a newline')] })
    builder.skip('skip|me.md', 'reason | <script>')
    const page = renderMarkdown(builder.finish())
    const escapedPath = 'docs/a\\|b\\*c\\_\\[x\\](javascript:y)\\<script\\>alert(1)\\</script\\>\\`\\#.md'
    expect(page).toContain(`### ${escapedPath}`)
    expect(page).not.toMatch(/(?<!\\)<script/)
    const row = page.split('\n').find((l) => l.startsWith('| 1:4 '))!
    expect(cells(row)).toHaveLength(6)
    expect(cells(row)[3]).toBe('**two lines \\| \\*bold\\* \\<b\\>\\]\\]\\>**')
    expect(cells(row)[5]).toBe('message \\| with \\<i\\>html\\</i\\> and a newline')
    const fileRow = page.split('\n').find((l) => l.startsWith(`| ${escapedPath} `))!
    expect(cells(fileRow)).toHaveLength(7)
    expect(page).toContain('| skip\\|me.md | reason \\| \\<script\\> |')
  })

  it('links files and positions through fileHref', () => {
    const page = renderMarkdown(report(), { fileHref: (path, at) => `../${path}${at ? `#L${at.line}` : ''}` })
    expect(page).toContain('### [en/a.md](<../en/a.md>)')
    expect(page).toContain('| [1:4](<../en/a.md#L1>) | warning |')
    expect(renderMarkdown(report(), { fileHref: () => 'javascript:alert(1)' })).not.toContain('javascript:')
  })

  it('says how many files were not detailed', () => {
    const finding = input('x.md', EN, 'en').findings[0]
    const files = [1, 2, 3].map((n) => ({ path: `${n}.md`, language: 'en' as const, words: 100, findings: Array.from({ length: n }, () => finding) }))
    const page = renderMarkdown(report(files, { maxDetailedFiles: 2 }))
    expect(page).toContain('> 1 more file with findings is listed above with its score only: only the 2 worst files are detailed below.')
    expect(page.match(/^### /gm)).toHaveLength(2)
  })

  it('renders an empty audit, with no score (an empty folder, an audit cancelled at once)', () => {
    const page = renderMarkdown(report([]))
    expect(page).not.toMatch(/\d+\/100|reads like a person/)
    expect(page).toContain('**No score: no file was linted.**')
    expect(renderMarkdown(report([]), { locale: 'fr' })).toContain('**Pas de score\u00a0: aucun fichier n’a été analysé.**')
    expect(page).toContain('Nothing was flagged.')
    expect(page).not.toMatch(/NaN|undefined|Infinity/)
  })

  it('speaks French', () => {
    const page = renderMarkdown(report(), { locale: 'fr' })
    expect(page).toContain('## Remarques par principe')
    expect(page).toContain('| F1 mots à la mode et jargon | 6 |')
    expect(page).toContain('**Score de voix humaine\u00a0: 56/100**')
    expect(page).toContain('- Remarques\u00a0: 10 (0 erreur, 10 avertissements, 0 info)')
  })
})
