// The one tally: what a density or ratio rule counts in a block, summed per scope (a paragraph, a
// section or the document) first inside a piece, then over the pieces, and judged once per scope
// by the rule's kind. A session keeps each scope's findings while its counts are the same and
// only moves them when the text before them changes (a keystroke re-judges one scope or two).
import type { Finding } from '../output/finding.js'
import type { Scope } from '../rules/rule-data.js'
import { shiftFindings } from '../output/emit.js'

/** A word or phrase a tally counted, with offsets into its piece (or, summed, the document). */
export interface Counted {
  start: number
  end: number
  quoted: boolean
  heading: boolean
  /** Ratio rules with `opening`: this word opens a paragraph that speaks only of "us" (its count of the numerator). */
  opens?: number
}

/** One rule's counts over a block, over the blocks of one scope in a piece, or over a whole scope. */
export interface Tally {
  rule: number
  scope: Scope
  /** The paragraph (unit) or section counted, from the piece's first; 0 for the document. */
  at: number
  /** Words of prose (density). */
  words: number
  /** Occurrences (density) or numerator words (ratio). */
  count: number
  /** Denominator words (ratio). */
  other: number
  /** Words that make the numerator include the reader (ratio: "let's"). */
  inclusive: number
  /** The `count` matches, in order. Summed over pieces, made when read. */
  matches: readonly Counted[]
}

const SCOPES: Record<Scope, number> = { paragraph: 0, section: 1, document: 2 }

/** A number naming a rule's scope (`at`: its paragraph or section), faster to look up than a string. */
export const scopeKey = (rule: number, scope: Scope, at: number, rules: number): number => (at * rules + rule) * 3 + SCOPES[scope]

export const newTally = (rule: number, scope: Scope, at = 0): Tally => ({ rule, scope, at, words: 0, count: 0, other: 0, inclusive: 0, matches: [] })

/** Sums `from` into `into` (whose matches array is its own). */
export function addTally(into: Tally, from: Tally): void {
  into.words += from.words
  into.count += from.count
  into.other += from.other
  into.inclusive += from.inclusive
  if (from.matches.length) (into.matches as Counted[]).push(...from.matches)
}

/** A piece's tally where the piece stands. */
export interface PlacedTally {
  tally: Tally
  /** Offset and line of the piece's first character. */
  base: number
  line: number
}

interface Judged {
  parts: readonly PlacedTally[]
  findings: Finding[]
}

/** Judges scopes, keeping each one's findings while its tallies are the same ones. */
export class ScopeJudge {
  private readonly last = new WeakMap<Tally, Judged>()

  /** `judge` turns a scope's tally (offsets into the document) into findings. */
  constructor(private readonly judge: (tally: Tally) => Finding[]) {}

  /** The findings of every scope, given the placed tallies that make it up. */
  findings(scopes: Iterable<readonly PlacedTally[]>): Finding[] {
    const found: Finding[] = []
    for (const parts of scopes) {
      const before = this.last.get(parts[0].tally)
      let findings = before && moved(before, parts)
      if (!findings) findings = this.judge(sum(parts))
      this.last.set(parts[0].tally, { parts, findings })
      for (const f of findings) found.push(f)
    }
    return found
  }
}

/** The findings judged before, moved to where the same tallies now stand, if all moved alike. */
function moved(before: Judged, parts: readonly PlacedTally[]): Finding[] | undefined {
  if (before.parts.length !== parts.length) return undefined
  const offset = parts[0].base - before.parts[0].base
  const lines = parts[0].line - before.parts[0].line
  for (let i = 0; i < parts.length; i++) {
    const was = before.parts[i]
    const now = parts[i]
    if (was.tally !== now.tally || now.base - was.base !== offset || now.line - was.line !== lines) return undefined
  }
  return offset === 0 && lines === 0 ? before.findings : shiftFindings(before.findings, offset, lines)
}

/** The scope's tally, its matches in the document's offsets (listed only when a judge reads them). */
function sum(parts: readonly PlacedTally[]): Tally {
  const { rule, scope, at } = parts[0].tally
  const total = { rule, scope, at, words: 0, count: 0, other: 0, inclusive: 0 }
  for (const { tally } of parts) {
    total.words += tally.words
    total.count += tally.count
    total.other += tally.other
    total.inclusive += tally.inclusive
  }
  let matches: Counted[] | undefined
  return {
    ...total,
    get matches() {
      matches ??= parts.flatMap(({ tally, base }) => tally.matches.map((m) => ({ ...m, start: base + m.start, end: base + m.end })))
      return matches
    },
  }
}

