// The audit report as data: built one file at a time, rendered later as HTML or Markdown. Plain
// JSON (no Map, no class instances) so it can cross a worker or webview boundary as it is.
import { defaultRuleData, scoreOf, type Finding, type Language } from '../engine/index.js'

export type { AuditReport, FamilyCount, FileEntry, FindingRecord, LanguageCount, RepeatedPhrase, ReportFileInput, ReportOptions, ReportTotals, SeverityCounts } from './report-types.js'
import type { AuditReport, FamilyCount, FileEntry, FindingRecord, LanguageCount, RepeatedPhrase, ReportFileInput, ReportOptions, SeverityCounts } from './report-types.js'

export const DEFAULT_MAX_DETAILED_FILES = 500
export const REPEATED_PHRASES = 20
// A sentence flagged for length is its own key: cut it so thousands of them stay small.
const PHRASE_KEY_LENGTH = 160

const emptyCounts = (): SeverityCounts => ({ error: 0, warning: 0, info: 0 })

/** No file linted (an empty folder, an audit cancelled at once): no score, rather than a perfect one. */
export function isScored(report: AuditReport): boolean {
  return report.totals.files > 0
}

/** Worst first: lowest score, then most findings, then path (code-point order: deterministic). */
export function worstFirst(a: FileEntry, b: FileEntry): number {
  return a.score - b.score || b.total - a.total || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
}

interface PhraseTally extends RepeatedPhrase {
  lastFile: number
}

/**
 * Streams files in and keeps, per finding, only counters, except for the findings of the
 * maxDetailedFiles worst files seen so far: a 10,000-file audit holds 10,000 small entries, one
 * counter per distinct phrase, and at most maxDetailedFiles files' findings.
 */
export class ReportBuilder {
  private readonly title: string
  private readonly generated: Date
  private readonly maxDetailed: number
  private readonly families = new Map<string, FamilyCount>()
  private readonly languages = new Map<Language, LanguageCount>()
  private readonly phrases = new Map<string, PhraseTally>()
  // scoreOf needs findings, not counts: one real finding per rule and severity stands for all of them.
  private readonly weights = new Map<string, { sample: Finding; count: number }>()
  private readonly entries: FileEntry[] = []
  private readonly detailed: FileEntry[] = []
  private readonly skipped: Array<{ path: string; reason: string }> = []
  private readonly bySeverity = emptyCounts()
  private words = 0

  constructor(options: ReportOptions = {}) {
    this.title = options.title ?? ''
    this.generated = options.generated ?? new Date()
    this.maxDetailed = Math.max(0, Math.floor(options.maxDetailedFiles ?? DEFAULT_MAX_DETAILED_FILES))
    const families = options.families ?? defaultRuleData.families
    const ids = Object.keys(families).sort((a, b) => familyOrder(a) - familyOrder(b))
    for (const id of ids) this.families.set(id, { id, name: { en: families[id].en, fr: families[id].fr }, count: 0, bySeverity: emptyCounts() })
    for (const language of ['en', 'fr'] as const) this.languages.set(language, { language, files: 0, words: 0, findings: 0 })
  }

  add(file: ReportFileInput): void {
    const words = Number.isFinite(file.words) && file.words > 0 ? file.words : 0
    const fileIndex = this.entries.length
    const entry: FileEntry = { path: file.path, language: file.language, words, score: scoreOf(file.findings, words).score, total: file.findings.length, bySeverity: emptyCounts() }
    this.entries.push(entry)
    this.words += words
    const language = this.languageCount(file.language)
    language.files++
    language.words += words
    for (const finding of file.findings) {
      entry.bySeverity[finding.severity]++
      this.bySeverity[finding.severity]++
      this.languageCount(finding.language).findings++
      const family = this.familyCount(finding)
      family.count++
      family.bySeverity[finding.severity]++
      this.tallyPhrase(finding, fileIndex)
      const weightKey = `${finding.ruleId}\u0000${finding.severity}`
      const weight = this.weights.get(weightKey)
      if (weight) weight.count++
      else this.weights.set(weightKey, { sample: finding, count: 1 })
    }
    if (entry.total > 0) this.keepDetails(entry, file.findings)
  }

  skip(path: string, reason: string): void {
    this.skipped.push({ path, reason })
  }

