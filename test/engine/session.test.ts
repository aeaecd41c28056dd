import { describe, expect, it } from 'vitest'
import { LintSession, lint } from '../../src/engine/index.js'
import { contextRules } from '../fixtures/rule-set.js'
import { referenceLint } from './reference-lint.js'

const options = { ruleData: contextRules }
const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 7 === 0
      ? `## Section ${i}`
      : i % 5 === 0
        ? 'Il faut booster les ventes de nos magasins pour que nos clients reviennent plus souvent chez nous.'
        : i % 3 === 0
          ? '```\nleverage in code\n```'
          : `We leverage our synergy ${i}. We build. Our team ships. We listen. Our plan is truly, really good.`,
  ).join('\n\n')

describe('a lint session', () => {
  it('finds exactly what a one-shot lint finds, version after version', () => {
    const session = new LintSession(options)
    let text = paragraphs(60)
    expect(session.lint(text)).toEqual(lint(text, options))
    const edits: Array<(t: string) => string> = [
      (t) => t.replace('synergy 31', 'synergy thirty-one, dramatically improves'),
      (t) => `Intro with leverage.\n\n${t}`,
      (t) => t.replace('## Section 14', '<!-- cluetrain-disable buzz -->\n\n## Section 14'),
      (t) => t.replace(/We build\. /g, ''),
      (t) => t.slice(0, Math.floor(t.length / 2)),
    ]
    for (const edit of edits) {
      text = edit(text)
      expect(session.lint(text)).toEqual(lint(text, options))
    }
  })

  it('re-parses and re-checks only the block that changed', () => {
    const session = new LintSession(options)
    const text = paragraphs(80)
    session.lint(text)
    // Identical blocks (the repeated code block) are parsed once.
    expect(session.stats.pieces).toBe(80)
    expect(session.stats.parsed).toBeGreaterThan(40)
    session.lint(text.replace('synergy 41', 'synergy forty-one'))
    expect(session.stats).toMatchObject({ parsed: 1, checked: 1 })
    session.lint(`New first line.\n\n${text.replace('synergy 41', 'synergy forty-one')}`)
    expect(session.stats).toMatchObject({ parsed: 1, checked: 1 })
  })
})

// Blocks that depend on the rest of the document, each with what a piece read alone got wrong.
const dependent: Array<[string, string]> = [
  ['a reference link and a footnote defined further down', 'We leverage [details][x], [x] and [^1].\n\n[x]: https://example.com/leverage\n\n[^1]: A note.'],
  ['a definition in a block quote', '> [X]: /quoted\n\nWe leverage [the details][x].'],
  ['a <pre> block holding blank lines', '<pre>\n\nWe leverage\n\n</pre>\n\nWe leverage.'],
  ['an HTML block of each type that ends at a marker', '<?php\n\nleverage\n\n?>\n\n<!DOCTYPE\n\nleverage\n>\n\n<![CDATA[\n\nleverage\n\n]]>\n\n<script>\n\nleverage()\n\n</script>'],
  ['a line of 300 spaces next to code and a URL', `We leverage.\n\n${' '.repeat(300)}\n\n\`\`\`\nleverage in code\n\`\`\`\n\nhttps://example.com/leverage`],
  ['a fence left open in a list item, then a real one', '- item\n  ```\n  code\n\nWe leverage.\n\n```\nstart\n\nleverage in code\n```\n\nWe leverage after.'],
  ['front matter closed by the first "---" line, not "----"', '---\ntitle: x\n----\n\nWe leverage in front matter.\n\n---\n\nWe leverage.'],
  ['a line of no-break spaces, which does not end a paragraph', 'We truly leverage really amazing synergies, very truly\n\u00a0\nreally very truly incredibly good, really.'],
  ['a first line "---" that nothing closes, then lists', '---\nWe leverage.\n\n- we leverage [x]\n\n> we leverage\n\n[x]: /x'],
]

describe('a lint session on blocks that depend on the rest of the document', () => {
  it.each(dependent)('finds what a lint of the whole document finds: %s', (_, text) => {
    const whole = referenceLint(text)
    expect(new LintSession().lint(text)).toEqual(whole)
    expect(lint(text)).toEqual(whole)
  })

  it('reads lists and block quotes after a first line "---" that nothing closes', () => {
    // remark-frontmatter, given such a line, reads them all as paragraphs: not quoted words.
    const findings = lint('---\nWe leverage.\n\n> We leverage it.\n\n- > We leverage it.').findings
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'info', 'info'])
  })

  it('reads a block indented by 256 columns as plain text, alone in its piece whatever the piece size', () => {
    const text = `We leverage.\n\n- a\n${' '.repeat(258)}- we leverage\n\n\`\`\`\nleverage in code\n\`\`\``
    const findings = lint(text, { language: 'en' }).findings.map((f) => `${f.ruleId} ${f.offset}`)
    expect(findings).toEqual(['buzzwords 3', `buzzwords ${text.indexOf('we leverage') + 3}`])
    for (const pieceSize of [0, 20, 1000]) expect(new LintSession({ language: 'en' }, pieceSize).lint(text).findings.map((f) => `${f.ruleId} ${f.offset}`)).toEqual(findings)
  })

  it('joins a piece left inside a block with the blocks up to its end, the same whatever the piece size', () => {
    // The cutter takes the list item's fence for one at the top level, and the real one after it
    // for its end: the real fence, never closed, holds the rest. The piece it is joined into runs
    // from the list on (no cut before the fence is sure), and holds a line indented by 256 columns
    // that the line reader does not see inside a fence: that piece is read as plain text.
    const text = `<pre>\n\nWe leverage\n\n</pre>\n\n- item\n  \`\`\`\n  leverage\n\nWe leverage\n\n\`\`\`\nan unclosed fence we leverage\n\nmore\n\n${' '.repeat(256)}leverage`
    const findings = lint(text).findings.map((f) => `${f.ruleId} ${f.offset}`)
    expect(findings).toEqual(['buzzwords 43', 'buzzwords 56', 'buzzwords 91', 'buzzwords 363'])
    for (const pieceSize of [20, 29, 100, 16_000]) expect(new LintSession({}, pieceSize).lint(text).findings.map((f) => `${f.ruleId} ${f.offset}`)).toEqual(findings)
  })

  it('parses again only what an edit changes, definitions and open blocks included', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} where we leverage [the report][r${i % 3}].`)
    const text = `${paragraphs.join('\n\n')}\n\n[r0]: /a\n\n[r1]: /b\n\n\`\`\`\nunclosed`
    const session = new LintSession()
    session.lint(text)
    const edited = text.replace('Paragraph 7 ', 'Paragraph seven ')
    session.lint(edited)
    expect(session.stats).toMatchObject({ parsed: 1, checked: 1 })
    // A new definition: it is parsed, and so are the 13 paragraphs that refer to it.
    session.lint(edited.replace('[r1]: /b', '[r1]: /b\n\n[r2]: /c'))
    expect(session.stats.parsed).toBe(1 + 13)
  })
})
