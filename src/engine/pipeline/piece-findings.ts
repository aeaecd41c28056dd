// What one piece of a document found, placed in the piece itself (offsets from its start, lines
// from its first line), so that a session keeps it while the piece is unchanged and moves it when
// text before the piece changes. What density and ratio rules count is handed on as tallies, one
// per rule and scope the piece's blocks reach: the session sums and judges them (pipeline/tally.ts).
import type { Drafter } from '../output/emit.js'
import type { Finding } from '../output/finding.js'
import { pointIn } from '../output/lines.js'
import type { ParsedDocument } from '../parse/parse.js'
import { addTally, newTally, scopeKey, type Tally } from './tally.js'
import type { CompiledRules } from '../rules/rules.js'
import type { Language } from '../rules/rule-data.js'
import type { Hit } from '../kinds/kind.js'
import { checkUnit, type UnitResult } from './unit-check.js'
import { withStandingFixes, type SentenceLint } from '../fix/standing-fixes.js'

export interface PieceFindings {
  /** The language each unit was checked in. */
  languages: readonly Language[]
  words: number
  /** Placed in the piece (line 1 is its first line), in the order a lint reports them. */
  findings: Finding[]
  /** Counts of the rules judged over a scope, per rule and scope, in the order met. */
  tallies: Tally[]
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
export function findPieceFindings(piece: CheckedPiece, languages: readonly Language[], compiled: CompiledRules, drafter: Drafter, onCheck: () => void, lintSentence?: SentenceLint): PieceFindings {
  const hits: Hit[] = []
  const tallies = new Map<number, Tally>()
  let words = 0
  piece.units.forEach((unit, i) => {
    const language = languages[i]
    let result = piece.results[i]
    if (!result || result.language !== language) {
      result = checkUnit(unit, piece.text, piece.masks, piece.links, language, compiled)
      piece.results[i] = result
      onCheck()
    }
    words += result.words
    const unitHits = lintSentence && result.hits.some((h) => h.fix) ? withStandingFixes(result.hits, piece.text, language, compiled, lintSentence) : result.hits
    for (const hit of unitHits) hits.push(hit)
    for (const tally of result.tallies) {
      // A paragraph is a scope of its own: with nothing counted in it, it has nothing to judge.
      if (tally.scope === 'paragraph' && !tally.count) continue
      const at = tally.scope === 'paragraph' ? i : tally.scope === 'section' ? unit.section : 0
      const key = scopeKey(tally.rule, tally.scope, at, compiled.rules.length)
      let sum = tallies.get(key)
      if (!sum) tallies.set(key, (sum = newTally(tally.rule, tally.scope, at)))
      addTally(sum, tally)
    }
  })
  const findings = drafter.findings(hits, piece.text, (offset) => pointIn(piece.lineStarts, offset)).sort(compareFindings)
  return { languages, words, findings, tallies: [...tallies.values()] }
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
