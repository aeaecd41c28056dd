import { describe, expect, it } from 'vitest'
import { DOCS_URL } from '../../src/engine/index.js'
import { isCluetrainReport, renderHtml, ReportBuilder, type AuditReport, type ReportFileInput } from '../../src/report/index.js'
import { EN, input, sampleFiles, withActual } from './fixtures.js'

const HOSTILE_PATH = `docs/<script>alert(1)</script>"quote's]]>.md`
const HOSTILE_TEXT = `<img src=x onerror=alert(1)>]]>"'`
const NONCE = 'bm9uY2UtZm9yLXRlc3Rz'

function report(files: ReportFileInput[] = sampleFiles(), options: ConstructorParameters<typeof ReportBuilder>[0] = {}): AuditReport {
  const builder = new ReportBuilder({ generated: new Date('2025-03-04T05:06:07Z'), ...options })
  for (const file of files) builder.add(file)
  return builder.finish()
}

function hostileReport(): AuditReport {
  const [finding] = input('x.md', EN, 'en').findings
  const builder = new ReportBuilder({ title: '<b>Title</b>' })
  builder.add({ path: HOSTILE_PATH, language: 'en', words: 10, findings: [withActual(finding, HOSTILE_TEXT, `message </td></table><script>alert(2)</script>`)] })
  builder.skip('<svg onload=alert(3)>.md', 'reason <script>alert(4)</script>')
  return builder.finish()
}

/** Every src= and href= value in the page. */
function links(html: string): Array<{ attribute: string; value: string }> {
  return [...html.matchAll(/\s(src|href)="([^"]*)"/g)].map((m) => ({ attribute: m[1], value: m[2] }))
}

function svg(html: string, id: string): string {
  const match = html.match(new RegExp(`<svg class="chart" id="${id}"[\\s\\S]*?</svg>`))
  expect(match, id).not.toBeNull()
  return match![0]
}

