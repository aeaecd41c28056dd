// Ratio and density rules judged over a section or the whole document: each piece counts its part
// (see piece-findings.ts), and a lint adds the parts up, piece by piece, and places the findings.
import type { Drafter } from '../output/emit.js'
import type { Finding } from '../output/finding.js'
import { judgeScope } from '../kinds/measures.js'
import type { ScopedTally } from './piece-findings.js'
import type { CompiledRules } from '../rules/rules.js'
import type { Language } from '../rules/rule-data.js'

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
    for (const [rule, byScope] of this.byRule) {
      const data = compiled.rules[rule].data
      for (const scope of byScope.values()) {
        // The pieces' matches, in the document's offsets.
        const matches = () => scope.parts.flatMap(({ base, tally }) => tally.parts.flatMap((p) => p.matches.map((m) => ({ ...m, start: base + m.start, end: base + m.end }))))
        for (const { at, extra } of judgeScope(data, scope, matches)) {
          const finding = say(rule, at.start, at.end, data.language, extra)
          if (finding) found.push(finding)
        }
      }
    }
    return found
  }
}
