// What one piece of a document found, placed in the piece itself (offsets from its start, lines
// from its first line), so that a session keeps it while the piece is unchanged and moves it when
// text before the piece changes. Measures judged per paragraph are settled here; those judged over
// a section or the whole document are handed on as counts (see ScopeTallies).
import type { Drafter, Draft } from '../output/emit.js'
import { placeDraft } from '../output/emit.js'
import type { Finding } from '../output/finding.js'
import { pointIn } from '../output/lines.js'
import { judgeScope } from '../kinds/measures.js'
import type { ParsedDocument } from '../parse/parse.js'
import type { CompiledRules } from '../rules/rules.js'
import type { Language } from '../rules/rule-data.js'
import { checkUnit, type UnitResult } from './unit-check.js'

/** A stretch of text a measure counted, with offsets into its piece. */
export interface Counted {
  start: number
  end: number
  quoted?: boolean
  heading?: boolean
}

/** One unit's counts for one ratio or density rule. */
interface UnitTally {
  rule: number
  /** Words of the unit (density rules). */
  words: number
  /** Numerator words (ratio) or occurrences (density), in order. */
  matches: Counted[]
  /** Denominator words (ratio). */
  other: number
  /** The unit is a heading: a ratio finding goes on prose if it can. */
  heading: boolean
}

/** A piece's counts for one ratio or density rule judged over a section or the document. */
export interface ScopedTally {
  rule: number
  /** Headings before it in the piece (its section, counted from the piece's first), or -1 for the document. */
  section: number
  words: number
  other: number
  /** Numerator words or occurrences, in all. */
  count: number
  /** The units' numerator words or occurrences, for the units that have some. */
  parts: Array<{ heading: boolean; matches: Counted[] }>
}

export interface PieceFindings {
  /** The language each unit was checked in. */
  languages: readonly Language[]
  words: number
  /** Placed in the piece (line 1 is its first line), in the order a lint reports them. */
  findings: Finding[]
  /** Counts for measures judged over a section or the document, in the order met. */
  scoped: ScopedTally[]
}

export interface CheckedPiece extends ParsedDocument {
  text: string
  /** lineStarts(text). */
  lineStarts: number[]
  /** The last result of each unit, in the language it was checked in. */
  results: Array<UnitResult | undefined>
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
}

/** Checks the units whose language changed (`onCheck` counts them) and gathers what all found. */
export function findPieceFindings(piece: CheckedPiece, languages: readonly Language[], compiled: CompiledRules, drafter: Drafter, onCheck: () => void): PieceFindings {
  const drafts: Array<{ start: number; end: number; draft: Draft }> = []
  const measured: Array<{ start: number; end: number; draft: Draft }> = []
  const scoped = new Map<string, ScopedTally>()
  let words = 0
  piece.units.forEach((unit, i) => {
    const language = languages[i]
    let result = piece.results[i]
    if (!result || result.language !== language) {
      result = checkUnit(unit, piece.text, piece.masks, piece.links, language, compiled, drafter)
      piece.results[i] = result
      onCheck()
    }
    words += result.words
    for (const f of result.findings) drafts.push(f)
    for (const tally of unitTallies(result, unit.heading, compiled)) {
      const data = compiled.rules[tally.rule].data
      if (data.scope === 'section' || data.scope === 'document') {
        const section = data.scope === 'document' ? -1 : unit.section
        const key = `${tally.rule} ${section}`
        let counts = scoped.get(key)
        if (!counts) scoped.set(key, (counts = { rule: tally.rule, section, words: 0, other: 0, count: 0, parts: [] }))
        counts.words += tally.words
        counts.other += tally.other
        counts.count += tally.matches.length
        if (tally.matches.length) counts.parts.push({ heading: tally.heading, matches: tally.matches })
        continue
      }
      // A paragraph's measure needs nothing from elsewhere.
      for (const { at, extra } of judgeScope(data, { count: tally.matches.length, other: tally.other, words: tally.words }, () => tally.matches)) {
        const draft = drafter.draft(tally.rule, piece.text.slice(at.start, at.end), data.language, extra)
        if (draft) measured.push({ start: at.start, end: at.end, draft })
      }
    }
  })
  const place = (offset: number) => pointIn(piece.lineStarts, offset)
  // Measures come after the units' own findings, as in a whole-document lint: a stable sort
  // keeps that order between findings at the same place.
  const findings = [...drafts, ...measured].map(({ start, end, draft }) => placeDraft(draft, start, end, place)).sort(compareFindings)
  return { languages, words, findings, scoped: [...scoped.values()] }
}

/** A unit's counts per ratio and density rule, in the order a whole-document tally met them. */
function unitTallies(result: UnitResult, heading: boolean, compiled: CompiledRules): UnitTally[] {
  const byRule = new Map<number, UnitTally>()
  const tally = (rule: number) => {
    let counts = byRule.get(rule)
    if (!counts) byRule.set(rule, (counts = { rule, words: 0, matches: [], other: 0, heading }))
    return counts
  }
  for (const d of result.density) tally(d.rule).matches.push({ start: d.start, end: d.end, quoted: d.quoted })
  for (const r of result.ratio) {
    const counts = tally(r.rule)
    if (r.numerator) counts.matches.push({ start: r.start, end: r.end, heading: r.heading })
    else counts.other++
  }
  for (const index of compiled.byLanguage[result.language].measures) {
    if (compiled.rules[index].data.kind === 'density') tally(index).words += result.words
  }
  return [...byRule.values()]
}

/** Sorted lists, one after the other in the text, merged with sorted extras that go after equals. */
export function mergeSorted(lists: readonly Finding[][], extras: readonly Finding[]): Finding[] {
  const merged: Finding[] = []
  let next = 0
  for (const list of lists) {
    for (const finding of list) {
      while (next < extras.length && compareFindings(extras[next], finding) < 0) merged.push(extras[next++])
      merged.push(finding)
    }
  }
  while (next < extras.length) merged.push(extras[next++])
  return merged
}
