// The plain path, for the tests to hold the engine's fast paths to: the whole document is parsed
// by micromark at once (not cut into pieces: each of the engine's pieces must parse as it does
// here, but a block indented by 256 columns, which the engine alone reads as plain text), every
// block is checked (its words and sentences from parse-english or parse-latin, through
// mdast-util-to-nlcst), and every finding is drafted, placed in the text and sorted, with nothing
// kept from one lint to the next. It is the engine as it was before the fast paths, built from
// its parts.
import { suppressionsFrom, type Directive } from '../../src/engine/parse/directives.js'
import { Drafter, placeDraft, type Draft } from '../../src/engine/output/emit.js'
import type { Finding } from '../../src/engine/output/finding.js'
import { assignLanguages, detectLanguage } from '../../src/engine/text/language.js'
import { lineIndex } from '../../src/engine/output/lines.js'
import { judgeScope } from '../../src/engine/kinds/measures.js'
import { parseDocumentText } from '../../src/engine/parse/parse.js'
import { compileRules } from '../../src/engine/rules/rules.js'
import type { Language, RuleData } from '../../src/engine/rules/rule-data.js'
import type { LintOptions, LintResult } from '../../src/engine/pipeline/session.js'
import { checkUnit } from '../../src/engine/pipeline/unit-check.js'

interface Counted {
  start: number
  end: number
  quoted?: boolean
  heading?: boolean
}

function scopeKey(scope: RuleData['scope'], unit: number, section: number): string {
  return scope === 'document' ? 'document' : scope === 'section' ? `s${section}` : `p${unit}`
}

export function referenceLint(text: string, options: LintOptions = {}): LintResult {
  const compiled = compileRules(options.config, options.ruleData)
  const drafter = new Drafter(compiled, options.locale, options.config?.quotes ?? 'lower')
  const parsed = parseDocumentText(text, options.format ?? 'markdown', false)
  const directives: Directive[] = parsed.directives
  const languageDirectives = directives.filter((d) => d.type === 'language')
  const units = parsed.units
  const fixed = (start: number): Language | undefined => {
    if (options.language && options.language !== 'auto') return options.language
    const last = languageDirectives.filter((d) => d.end <= start).at(-1)?.args[0]
    return last === 'en' || last === 'fr' ? last : undefined
  }
  const { languages, main } = assignLanguages(units.map((u) => ({ text: u.text, fixed: fixed(u.start), detected: detectLanguage(u.text) ?? null })))

  const place = lineIndex(text)
  const drafts: Array<{ start: number; end: number; draft: Draft }> = []
  const emit = (rule: number, start: number, end: number, language: Language, extra: Parameters<Drafter['draft']>[3]) => {
    const draft = drafter.draft(rule, text.slice(start, end), language, extra)
    if (draft) drafts.push({ start, end, draft })
  }
  const tallies = new Map<number, Map<string, { words: number; matches: Counted[]; other: number }>>()
  const tally = (rule: number, unit: number, section: number) => {
    let byScope = tallies.get(rule)
    if (!byScope) tallies.set(rule, (byScope = new Map()))
    const key = scopeKey(compiled.rules[rule].data.scope, unit, section)
    let counts = byScope.get(key)
    if (!counts) byScope.set(key, (counts = { words: 0, matches: [], other: 0 }))
    return counts
  }

  let words = 0
  units.forEach((unit, i) => {
    const { section } = unit
    const language = languages[i]
    const result = checkUnit(unit, text, parsed.masks, parsed.links, language, compiled, drafter, true)
    words += result.words
    for (const f of result.findings) drafts.push({ start: f.start, end: f.end, draft: f.draft })
    for (const d of result.density) tally(d.rule, i, section).matches.push({ start: d.start, end: d.end, quoted: d.quoted })
    for (const r of result.ratio) {
      const counts = tally(r.rule, i, section)
      if (r.numerator) counts.matches.push({ start: r.start, end: r.end, heading: r.heading })
      else counts.other++
    }
    for (const index of compiled.byLanguage[language].measures) {
      if (compiled.rules[index].data.kind === 'density') tally(index, i, section).words += result.words
    }
  })

  for (const [rule, byScope] of tallies) {
    const data = compiled.rules[rule].data
    for (const counts of byScope.values()) {
      const all = { count: counts.matches.length, other: counts.other, words: counts.words }
      for (const { at, extra } of judgeScope(data, all, () => counts.matches)) emit(rule, at.start, at.end, data.language, extra)
    }
  }

  const suppressions = suppressionsFrom(directives, (offset) => place(offset).line)
  const findings: Finding[] = drafts
    .map(({ start, end, draft }) => placeDraft(draft, start, end, place))
    .filter((f) => !suppressions.isSuppressed(f.ruleId, f.offset, f.line))
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
  return { language: main, findings, words }
}
