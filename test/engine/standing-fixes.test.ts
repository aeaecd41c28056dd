// No fix may create a finding (issue #15): each fix is re-linted in its sentence. A paragraph with
// no full stop is one sentence; re-linting all of it for each of its fixes was quadratic
// ("synergy " × 800 took 12 s). The work is counted here, never timed.
import { describe, expect, it } from 'vitest'
import type { Hit } from '../../src/engine/kinds/kind.js'
import { withStandingFixes } from '../../src/engine/fix/standing-fixes.js'
import type { CompiledRules } from '../../src/engine/rules/rules.js'

describe('withStandingFixes', () => {
  it('reads a bounded stretch around each fix, however long its sentence', () => {
    for (const words of [1_000, 8_000]) {
      const text = 'synergy '.repeat(words)
      const hits: Hit[] = Array.from({ length: words }, (_, k) => ({
        rule: 0,
        start: k * 8,
        end: k * 8 + 7,
        quoted: false,
        fix: { start: k * 8, end: k * 8 + 7, text: `teamwork${k}`, sentenceStart: 0, sentenceEnd: text.length },
      }))
      let read = 0
      const kept = withStandingFixes(hits, text, 'en', {} as CompiledRules, (sentence) => {
        read += sentence.length
        return []
      })
      expect(kept.every((h) => h.fix)).toBe(true)
      // Two lints (before and after) of at most 2 × 400 characters and the replacement, per fix.
      expect(read / words).toBeLessThan(2 * (2 * 400 + 20))
    }
  })
})
