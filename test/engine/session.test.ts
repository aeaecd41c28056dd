import { describe, expect, it } from 'vitest'
import { LintSession, lint } from '../../src/engine/index.js'
import { contextRules } from '../fixtures/rule-set.js'

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
