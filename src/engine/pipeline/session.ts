// A lint session for one document that changes over time (the editor's buffer; lint() is a new
// session's first lint). The text is cut into pieces at top-level blocks (pieces.ts), and what a
// piece needs of the rest of the document is settled (settle.ts), so that each parses as in the
// whole document. Each piece is parsed and checked once and kept while its text is unchanged,
// with its findings placed in the piece itself. A keystroke re-checks one paragraph, and the
// findings of the other pieces are only moved (or, before the edit, reused as they are). What
// spans pieces (languages, sections, ratio and density rules, directives) is recomputed from the
// kept per-piece records every time, which is cheap.
import { suppressionsFrom, type Directive } from '../parse/directives.js'
import { Drafter, shiftFindings } from '../output/emit.js'
import type { Finding } from '../output/finding.js'
import { assignLanguages, detectLanguage, shortBlockGuess, type LanguageCandidate, type LanguageSetting } from '../text/language.js'
import { countLetters } from '../text/letters.js'
import { lineStarts, pointIn } from '../output/lines.js'
import type { DefinitionKey } from '../parse/definitions.js'
import { parseDocumentText, type DocumentFormat } from '../parse/parse.js'
import { compareFindings, findPieceFindings, mergeSorted, type CheckedPiece, type PieceFindings } from './piece-findings.js'
import { continuePieces, markdownPieces } from '../cut/pieces.js'
import { compileRules, type CompiledRules, type EngineConfig } from '../rules/rules.js'
import type { Language, RuleSetData } from '../rules/rule-data.js'
import { scopeKey, ScopeJudge, type PlacedTally, type Tally } from './tally.js'
import { settle, type SettledParse, type Source } from '../cut/settle.js'
import { commonPrefix, commonSuffix } from '../cut/text-diff.js'

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
  /** Read-only: a session hands out the same Finding objects again where nothing changed. */
  findings: Finding[]
  /** Words of prose read (code, URLs and other never-linted text excluded). */
  words: number
}

interface Piece extends CheckedPiece, SettledParse {
  /** What language detection needs of each unit: franc's verdict and the function words'. */
  candidates: LanguageCandidate[]
  /** What its units found, in the languages they were last given. */
  found?: PieceFindings
  /** `found` as last placed in the document. */
  placed?: { base: number; line: number; found: PieceFindings; findings: Finding[] }
}

/** A piece where it stands in the document. */
interface Slot {
  source: Source<Piece>
  piece: Piece
  /** Offset of its first character, and line of its first line. */
  base: number
  line: number
  /** Headings before it, and units before it. */
  sections: number
  units: number
}

export interface SessionStats {
  pieces: number
  /** Pieces parsed by the last lint (the rest came from the previous version). */
  parsed: number
  /** Blocks checked by the last lint. */
  checked: number
  /** Scopes of density and ratio rules judged by the last lint (the others kept or moved their findings). */
  judged: number
}

export class LintSession {
  private readonly compiled: CompiledRules
  private readonly drafter: Drafter
  readonly stats: SessionStats = { pieces: 0, parsed: 0, checked: 0, judged: 0 }

  /**
   * `pieceSize` 0 cuts at every top-level block, as lint() does; pieces of another size find the
   * same (the tests hold them to it). `plainBlocks` false parses every block with micromark: the
   * reference the tests hold the default shortcut to (see plain-blocks.ts).
   */
  constructor(
    private readonly options: LintOptions = {},
    private readonly pieceSize = 0,
    private readonly plainBlocks = true,
    /** false: fixes are not re-linted (the session that re-lints a fixed sentence). */
    private readonly checkFixes = true,
  ) {
    this.compiled = compileRules(options.config, options.ruleData)
    this.drafter = new Drafter(this.compiled, options.locale, options.config?.quotes ?? 'lower')
  }

  /** A sentence linted alone as plain text, to check that no fix creates a finding; its own fixes go unchecked. */
  private readonly lintSentence = (sentence: string, language: Language): readonly Finding[] =>
    new LintSession({ ...this.options, format: 'text', language }, 0, true, false).lint(sentence).findings

  /** The findings of a scope's summed tally, placed in the last text linted. */
  private readonly judge = new ScopeJudge((tally: Tally) => {
    const { kind, compiled } = this.compiled.rules[tally.rule]
    this.stats.judged++
    const { text, slots } = this.last!
    return this.drafter.findings(kind.judge!(tally, compiled), text, (offset) => pointAt(slots, offset))
  })

