// Ratio and density rules judged over a section or the whole document: each piece counts its part
// (see piece-findings.ts), and a lint adds the parts up, piece by piece, and places the findings.
import type { Drafter } from './emit.js'
import type { Finding } from './finding.js'
import { ratioValues, tooDense } from './measures.js'
import type { Counted, ScopedTally } from './piece-findings.js'
import type { CompiledRules } from './rules.js'
import type { Language } from './rule-data.js'

type Say = (rule: number, start: number, end: number, language: Language, extra: Parameters<Drafter['draft']>[3]) => Finding | undefined

interface Scope {
  words: number
  other: number
  count: number
  /** Where the pieces' counts are, for those that counted something. */
  parts: Array<{ base: number; tally: ScopedTally }>
}

/** Counts of ratio and density rules judged over a section or the whole document. */
export class ScopeTallies {
  private readonly byRule = new Map<number, Map<number, Scope>>()

  /** `scope`: the section, or -1 for the whole document. */
  add(tally: ScopedTally, base: number, scope: number): void {
    let byScope = this.byRule.get(tally.rule)
    if (!byScope) this.byRule.set(tally.rule, (byScope = new Map()))
    let counts = byScope.get(scope)
    if (!counts) byScope.set(scope, (counts = { words: 0, other: 0, count: 0, parts: [] }))
    counts.words += tally.words
    counts.other += tally.other
    counts.count += tally.count
    if (tally.count) counts.parts.push({ base, tally })
  }

  findings(compiled: CompiledRules, say: Say): Finding[] {
    const found: Finding[] = []
    const emit = (rule: number, base: number, m: Counted, extra: Parameters<Drafter['draft']>[3]) => {
      const finding = say(rule, base + m.start, base + m.end, compiled.rules[rule].data.language, extra)
      if (finding) found.push(finding)
    }
    for (const [rule, byScope] of this.byRule) {
      const data = compiled.rules[rule].data
      for (const scope of byScope.values()) {
        if (data.kind === 'ratio') {
          const values = ratioValues(data, scope.count, scope.other)
          if (!values) continue
          // On the first numerator word outside headings, else on the first.
          const where = scope.parts.find(({ tally }) => tally.parts.some((p) => !p.heading)) ?? scope.parts[0]
          const part = where.tally.parts.find((p) => !p.heading) ?? where.tally.parts[0]
          emit(rule, where.base, part.matches[0], { values })
        } else if (data.kind === 'density' && tooDense(data, scope.count, scope.words)) {
          for (const { base, tally } of scope.parts) {
            for (const part of tally.parts) for (const m of part.matches) emit(rule, base, m, { values: { count: scope.count, words: scope.words }, quoted: m.quoted })
          }
        }
      }
    }
    return found
  }
}