  finish(): AuditReport {
    const stand = [...this.weights.values()].flatMap(({ sample, count }) => new Array<Finding>(count).fill(sample))
    const overall = scoreOf(stand, this.words)
    const files = this.entries.map((e) => ({ ...e, bySeverity: { ...e.bySeverity }, ...(e.findings && { findings: [...e.findings] }) })).sort(worstFirst)
    const repeated = [...this.phrases.values()]
      .sort((a, b) => b.count - a.count || b.files - a.files || a.ruleId.localeCompare(b.ruleId) || a.actual.localeCompare(b.actual))
      .slice(0, REPEATED_PHRASES)
      .map(({ lastFile, ...phrase }) => ({ ...phrase, expected: [...phrase.expected] }))
    const filesWithFindings = this.entries.filter((e) => e.total > 0).length
    const findings = this.bySeverity.error + this.bySeverity.warning + this.bySeverity.info
    return {
      title: this.title,
      generated: this.generated.toISOString(),
      score: overall.score,
      costs: overall.costs,
      files,
      skipped: this.skipped.map((s) => ({ ...s })),
      byFamily: [...this.families.values()].map((f) => ({ ...f, name: { ...f.name }, bySeverity: { ...f.bySeverity } })),
      byLanguage: [...this.languages.values()].map((l) => ({ ...l })),
      repeated,
      totals: {
        files: this.entries.length,
        filesWithFindings,
        skipped: this.skipped.length,
        words: this.words,
        findings,
        bySeverity: { ...this.bySeverity },
        detailedFiles: this.detailed.length,
        notDetailed: filesWithFindings - this.detailed.length,
      },
      maxDetailedFiles: this.maxDetailed,
    }
  }

  // Keeps the findings of the worst maxDetailed files: the new file's, then drops the best one's.
  private keepDetails(entry: FileEntry, findings: readonly Finding[]): void {
    if (this.maxDetailed === 0) return
    if (this.detailed.length >= this.maxDetailed && worstFirst(entry, this.bestDetailed()) >= 0) return
    entry.findings = findings.map(toRecord).sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn)
    this.detailed.push(entry)
    if (this.detailed.length > this.maxDetailed) {
      const best = this.bestDetailed()
      delete best.findings
      this.detailed.splice(this.detailed.indexOf(best), 1)
    }
  }

  private bestDetailed(): FileEntry {
    return this.detailed.reduce((best, e) => (worstFirst(e, best) > 0 ? e : best))
  }

  private familyCount(finding: Finding): FamilyCount {
    const { id, name } = finding.principle
    let family = this.families.get(id)
    if (!family) {
      // A family the rule set does not name (a custom rule set): named as its findings name it.
      family = { id, name: { en: name, fr: name }, count: 0, bySeverity: emptyCounts() }
      this.families.set(id, family)
    }
    return family
  }

  private languageCount(language: Language): LanguageCount {
    let count = this.languages.get(language)
    if (!count) this.languages.set(language, (count = { language, files: 0, words: 0, findings: 0 }))
    return count
  }

  private tallyPhrase(finding: Finding, fileIndex: number): void {
    const actual = finding.actual.replace(/\s+/g, ' ').trim().slice(0, PHRASE_KEY_LENGTH)
    const lower = actual.toLowerCase()
    // By language too: the French “synergies” has French suggestions, the English one English.
    const key = `${finding.ruleId}\u0000${finding.language}\u0000${lower}`
    const tally = this.phrases.get(key)
    if (!tally) {
      this.phrases.set(key, { ruleId: finding.ruleId, family: finding.principle.id, actual, count: 1, files: 1, expected: [...finding.expected], url: finding.url, severity: finding.severity, language: finding.language, lastFile: fileIndex })
      return
    }
    tally.count++
    // Shown as found mid-sentence when it ever is: “leverage”, not the sentence-initial “Leverage”
    // (the engine capitalises suggestions to match).
    if (tally.actual !== lower && actual === lower) {
      tally.actual = actual
      tally.expected = [...finding.expected]
    }
    // Files arrive one at a time, so a phrase's findings in one file are counted together.
    if (tally.lastFile !== fileIndex) {
      tally.files++
      tally.lastFile = fileIndex
    }
  }
}

function familyOrder(id: string): number {
  const n = Number(id.replace(/^F/, ''))
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER
}

function toRecord(f: Finding): FindingRecord {
  return {
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    severity: f.severity,
    ruleId: f.ruleId,
    family: f.principle.id,
    language: f.language,
    actual: f.actual,
    expected: [...f.expected],
    message: f.message,
    url: f.url,
  }
}