function bars(chart: string): Array<{ width: number; value: number }> {
  return [...chart.matchAll(/<rect class="bar[^"]*"[^>]*\swidth="([\d.]+)"[^>]*data-value="(\d+)"/g)].map((m) => ({ width: Number(m[1]), value: Number(m[2]) }))
}

describe('renderHtml, standalone', () => {
  const html = renderHtml(report())

  it('is one offline page: a CSP that forbids loading, nothing remote but rule links, no script', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(isCluetrainReport(html), 'marked as a report Cluetrain wrote, never linted').toBe(true)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|@font-face/i)
    const ruleUrls = new Set(report().files.flatMap((f) => f.findings ?? []).map((f) => f.url))
    const found = links(html)
    expect(found.some((l) => l.value.startsWith(`${DOCS_URL}#buzzwords`))).toBe(true)
    for (const { attribute, value } of found) {
      expect(attribute).toBe('href')
      if (/^https?:/i.test(value)) expect(value.startsWith(`${DOCS_URL}#`) || ruleUrls.has(value), value).toBe(true)
      else expect(value, 'in-page anchors only, without fileHref').toMatch(/^#file-\d+$/)
    }
  })

  it('links each finding to its rule’s explanation', () => {
    for (const rule of ['buzzwords', 'hype', 'cliches', 'anglicisms']) expect(html).toContain(`<a href="${DOCS_URL}#${rule}" class="rule" rel="noreferrer">${rule}</a>`)
  })

  it('shows the overall score and the per-file scores worst first', () => {
    expect(html).toContain('<span class="score-value poor" id="overall-score">56</span>')
    const table = html.slice(html.indexOf('id="files-heading"'), html.indexOf('id="details-heading"'))
    const order = [...table.matchAll(/<th scope="row">(?:<a[^>]*>)?<span class="path">([^<]+)<\/span>|<th scope="row"><a class="path" href="#file-\d+">([^<]+)<\/a>/g)].map((m) => m[1] ?? m[2])
    expect(order).toEqual(['en/a.md', 'en/c.md', 'fr/b.md', 'en/d.md'])
    const scores = [...table.matchAll(/<span class="chip \w+">(\d+)<\/span>/g)].map((m) => Number(m[1]))
    expect(scores).toEqual([20, 40, 40, 100])
  })

  it('draws the family chart as inline SVG: 12 labelled bars, widths proportional to the counts', () => {
    const chart = svg(html, 'chart-family')
    expect(chart).toMatch(/role="img" aria-labelledby="chart-family-title chart-family-desc"/)
    expect(chart).toContain('<title id="chart-family-title">Findings per principle</title>')
    expect(chart).toMatch(/<desc id="chart-family-desc">[^<]*F1 buzzwords and jargon: 6; F2 hype and self-praise: 1;/)
    const drawn = bars(chart)
    expect(drawn.map((b) => b.value)).toEqual([6, 1, 0, 0, 0, 0, 0, 0, 0, 1, 2, 0])
    const full = drawn[0].width
    expect(full).toBeGreaterThan(200)
    for (const bar of drawn) expect(bar.width).toBeCloseTo((bar.value / 6) * full, 1)
    const labels = [...chart.matchAll(/<text class="label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    expect(labels).toHaveLength(12)
    expect(labels[0]).toBe('F1 buzzwords and jargon')
    expect(labels[11]).toBe('F12 shouting')
    const values = [...chart.matchAll(/<text class="value"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    expect(values).toEqual(['6', '1', '0', '0', '0', '0', '0', '0', '0', '1', '2', '0'])
  })

  it('draws the language chart and gives both charts’ numbers in tables with header scopes', () => {
    const drawn = bars(svg(html, 'chart-language'))
    expect(drawn.map((b) => b.value)).toEqual([7, 3])
    expect(drawn[1].width).toBeCloseTo((3 / 7) * drawn[0].width, 1)
    expect(html).toContain('<tr><th scope="row">F1 buzzwords and jargon</th><td class="num">6</td><td class="num">0</td><td class="num">6</td><td class="num">0</td></tr>')
    expect(html).toContain('<tr><th scope="row">French</th><td class="num">3</td><td class="num">1</td><td class="num">14</td></tr>')
    expect(html.match(/<details>/g)).toHaveLength(2)
    expect(html).not.toMatch(/<th>/)
  })

  it('lists the repeated phrases with count, files, suggestions and rule link', () => {
    const section = html.slice(html.indexOf('id="repeated-heading"'), html.indexOf('id="files-heading"'))
    expect(section).toContain(
      `<tr><th scope="row"><span class="flagged" lang="en">leverage</span></th><td><a href="${DOCS_URL}#buzzwords" class="rule" rel="noreferrer">buzzwords</a></td><td class="num">4</td><td class="num">2</td><td class="suggestions"><span lang="en">“use”, “build on”</span></td></tr>`,
    )
  })

  it('lists each finding: position, severity, rule link, flagged text, suggestions, message', () => {
    const section = html.slice(html.indexOf('id="file-1"'), html.indexOf('id="file-2"'))
    expect(section).toContain('<span class="path">en/a.md</span>')
    expect(section).toContain(
      `<tr><td><span class="pos">1:4</span></td><td><span class="sev sev-warning">warning</span></td><td><a href="${DOCS_URL}#buzzwords" class="rule" rel="noreferrer">buzzwords</a></td><td><span class="flagged" lang="en">leverage</span></td><td class="suggestions"><span lang="en">“use”, “build on”</span></td><td class="message">“leverage” is corporate jargon (F1 buzzwords and jargon, theses 11, 14, 15, 16, 68). Try “use” or “build on”.</td></tr>`,
    )
    expect(section.match(/<tr><td>/g)).toHaveLength(4)
    // A clean file has no section.
    expect(html).not.toContain('id="file-4"')
  })

  it('follows light and dark colour schemes', () => {
    expect(html).toContain('@media (prefers-color-scheme: dark)')
    expect(html).toContain('<meta name="color-scheme" content="light dark">')
    expect(html).not.toContain('--vscode-')
    // Colours come from classes: a style attribute would break the webview's CSP.
    expect(html).not.toMatch(/\sstyle=/)
  })

  it('links files and positions through fileHref, and refuses script URLs', () => {
    const linked = renderHtml(report(), { fileHref: (path, at) => `../${path}${at ? `#L${at.line}` : ''}` })
    expect(linked).toContain('<a href="../en/a.md#L1" class="open" aria-label="Open en/a.md at line 1, column 4"><span class="pos">1:4</span></a>')
    expect(linked).toContain('<a href="../en/d.md" class="open" aria-label="Open en/d.md"><span class="path">en/d.md</span></a>')
    const hostile = renderHtml(report(), { fileHref: () => 'javascript:alert(1)' })
    expect(hostile).not.toContain('javascript:')
  })

  it('escapes every piece of user content', () => {
    const page = renderHtml(hostileReport())
    expect(page).not.toMatch(/<script|<img|<svg onload|<b>Title/i)
    expect(page).toContain('docs/&lt;script&gt;alert(1)&lt;/script&gt;&quot;quote&#39;s]]&gt;.md')
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;]]&gt;&quot;&#39;')
    expect(page).toContain('message &lt;/td&gt;&lt;/table&gt;&lt;script&gt;alert(2)&lt;/script&gt;')
    expect(page).toContain('reason &lt;script&gt;alert(4)&lt;/script&gt;')
    expect(page).toContain('<title>&lt;b&gt;Title&lt;/b&gt;</title>')
    // Tables stay whole: as many row openings as closings.
    expect(page.match(/<tr>/g)?.length).toBe(page.match(/<\/tr>/g)?.length)
  })

  it('says how many files were not detailed', () => {
    const finding = input('x.md', EN, 'en').findings[0]
    const files = [1, 2, 3, 4].map((n) => ({ path: `${n}.md`, language: 'en' as const, words: 100, findings: Array.from({ length: n }, () => finding) }))
    const page = renderHtml(report(files, { maxDetailedFiles: 1 }))
    expect(page).toContain('3 more files with findings are listed above with their scores only: only the worst file is detailed below.')
    expect(page.match(/<section class="file"/g)).toHaveLength(1)
    expect(page).toContain('<a class="path" href="#file-1">4.md</a>')
  })

  it('renders an empty audit, with no score (an empty folder, an audit cancelled at once)', () => {
    const page = renderHtml(report([]))
    expect(page).not.toMatch(/overall-score|class="meter"|reads like a person/)
    expect(page).toContain('<p class="band" id="no-score">No score: no file was linted.</p>')
    expect(bars(svg(page, 'chart-family')).every((b) => b.width === 0)).toBe(true)
    expect(page).toContain('No corporate-speak found.')
    expect(page).not.toMatch(/NaN|undefined|Infinity/)
  })

  it('speaks French', () => {
    const page = renderHtml(report(), { locale: 'fr' })
    expect(page).toContain('<html lang="fr">')
    expect(page).toContain('<h2 id="family-heading">Remarques par principe</h2>')
    expect(page).toContain('<text class="label" x="0" y="16" dominant-baseline="central">F1 mots à la mode et jargon</text>')
    expect(page).toContain('<span class="sev sev-warning">avertissement</span>')
    expect(page).toContain('Généré le 4 mars 2025 à 05:06 UTC')
    expect(renderHtml(report())).toContain('Generated on 4 March 2025 at 05:06 UTC')
  })
})

describe('renderHtml, webview', () => {
  const cspSource = 'https://file+.vscode-resource.vscode-cdn.net'
  const html = renderHtml(report(), { target: 'webview', nonce: NONCE, cspSource })

  it('needs a nonce', () => {
    expect(() => renderHtml(report(), { target: 'webview' })).toThrow(/nonce/)
    expect(() => renderHtml(report(), { target: 'webview', nonce: `x" onload="alert(1)` })).toThrow(/nonce/)
    expect(() => renderHtml(report(), { target: 'webview', nonce: NONCE, cspSource: "x; script-src 'unsafe-inline'" })).toThrow(/cspSource/)
    expect(() => renderHtml(report(), { target: 'webview', nonce: NONCE, cspSource: "'self' 'unsafe-inline'" })).toThrow(/cspSource/)
    // code-server's webviews give their origin and 'self'.
    expect(renderHtml(report(), { target: 'webview', nonce: NONCE, cspSource: "'self' https://*.vscode-cdn.net" })).toContain(`style-src 'self' https://*.vscode-cdn.net 'nonce-${NONCE}'`)
  })

  it('has a nonce CSP, a nonce on its one style and its one script', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'">`)
    expect(html.match(/<style[^>]*>/g)).toEqual([`<style nonce="${NONCE}">`])
    expect(html.match(/<script[^>]*>/g)).toEqual([`<script nonce="${NONCE}">`])
    expect(html).not.toMatch(/\sstyle=|\son\w+=/)
  })

  it('maps its colours to the VS Code theme, with fallbacks', () => {
    expect(html).toContain('--fg: var(--vscode-editor-foreground, var(--c-fg));')
    expect(html).toContain('--bg: var(--vscode-editor-background, var(--c-bg));')
    expect(html).toContain('--link: var(--vscode-textLink-foreground, var(--c-link));')
    expect(html).toContain('--bad: var(--vscode-charts-red, var(--c-bad));')
  })

  it('makes each position a keyboard-reachable link carrying the range', () => {
    const finding = report().files[0].findings![1]
    expect(finding.actual).toBe('synergies')
    expect(html).toContain(
      `<a href="#" class="open" data-path="en/a.md" data-line="${finding.line}" data-column="${finding.column}" data-end-line="${finding.endLine}" data-end-column="${finding.endColumn}" aria-label="Open en/a.md at line 1, column 13"><span class="pos">1:13</span></a>`,
    )
    expect(html).toContain("vscode.postMessage({ type: 'open', path: d.path, line: Number(d.line), column: Number(d.column), endLine: Number(d.endLine), endColumn: Number(d.endColumn) })")
    expect(html).toContain("closest('a[data-path]')")
    expect(html).toContain('acquireVsCodeApi()')
  })

  it('escapes hostile paths in data attributes', () => {
    const page = renderHtml(hostileReport(), { target: 'webview', nonce: NONCE })
    expect(page).toContain('data-path="docs/&lt;script&gt;alert(1)&lt;/script&gt;&quot;quote&#39;s]]&gt;.md"')
    expect(page.match(/<script/g)).toHaveLength(1)
  })
})
