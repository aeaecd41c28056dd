// The audit report's shapes: plain JSON (no Map, no class instances), so a report can cross a
// worker or webview boundary as it is. Built by model.ts, rendered by html.ts and markdown.ts.
import type { FamilyData, Finding, Language, Localised, ScoreLine, Severity } from '../engine/index.js'

export interface ReportFileInput {
  /** Display path, forward slashes. */
  path: string
  language: Language
  /** Words of prose read (LintResult.words): the file's score is measured against them. */
  words: number
  findings: readonly Finding[]
}

export interface SeverityCounts {
  error: number
  warning: number
  info: number
}

/** What a report shows of a finding: no offsets, theses or text around it. */
export interface FindingRecord {
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: Severity
  ruleId: string
  /** Family id, F1…F12. */
  family: string
  language: Language
  actual: string
  expected: string[]
  message: string
  url: string
}

export interface FileEntry {
  path: string
  language: Language
  words: number
  /** scoreOf(the file's findings, its words). */
  score: number
  total: number
  bySeverity: SeverityCounts
  /** In position order. Absent for a file beyond maxDetailedFiles (and for a clean file: []). */
  findings?: FindingRecord[]
}

export interface FamilyCount {
  id: string
  name: Localised
  count: number
  bySeverity: SeverityCounts
}

export interface LanguageCount {
  language: Language
  /** Files whose main language this is, and their words. */
  files: number
  words: number
  /** Findings in paragraphs of this language, whatever the file's main language. */
  findings: number
}

export interface RepeatedPhrase {
  ruleId: string
  family: string
  /** Findings group by rule, language and lowercased text; shown in lower case if ever found so. */
  actual: string
  count: number
  /** Files it was found in. */
  files: number
  expected: string[]
  url: string
  severity: Severity
  /** Of the paragraph it was first found in. */
  language: Language
}

export interface ReportTotals {
  files: number
  filesWithFindings: number
  skipped: number
  words: number
  findings: number
  bySeverity: SeverityCounts
  /** Files whose findings are listed one by one. */
  detailedFiles: number
  /** Files with findings beyond maxDetailedFiles: listed with their score and counts only. */
  notDetailed: number
}

export interface AuditReport {
  /** '' when the caller gave none: the renderer shows a localised default. */
  title: string
  /** ISO 8601. */
  generated: string
  /** scoreOf(every finding, every word). */
  score: number
  /** What each rule cost the overall score, most first. */
  costs: ScoreLine[]
  /** Worst score first; ties: more findings first, then by path. */
  files: FileEntry[]
  skipped: Array<{ path: string; reason: string }>
  /** Every family of the rule set, F1…F12 in order, zeros included. */
  byFamily: FamilyCount[]
  byLanguage: LanguageCount[]
  /** Top 20 by count. */
  repeated: RepeatedPhrase[]
  totals: ReportTotals
  maxDetailedFiles: number
}

export interface ReportOptions {
  title?: string
  generated?: Date
  /** Default 500. */
  maxDetailedFiles?: number
  /** Family names; default: the built-in rule set's. */
  families?: Record<string, FamilyData>
}
