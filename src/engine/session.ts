// A lint session for one document that changes over time (the editor's buffer). The text is cut
// into pieces at safe top-level block boundaries; each piece is parsed and checked once and kept
// while its text is unchanged, so a keystroke re-checks one paragraph, not the file. What spans
// pieces (languages, sections, ratio and density rules, directives) is recomputed from the kept
// per-block records every time, which is cheap.
import { suppressionsFrom, type Directive } from './directives.js'
import { Drafter, placeDraft } from './emit.js'
import { lineIndex } from './lines.js'
import type { Finding } from './finding.js'
import { assignLanguages, detectLanguage, type LanguageSetting } from './language.js'
import { denseOccurrences, newTally, ratioFinding, scopeKey, type Tally } from './measures.js'
import { markdownPieces, parseDocumentText, type DocumentFormat, type ParsedDocument } from './parse.js'
import { compileRules, type CompiledRules, type EngineConfig } from './rules.js'
import type { Language, RuleSetData } from './rule-data.js'
import { checkUnit, type UnitResult } from './unit-check.js'

export interface LintOptions {
  /** Markdown (default) or plain text, where every line is prose. */
  format?: DocumentFormat
  /** Language of the copy; `auto` (default) decides per paragraph. */
  language?: LanguageSetting
  /** Rule switches, accepted words, extra phrases and quotation handling, as in .cluetrain.yaml. */
  config?: EngineConfig
  /** Language of the messages; by default each finding speaks the language of its text. */
  locale?: Language
  /** Another rule set than the bundled one (tests, the unified plugin). */
  ruleData?: RuleSetData
}

export interface LintResult {
  /** The language most of the document is written in. */
  language: Language
  findings: Finding[]
  /** Words of prose read (code, URLs and other never-linted text excluded). */
  words: number
}

interface Piece extends ParsedDocument {
  text: string
  /** franc's (or the function words') verdict per unit, before the document's majority. */
  detected: Array<Language | undefined>
  results: Array<UnitResult | undefined>
}

export interface SessionStats {
  pieces: number
  /** Pieces parsed by the last lint (the rest came from the previous version). */
  parsed: number
  /** Blocks checked by the last lint. */
  checked: number
}

export class LintSession {
  private pieces = new Map<string, Piece>()
  private readonly compiled: CompiledRules
  private readonly drafter: Drafter
  readonly stats: SessionStats = { pieces: 0, parsed: 0, checked: 0 }

  /** `pieceSize` 0 cuts at every top-level block (fine-grained reuse); larger pieces parse faster in one go. */
  constructor(
    private readonly options: LintOptions = {},
    private readonly pieceSize = 0,
  ) {
    this.compiled = compileRules(options.config, options.ruleData)
    this.drafter = new Drafter(this.compiled, options.locale, options.config?.quotes ?? 'lower')
  }

  lint(text: string): LintResult {
    const format = this.options.format ?? 'markdown'
    const cuts = markdownPieces(text, this.pieceSize)
    const kept = new Map<string, Piece>()
    const placed: Array<{ piece: Piece; base: number; sections: number }> = []
    let sections = 0
    this.stats.parsed = 0
    this.stats.checked = 0
    cuts.forEach((base, i) => {
      const slice = text.slice(base, cuts[i + 1] ?? text.length)
      let piece = kept.get(slice) ?? this.pieces.get(slice)
      if (!piece) {
        const parsed = parseDocumentText(slice, format)
        piece = { ...parsed, text: slice, detected: parsed.units.map((u) => detectLanguage(u.text)), results: [] }
        this.stats.parsed++
      }
      kept.set(slice, piece)
      placed.push({ piece, base, sections })
      sections += piece.sections
    })
    this.pieces = kept
    this.stats.pieces = cuts.length

    const directives: Directive[] = placed.flatMap(({ piece, base }) => piece.directives.map((d) => ({ ...d, start: d.start + base, end: d.end + base })))
    const languageDirectives = directives.filter((d) => d.type === 'language')
    const units = placed.flatMap(({ piece, base, sections: before }) =>
      piece.units.map((unit, i) => ({ piece, index: i, base, start: unit.start + base, section: unit.section + before })),
    )
    const fixed = (start: number): Language | undefined => {
      if (this.options.language && this.options.language !== 'auto') return this.options.language
      const last = languageDirectives.filter((d) => d.end <= start).at(-1)?.args[0]
      return last === 'en' || last === 'fr' ? last : undefined
    }
    const { languages, main } = assignLanguages(
      units.map((u) => ({ text: u.piece.units[u.index].text, fixed: fixed(u.start), detected: u.piece.detected[u.index] ?? null })),
    )

    const place = lineIndex(text)
    const drafts: Array<{ start: number; end: number; draft: NonNullable<ReturnType<Drafter['draft']>> }> = []
    const emit = (rule: number, start: number, end: number, language: Language, extra: Parameters<Drafter['draft']>[3]) => {
      const draft = this.drafter.draft(rule, text.slice(start, end), language, extra)
      if (draft) drafts.push({ start, end, draft })
    }
    const tallies = new Map<number, Map<string, Tally>>()
    const tally = (rule: number, unit: number, section: number) => {
      let byScope = tallies.get(rule)
      if (!byScope) tallies.set(rule, (byScope = new Map()))
      const key = scopeKey(this.compiled.rules[rule].data.scope, unit, section)
      let counts = byScope.get(key)
      if (!counts) byScope.set(key, (counts = newTally()))
      return counts
    }

    let words = 0
    units.forEach((u, i) => {
      const language = languages[i]
      const { piece, index, base } = u
      let result = piece.results[index]
      if (!result || result.language !== language) {
        result = checkUnit(piece.units[index], piece.text, piece.masks, piece.links, language, this.compiled, this.drafter)
        piece.results[index] = result
        this.stats.checked++
      }
      words += result.words
      for (const f of result.findings) drafts.push({ start: f.start + base, end: f.end + base, draft: f.draft })
      for (const d of result.density) tally(d.rule, i, u.section).matches.push({ start: d.start + base, end: d.end + base, quoted: d.quoted })
      for (const r of result.ratio) {
        const counts = tally(r.rule, i, u.section)
        if (r.numerator) counts.matches.push({ start: r.start + base, end: r.end + base, heading: r.heading })
        else counts.other++
      }
      for (const index of this.compiled.byLanguage[language].measures) {
        if (this.compiled.rules[index].data.kind === 'density') tally(index, i, u.section).words += result.words
      }
    })

    for (const [rule, byScope] of tallies) {
      const data = this.compiled.rules[rule].data
      for (const counts of byScope.values()) {
        if (data.kind === 'ratio') {
          const found = ratioFinding(data, counts)
          if (found) emit(rule, found.start, found.end, data.language, { values: found.values })
        } else if (data.kind === 'density') {
          const dense = denseOccurrences(data, counts)
          for (const m of dense) emit(rule, m.start, m.end, data.language, { values: { count: dense.length, words: counts.words }, quoted: m.quoted })
        }
      }
    }

    const suppressions = suppressionsFrom(directives, (offset) => place(offset).line)
    const findings = drafts
      .map(({ start, end, draft }) => placeDraft(draft, start, end, place))
      .filter((f) => !suppressions.isSuppressed(f.ruleId, f.offset, f.line))
      .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
    return { language: main, findings, words }
  }
}
