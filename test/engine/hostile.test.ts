// Pathological input finishes and does not throw (each test has a time limit of its own).
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/engine/index.js'

const cases: Array<[string, string]> = [
  ['5,000 nested block quotes', `${'>'.repeat(5000)} We leverage synergies.`],
  ['10,000 open brackets', `${'['.repeat(10_000)} leverage`],
  ['a 200,000-character word', `We ${'x'.repeat(200_000)} leverage it.`],
  ['50,000 emphasis markers', `${'*'.repeat(50_000)} leverage`],
  ['2,000 levels of nested lists', Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- leverage`).join('\n')],
  ['100,000 exclamation marks', `WOW${'!'.repeat(100_000)}`],
  ['a 1 MB line of words', 'leverage synergy '.repeat(60_000)],
  ['NUL and control characters', 'We leverage\u0000 syn\u0001ergies\u0007 today.'],
  ['lone surrogates', 'We leverage \ud800 synergies \udfff.'],
]

describe('pathological Markdown', () => {
  it.each(cases)('%s', (_, text) => {
    for (const format of ['markdown', 'text'] as const) {
      const { findings } = lint(text, { format })
      for (const f of findings) expect(text.slice(f.offset, f.endOffset)).toBe(f.actual)
    }
  }, 60_000)
})
