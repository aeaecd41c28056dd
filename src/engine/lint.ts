// lint(text, options) → findings. Text in, findings out: no file system, no editor.
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast'
import { toNlcst } from 'mdast-util-to-nlcst'
import type { Root as NlcstRoot } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import { ParseLatin } from 'parse-latin'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { cancelledByContext, isPartOfName, quotedSpans } from './context.js'
import { suppressionsFrom } from './directives.js'
import { Emitter } from './emit.js'
import type { Finding } from './finding.js'
import { assignLanguages, type LanguageSetting } from './language.js'
import { denseOccurrences, hardParagraph, longSentences, newTally, ratioFinding, scopeKey, type Tally } from './measures.js'
import { parseDocumentText, type DocumentFormat, type ProseUnit } from './parse.js'
import { resolveMatches } from './phrase-matcher.js'
import { compileRules, type EngineConfig } from './rules.js'
import type { Language, RuleSetData } from './rule-data.js'
import { findShouting } from './shouting.js'
import { tokenize } from './tokens.js'

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
  const emitter = new Emitter(file, compiled, options.locale, options.config?.quotes ?? 'lower')
  const maskedIn = (unit: ProseUnit) => {
    const masks = parsed.masks.filter((m) => m.start < unit.end && m.end > unit.start)
    return (start: number, end: number) => masks.length > 0 && masks.some((m) => start < m.end && end > m.start)
  }
  const tallies = new Map<string, { rule: number; tally: Tally }>()
  const tally = (rule: number, unit: number, section: number) => {
    const key = `${rule}|${scopeKey(compiled.rules[rule].data.scope, unit, section)}`
    let entry = tallies.get(key)
    if (!entry) tallies.set(key, (entry = { rule, tally: newTally() }))
    return entry.tally
  }

  let words = 0
  parsed.units.forEach((unit, i) => {
    const language = languages[i]
    const stream = tokenize(toTree(unit, text, language), text, unit.start, unit.end)
    const masked = maskedIn(unit)
    for (const token of stream.tokens) if (token.key && masked(token.start, token.end)) token.key = ''
    for (const word of stream.words) if (masked(word.start, word.end)) word.masked = true
    const prose = stream.words.filter((w) => !w.masked).length
    words += prose
    const { matcher, shouting, measures } = compiled.byLanguage[language]
    const quotes = unit.quoted ? [{ start: unit.start, end: unit.end }] : quotedSpans(text, unit.start, unit.end)
    const quoted = (start: number, end: number) => quotes.some((q) => start >= q.start && end <= q.end)
    const say = (rule: number, start: number, end: number, extra: Parameters<Emitter['emit']>[4] = {}) =>
      emitter.emit(rule, start, end, language, { quoted: quoted(start, end), ...extra })

    const raw = matcher.match(stream.tokens)
    const evidence = raw.filter((m) => m.role === 'evidence')
    for (const m of resolveMatches(raw)) {
      const rule = compiled.rules[m.rule].data
      const entry = rule.entries?.[m.entry]
      const unless = entry?.unless ?? rule.unless
      if (unless && cancelledByContext(unless, m, stream, evidence, parsed.links)) continue
      if (!unit.heading && isPartOfName(m, stream)) continue
      const start = stream.tokens[m.first].start
      const end = stream.tokens[m.last].end
      if (rule.kind === 'density') tally(m.rule, i, unit.section).matches.push({ start, end, quoted: quoted(start, end) })
      else say(m.rule, start, end, { suggestions: entry?.suggest })
    }
    for (const check of shouting) {
      for (const span of findShouting(stream, check.settings, unit.heading)) say(check.rule, span.start, span.end)
    }
    for (const index of measures) {
      const rule = compiled.rules[index].data
      if (rule.kind === 'sentence-length') {
        for (const m of longSentences(rule, stream)) say(index, m.start, m.end, { values: m.values })
      } else if (rule.kind === 'readability' && !unit.heading) {
        for (const m of hardParagraph(rule, stream, language, unit)) say(index, m.start, m.end, { values: m.values })
      } else if (rule.kind === 'ratio') {
        const counts = tally(index, i, unit.section)
        for (const m of raw) {
          if (m.rule !== index || quoted(stream.tokens[m.first].start, stream.tokens[m.last].end)) continue
          // A heading counts, but the finding goes on the prose: "Our story" is not the problem.
          if (m.role === 'numerator') counts.matches.push({ start: stream.tokens[m.first].start, end: stream.tokens[m.last].end, heading: unit.heading })
          else if (m.role === 'denominator') counts.other++
        }
      } else if (rule.kind === 'density') {
        tally(index, i, unit.section).words += prose
      }
    }
  })

  for (const { rule, tally: counts } of tallies.values()) {
    const data = compiled.rules[rule].data
    if (data.kind === 'ratio') {
      const found = ratioFinding(data, counts)
      if (found) emitter.emit(rule, found.start, found.end, data.language, { values: found.values })
    } else if (data.kind === 'density') {
      const dense = denseOccurrences(data, counts)
      for (const m of dense) emitter.emit(rule, m.start, m.end, data.language, { values: { count: dense.length, words: counts.words }, quoted: m.quoted })
    }
  }

  const suppressions = suppressionsFrom(parsed.directives, lineOf)
  const findings = emitter
    .findings(place)
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
