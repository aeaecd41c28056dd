// The plain path, for the tests to hold the engine's fast paths to: the whole document is parsed
// by micromark at once (not cut into pieces: each of the engine's pieces must parse as it does
// here, but a block indented by 256 columns, which the engine alone reads as plain text), every
// block is checked (its words and sentences from parse-english or parse-latin, through
// mdast-util-to-nlcst), and every finding is drafted, placed in the text and sorted, with nothing
// kept from one lint to the next. It is the engine as it was before the fast paths, built from
// its parts.
import { suppressionsFrom, type Directive } from '../../src/engine/parse/directives.js'
import { Drafter } from '../../src/engine/output/emit.js'
import type { Finding } from '../../src/engine/output/finding.js'
import { assignLanguages, detectLanguage } from '../../src/engine/text/language.js'
import { lineIndex } from '../../src/engine/output/lines.js'
import { parseDocumentText } from '../../src/engine/parse/parse.js'
import { compileRules } from '../../src/engine/rules/rules.js'
import type { Hit } from '../../src/engine/kinds/kind.js'
import { addTally, newTally, type Tally } from '../../src/engine/pipeline/tally.js'
import type { Language } from '../../src/engine/rules/rule-data.js'
import type { LintOptions, LintResult } from '../../src/engine/pipeline/session.js'
import { checkUnit } from '../../src/engine/pipeline/unit-check.js'

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
  const hits: Hit[] = []
  // Each rule's counts by scope, summed over the whole document at once.
  const tallies = new Map<string, Tally>()
  let words = 0
  units.forEach((unit, i) => {
    const result = checkUnit(unit, text, parsed.masks, parsed.links, languages[i], compiled, true)
    words += result.words
    hits.push(...result.hits)
    for (const tally of result.tallies) {
      const key = `${tally.rule} ${tally.scope === 'document' ? 'document' : tally.scope === 'section' ? `s${unit.section}` : `p${i}`}`
      let sum = tallies.get(key)
      if (!sum) tallies.set(key, (sum = newTally(tally.rule, tally.scope)))
      addTally(sum, tally)
    }
  })
  for (const tally of tallies.values()) {
    const { kind, compiled: settings } = compiled.rules[tally.rule]
    hits.push(...kind.judge!(tally, settings))
  }

  const suppressions = suppressionsFrom(directives, (offset) => place(offset).line)
  const findings: Finding[] = drafter
    .findings(hits, text, place)
    .filter((f) => !suppressions.isSuppressed(f.ruleId, f.offset, f.line))
    .sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
  return { language: main, findings, words }
}
