// lint(text, options) → findings. Text in, findings out: no file system, no editor.
import type { Parents as MdastParents, Nodes as MdastNodes } from 'mdast'
import { toNlcst } from 'mdast-util-to-nlcst'
import type { Root as NlcstRoot } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import { ParseLatin } from 'parse-latin'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { VFileMessage } from 'vfile-message'
import { suppressionsFrom } from './directives.js'
import { formatMessage, matchCase, ruleUrl, SOURCE, type Finding } from './finding.js'
import { assignLanguages, type LanguageSetting } from './language.js'
import { parseDocumentText, type DocumentFormat, type ProseUnit } from './parse.js'
import { resolveMatches } from './phrase-matcher.js'
import { compileRules, type CompiledRules, type EngineConfig } from './rules.js'
import type { Language, RuleSetData } from './rule-data.js'
import { findShouting } from './shouting.js'
import { tokenize, type TokenStream } from './tokens.js'

export interface LintOptions {
  /** Markdown (default) or plain text, where every line is prose. */
  format?: DocumentFormat
  /** Language of the copy; `auto` (default) decides per paragraph. */
  language?: LanguageSetting
  /** Rule switches, accepted words and extra phrases, as in .cluetrain.yaml. */
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

const parsers: Record<Language, ParseEnglish | ParseLatin> = { en: new ParseEnglish(), fr: new ParseLatin() }

export function lint(text: string, options: LintOptions = {}): LintResult {
  const parsed = parseDocumentText(text, options.format ?? 'markdown')
  const file = new VFile({ value: text })
  const place = location(file)
  const lineOf = (offset: number) => place.toPoint(offset)?.line ?? 1

  const languageDirectives = parsed.directives.filter((d) => d.type === 'language').sort((a, b) => a.start - b.start)
  const fixedLanguage = (unit: ProseUnit): Language | undefined => {
    if (options.language && options.language !== 'auto') return options.language
    const last = languageDirectives.filter((d) => d.end <= unit.start).at(-1)?.args[0]
    return last === 'en' || last === 'fr' ? last : undefined
  }
  const { languages, main } = assignLanguages(parsed.units.map((u) => ({ text: u.text, fixed: fixedLanguage(u) })))

  const compiled = compileRules(options.config, options.ruleData)
  const suppressions = suppressionsFrom(parsed.directives, lineOf)
  const masked = (start: number, end: number) => parsed.masks.some((m) => start < m.end && end > m.start)

  let words = 0
  parsed.units.forEach((unit, i) => {
    const language = languages[i]
    const stream = tokenize(toTree(unit, text, language), text, unit.start, unit.end)
    for (const token of stream.tokens) if (token.key && masked(token.start, token.end)) token.key = ''
    stream.words = stream.words.filter((w) => !masked(w.start, w.end))
    words += stream.words.length
    report(file, compiled, stream, unit, language, options.locale)
  })

  const findings = file.messages
    .map((m) => toFinding(m as CluetrainMessage, place))
    .filter((f) => !suppressions.isSuppressed(f.ruleId, f.offset, f.line))
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId))
  return { language: main, findings, words }
}

function toTree(unit: ProseUnit, text: string, language: Language): NlcstRoot {
  const parser = parsers[language]
  if (!unit.node) return parser.parse(text.slice(unit.start, unit.end))
  // Give mdast-util-to-nlcst only this block's text: it indexes the lines of the whole file on
  // every call, which would make a long document quadratic. Offsets are shifted back by `base`.
  shiftOffsets(unit.node, -unit.start)
  return toNlcst(unit.node, new VFile(text.slice(unit.start, unit.end)), parser) as NlcstRoot
}

function shiftOffsets(node: MdastNodes | MdastParents, delta: number): void {
  const position = node.position
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += delta
    if (position.end.offset !== undefined) position.end.offset += delta
  }
  if ('children' in node) for (const child of node.children) shiftOffsets(child, delta)
}

interface CluetrainMessage extends VFileMessage {
  severityName: Finding['severity']
  expected: string[]
  language: Language
  principle: Finding['principle']
  theses: number[]
  start: number
  end: number
}

function report(file: VFile, compiled: CompiledRules, stream: TokenStream, unit: ProseUnit, language: Language, locale: Language | undefined): void {
  const source = String(file.value)
  const { matcher, shouting } = compiled.byLanguage[language]
  const emit = (ruleIndex: number, start: number, end: number, suggestions: string[] | undefined) => {
    const { data, severity, family } = compiled.rules[ruleIndex]
    const actual = source.slice(start, end)
    const speak = locale ?? language
    const expected = (suggestions ?? []).map((s) => matchCase(s, actual))
    const reason = formatMessage({ template: data.message, actual: actual.replace(/\s+/g, ' '), familyName: family[speak], familyId: data.family, theses: data.theses, suggestions: suggestions && expected, locale: speak })
    const message = new VFileMessage(reason, { ruleId: data.id, source: SOURCE }) as CluetrainMessage
    Object.assign(message, {
      url: ruleUrl(data.id),
      actual,
      expected,
      severityName: severity,
      language,
      principle: { id: data.family, name: family[speak] },
      theses: data.theses,
      start,
      end,
    })
    file.messages.push(message)
  }

  for (const m of resolveMatches(matcher.match(stream.tokens))) {
    const entry = compiled.rules[m.rule].data.entries?.[m.entry]
    emit(m.rule, stream.tokens[m.first].start, stream.tokens[m.last].end, entry?.suggest)
  }
  for (const check of shouting) {
    for (const span of findShouting(stream, check.settings, unit.heading)) emit(check.rule, span.start, span.end, undefined)
  }
}

function toFinding(m: CluetrainMessage, place: ReturnType<typeof location>): Finding {
  const start = place.toPoint(m.start)
  const end = place.toPoint(m.end)
  return {
    ruleId: m.ruleId ?? '',
    source: SOURCE,
    severity: m.severityName,
    message: m.reason,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    offset: m.start,
    endOffset: m.end,
    actual: m.actual ?? '',
    expected: m.expected,
    principle: m.principle,
    theses: m.theses,
    url: m.url ?? '',
    language: m.language,
  }
}