  lint(text: string): LintResult {
    this.stats.parsed = 0
    this.stats.checked = 0
    this.stats.judged = 0
    const slots = this.slotsOf(text)
    const directives: Directive[] = []
    for (const { piece, base } of slots) for (const d of piece.directives) directives.push({ ...d, start: d.start + base, end: d.end + base })
    const { languages, main } = assignLanguages(this.languageCandidates(slots, directives))

    let words = 0
    const lists: Finding[][] = []
    // Each rule's tallies by scope: its paragraph (unit), its section, or the document.
    const scopes = new Map<number, PlacedTally[]>()
    for (const slot of slots) {
      const found = this.findingsOf(slot, languages)
      words += found.words
      lists.push(placed(slot, found))
      for (const tally of found.tallies) {
        const at = tally.scope === 'paragraph' ? slot.units + tally.at : tally.scope === 'section' ? slot.sections + tally.at : 0
        const key = scopeKey(tally.rule, tally.scope, at, this.compiled.rules.length)
        const parts = scopes.get(key)
        const part = { tally, base: slot.base, line: slot.line }
        if (parts) parts.push(part)
        else scopes.set(key, [part])
      }
    }

    this.last = { text, slots }
    const measured = this.judge.findings(scopes.values())
    let findings = mergeSorted(lists, measured.sort(compareFindings))
    if (directives.length) {
      const suppressions = suppressionsFrom(directives, (offset) => pointAt(slots, offset).line)
      findings = findings.filter((f) => !suppressions.isSuppressed(f.ruleId, f.offset, f.line))
    }
    return { language: main, findings, words }
  }

  /** The last text linted (or being linted, once cut), and its pieces. */
  private last?: { text: string; slots: Slot[] }

  private slotsOf(text: string): Slot[] {
    const last = this.last
    if (text === last?.text) return last.slots
    // The last lint's pieces by text, for pieces joined again: built the first time one is.
    let old: Map<string, Source<Piece>> | undefined
    const sourceOf = (slice: string) => {
      old ??= new Map(last?.slots.map((slot) => [slot.source.text, slot.source]))
      return old.get(slice) ?? { text: slice }
    }
    const settling = { text, format: this.format, parse: (slice: string, declared: DefinitionKey[]) => this.parse(slice, declared), sourceOf }
    return this.place(settle(settling, this.cut(text)), text.length)
  }

  /**
   * The pieces of `text`. Where the text is as last time, so are the pieces: only the stretch from
   * the last piece before the first change to the first piece after the last change is cut again
   * and looked up among the old pieces of that stretch.
   */
  private cut(text: string): Array<Source<Piece>> {
    const last = this.last
    if (!last || text.length <= this.pieceSize || last.text.length <= this.pieceSize) return this.cutAll(text)
    const old = last.slots
    const prefix = commonPrefix(last.text, text)
    const suffix = commonSuffix(last.text, text, prefix)
    // Pieces up to `keep` end before the first change. The scan starts again at piece `keep`: the
    // lines that decided the cut before it are unchanged, but the cut after it may not stand.
    let keep = 0
    while (keep + 2 < old.length && old[keep + 2].base <= prefix) keep++
    if (keep < 1) return this.cutAll(text)
    const shift = text.length - last.text.length
    const resync = new Map<number, number>()
    for (let i = old.length - 1; i > keep && old[i].base >= last.text.length - suffix; i--) resync.set(old[i].base + shift, i)
    const cuts = old.slice(0, keep + 1).map((s) => s.base)
    const restart = cuts.pop()!
    const stoppedAt = continuePieces(text, this.pieceSize, this.format, restart, true, cuts, (cut) => resync.get(cut))
    const sources = old.slice(0, keep).map((s) => s.source)
    // The old pieces of the stretch cut again, by text: a block moved inside it is not parsed again.
    const reusable = new Map<string, Source<Piece>>()
    for (let i = keep; i < (stoppedAt ?? old.length); i++) reusable.set(old[i].source.text, old[i].source)
    const end = stoppedAt === undefined ? cuts.length : cuts.length - 1
    for (let i = keep; i < end; i++) sources.push(sourceOf(text.slice(cuts[i], cuts[i + 1] ?? text.length), reusable))
    if (stoppedAt !== undefined) for (let i = stoppedAt; i < old.length; i++) sources.push(old[i].source)
    return sources
  }

