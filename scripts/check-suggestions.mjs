#!/usr/bin/env node
// A suggestion must never be flagged itself: "lead qualifié" → "prospects" traded an anglicism
// for people-as-segments, "client au cœur" → "à l’écoute de nos clients" one cliché for another.
// Each suggestion of each rule entry is linted with the rules of its language alone, and where a
// fix puts it in every example of the rule files (the flagged words replaced by it, as the quick
// fix does): no phrase rule may flag it there. `npm run build` and `npm test` run this after the
// TypeScript build (it lints with dist/engine); it fails naming the rule file, the entry's line,
// the suggestion and the rule that flags it.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { LineCounter, parseDocument } from 'yaml'
import { defaultRuleData, lint } from '../dist/engine/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// What a phrase rule flags is words to replace; measures (density, ratio, length, readability)
// and shouting judge a stretch of text, not the words of a suggestion.
const PHRASE_KINDS = new Set(['existence', 'substitution', 'pattern'])

/** Where each entry of a bundled rule is written, as "rules/<language>/<id>.yaml:<line>". */
export function entryLines(rule) {
  const file = join('rules', rule.language, `${rule.id}.yaml`)
  const lineCounter = new LineCounter()
  const entries = parseDocument(readFileSync(join(root, file), 'utf8'), { lineCounter }).get('entries')
  return (rule.entries ?? []).map((_, i) => `${file}:${entries?.items[i] ? lineCounter.linePos(entries.items[i].range[0]).line : '?'}`)
}

/** Every suggestion of `ruleData` that its rules flag, as a line naming file, entry, suggestion and rule. */
export function flaggedSuggestions(ruleData, where = entryLines) {
  const { rules } = ruleData
  const ruleOf = new Map(rules.map((rule) => [`${rule.language}/${rule.id}`, rule]))
  const lines = new Map(rules.map((rule) => [rule, where(rule)]))
  const flagged = (text, language, from, to) =>
    lint(text, { language, ruleData }).findings.filter((f) => PHRASE_KINDS.has(ruleOf.get(`${language}/${f.ruleId}`)?.kind) && f.offset < to && f.endOffset > from)
  const problems = new Set()
  const report = (rule, i, suggestion, found, context) => {
    const entry = rule.entries[i]
    const by = found.map((f) => `${f.ruleId} (“${f.actual}”)`).join(', ')
    problems.add(`${lines.get(rule)[i]}: entry “${entry.phrase ?? entry.phrases?.[0] ?? entry.pattern}”: suggestion “${suggestion}” is flagged by ${by} ${context}`)
  }

  // Alone.
  for (const rule of rules) {
    ;(rule.entries ?? []).forEach((entry, i) => {
      for (const suggestion of entry.suggest ?? []) {
        const found = flagged(suggestion, rule.language, 0, suggestion.length)
        if (found.length) report(rule, i, suggestion, found, 'on its own')
      }
    })
  }
  // Where a fix puts it, in the examples of every rule of its language.
  const fold = (s) => s.toLowerCase()
  for (const rule of rules) {
    for (const example of [...rule.examples.bad, ...rule.examples.good]) {
      for (const finding of lint(example, { language: rule.language, ruleData }).findings) {
        const by = ruleOf.get(`${rule.language}/${finding.ruleId}`)
        // The entry that offers these suggestions (the finding gives them capitalised like the text).
        const offered = finding.expected.map(fold).join('\n')
        const i = finding.expected.length ? (by?.entries ?? []).findIndex((e) => (e.suggest ?? []).map(fold).join('\n') === offered) : -1
        if (i < 0) continue
        finding.expected.forEach((written, k) => {
          const fixed = example.slice(0, finding.offset) + written + example.slice(finding.endOffset)
          const found = flagged(fixed, rule.language, finding.offset, finding.offset + written.length)
          if (found.length) report(by, i, by.entries[i].suggest[k], found, `in “${fixed}” (an example of ${rule.language}/${rule.id})`)
        })
      }
    }
  }
  return [...problems]
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = flaggedSuggestions(defaultRuleData)
  if (problems.length) {
    console.error(`Suggestion check failed: ${problems.length} suggestion(s) would be flagged themselves:\n  ${problems.join('\n  ')}`)
    process.exit(1)
  }
  const entries = defaultRuleData.rules.reduce((n, r) => n + (r.entries ?? []).filter((e) => e.suggest?.length).length, 0)
  console.log(`Checked the suggestions of ${entries} entries: none is flagged.`)
}
