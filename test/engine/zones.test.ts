import { describe, expect, it } from 'vitest'
import { actuals, check } from '../helpers.js'

const en = { language: 'en' } as const

describe('never-lint zones', () => {
  it('skips fenced and indented code, inline code and HTML', () => {
    const text = ['```', 'leverage', '```', '', '    leverage in code', '', 'Use `leverage` or <b>leverage</b>.', '', '<div>leverage</div>'].join('\n')
    // <b>…</b> is inline HTML around a text node: the word between the tags is prose.
    expect(actuals(text, en)).toEqual(['leverage'])
  })

  it('skips URLs, autolinks and e-mail addresses, but not link text', () => {
    const text = 'See https://example.com/leverage, <https://leverage.io>, www.leverage.com, leverage@example.com and [leverage](https://x.io).'
    expect(check(text, en)).toEqual(['1:102-1:110 buzz “leverage”'])
  })

  it('skips front-matter keys and other values, lints title and description', () => {
    const text = '---\nleverage: leverage\ntitle: "We leverage"\ndescription: >-\n  Best-in-class\n  synergy\ntags: [leverage]\n---\nHello.'
    expect(check(text, en)).toEqual(['3:12-3:20 buzz “leverage”', '5:3-5:16 buzz “Best-in-class”', '6:3-6:10 buzz “synergy”'])
  })

  it('lints headings, list items, block quotes and table cells', () => {
    const text = '# Leverage\n\n- leverage\n\n> leverage\n\n| a | b |\n|---|---|\n| leverage | x |\n'
    expect(actuals(text, en)).toEqual(['Leverage', 'leverage', 'leverage', 'leverage'])
  })

  it('keeps ranges exact after escapes, entities, emphasis and CRLF line ends', () => {
    const text = 'A \\*note\\* &amp; we **leverage** it.\r\nAnd caf&eacute; *synergy*.\r\n'
    expect(check(text, en)).toEqual(['1:23-1:31 buzz “leverage”', '2:18-2:25 buzz “synergy”'])
  })

  it('treats every line of plain text as prose, code-like or not', () => {
    expect(check('`leverage`\n\n# leverage', { ...en, format: 'text' })).toEqual(['1:2-1:10 buzz “leverage”', '3:3-3:11 buzz “leverage”'])
  })

  it('counts offsets in UTF-16 code units, as editors do', () => {
    expect(check('😀 🇫🇷 leverage', en)).toEqual(['1:9-1:17 buzz “leverage”'])
  })
})

describe('messages', () => {
  it('quote a phrase that spans lines on one line, while actual keeps the text', async () => {
    const { lint } = await import('../../src/engine/index.js')
    const { testRules } = await import('../fixtures/rule-set.js')
    const [f] = lint('A best in\nclass team.', { ruleData: testRules, language: 'en' }).findings
    expect(f.actual).toBe('best in\nclass')
    expect(f.message.startsWith('“best in class” is jargon')).toBe(true)
  })
})

describe('long documents', () => {
  it('are parsed in pieces that give the same findings as one piece', async () => {
    const { markdownPieces } = await import('../../src/engine/cut/pieces.js')
    const { lint, LintSession } = await import('../../src/engine/index.js')
    const { testRules } = await import('../fixtures/rule-set.js')
    const block = [
      '# Leverage',
      'We leverage it.\n\n- a list item\n\n  a continuation with leverage',
      '```\nleverage\n\nleverage in code\n```',
      '<!--\n\nleverage in a comment\n\n-->',
      '> quoted leverage\n>\n> more',
      '    indented code leverage',
    ].join('\n\n')
    const text = `---\ntitle: leverage\n---\n\n${Array.from({ length: 400 }, () => block).join('\n\n')}`
    const cuts = markdownPieces(text)
    expect(cuts.length).toBeGreaterThan(3)
    for (const cut of cuts.slice(1)) expect(text[cut - 1]).toBe('\n')
    const options = { ruleData: testRules, language: 'en' } as const
    const pieces = lint(text, options).findings.map((f) => `${f.offset}:${f.actual}`)
    expect(pieces.length).toBe(1 + 400 * 4)
    // One piece (a threshold larger than the text) against the default pieces.
    expect(markdownPieces(text, text.length + 1)).toEqual([0])
    expect(new LintSession(options, text.length + 1).lint(text).findings.map((f) => `${f.offset}:${f.actual}`)).toEqual(pieces)
  }, 60_000)
})