  private cutAll(text: string): Array<Source<Piece>> {
    const cuts = markdownPieces(text, this.pieceSize, this.format)
    const reusable = new Map<string, Source<Piece>>()
    for (const slot of this.last?.slots ?? []) reusable.set(slot.source.text, slot.source)
    return cuts.map((base, i) => sourceOf(text.slice(base, cuts[i + 1] ?? text.length), reusable))
  }

  private place(sources: ReadonlyArray<Source<Piece>>, length: number): Slot[] {
    const slots: Slot[] = []
    let base = 0
    let line = 1
    let sections = 0
    let units = 0
    for (const source of sources) {
      const piece = source.parsed!
      slots.push({ source, piece, base, line, sections, units })
      base += piece.text.length
      line += piece.lineStarts.length - 1
      sections += piece.sections
      units += piece.units.length
    }
    if (base !== length) throw new Error(`pieces cover ${base} characters of ${length}`)
    this.stats.pieces = slots.length
    return slots
  }

  private get format(): DocumentFormat {
    return this.options.format ?? 'markdown'
  }

  private parse(slice: string, declared: DefinitionKey[]): Piece {
    this.stats.parsed++
    const parsed = parseDocumentText(slice, this.format, this.plainBlocks, declared)
    const candidates = parsed.units.map((unit): LanguageCandidate => {
      const detected = detectLanguage(unit.text) ?? null
      return { text: unit.text, detected, guess: detected ? null : shortBlockGuess(unit.text) ?? null, letters: countLetters(unit.text, Infinity) }
    })
    // Every piece gets every field now: pieces of one shape keep the per-lint loops fast.
    const { units, directives, masks, links, sections, defines, openBlock } = parsed
    return {
      units, directives, masks, links, sections, defines, openBlock, declared: declared.join('\n'),
      text: slice, lineStarts: lineStarts(slice), candidates, results: [], found: undefined, placed: undefined,
    }
  }

  private languageCandidates(slots: readonly Slot[], directives: readonly Directive[]): LanguageCandidate[] {
    const option = this.options.language && this.options.language !== 'auto' ? this.options.language : undefined
    const languageDirectives = directives.filter((d) => d.type === 'language')
    const candidates: LanguageCandidate[] = []
    if (!option && !languageDirectives.length) {
      for (const { piece } of slots) for (const candidate of piece.candidates) candidates.push(candidate)
      return candidates
    }
    const fixed = (start: number): Language | undefined => {
      if (option) return option
      const last = languageDirectives.filter((d) => d.end <= start).at(-1)?.args[0]
      return last === 'en' || last === 'fr' ? last : undefined
    }
    for (const { piece, base } of slots) piece.units.forEach((unit, i) => candidates.push({ ...piece.candidates[i], fixed: fixed(unit.start + base) }))
    return candidates
  }

  private findingsOf({ piece, units }: Slot, languages: readonly Language[]): PieceFindings {
    const found = piece.found
    let same = Boolean(found)
    for (let i = 0; same && i < piece.units.length; i++) same = found!.languages[i] === languages[units + i]
    if (same) return found!
    piece.found = findPieceFindings(piece, languages.slice(units, units + piece.units.length), this.compiled, this.drafter, () => this.stats.checked++, this.checkFixes ? this.lintSentence : undefined)
    return piece.found
  }
}

/** The piece with this text: an old one, one met earlier in this cut, or a new one (parsed later). */
function sourceOf(text: string, reusable: Map<string, Source<Piece>>): Source<Piece> {
  let source = reusable.get(text)
  if (!source) reusable.set(text, (source = { text }))
  return source
}

/** A piece's findings where it stands now: as placed last time if it has not moved. */
function placed({ piece, base, line }: Slot, found: PieceFindings): Finding[] {
  if (base === 0 && line === 1) return found.findings
  const last = piece.placed
  if (last && last.found === found && last.base === base && last.line === line) return last.findings
  const findings = shiftFindings(found.findings, base, line - 1)
  piece.placed = { base, line, found, findings }
  return findings
}

function pointAt(slots: readonly Slot[], offset: number) {
  let lo = 0
  let hi = slots.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (slots[mid].base <= offset) lo = mid
    else hi = mid - 1
  }
  const { piece, base, line } = slots[lo]
  const point = pointIn(piece.lineStarts, offset - base)
  return { line: point.line + line - 1, column: point.column }
}
