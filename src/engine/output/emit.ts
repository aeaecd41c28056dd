// Turns hits into Findings: the one place a message is drafted, from the rule's template, with
// suggestions in the case of the text, severity from the config, quotations softened (or left
// out, before any message is made). A phrase's message is drafted once per rule, words and
// suggestions, and a finding is placed once in its piece of the document; a session re-lints a
// long document by moving placed findings, without re-making any message.
import type { Hit } from '../kinds/kind.js'
import type { Point } from './lines.js'
import { formatMessage, matchCase, ruleUrl, SOURCE, type Finding } from './finding.js'
import type { CompiledRules } from '../rules/rules.js'
import { BoundedCache } from '../util/bounded-cache.js'

/** A finding without its place in the document. */
export type Draft = Omit<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'>

export class Drafter {
  constructor(
    private readonly compiled: CompiledRules,
    private readonly locale: 'en' | 'fr' | undefined,
    private readonly quotes: 'lower' | 'skip' | 'keep',
  ) {}

  // A document repeats its phrases: a phrase finding's draft depends only on the rule, the words,
  // the suggestions (one array per rule entry) and whether they are quoted, so each is made once
  // (bounded, for long audits). Drafts are read-only, like the findings.
  private readonly phraseDrafts = new BoundedCache<string, Draft>(20_000)
  private readonly suggestionIds = new WeakMap<string[], number>()
  private nextSuggestionId = 0

  /** The findings of `hits` (offsets into `text`), placed by `place`, in the order of the hits. */
  findings(hits: readonly Hit[], text: string, place: (offset: number) => Point): Finding[] {
    const findings: Finding[] = []
    for (const hit of hits) {
      if (hit.quoted && this.quotes === 'skip') continue
      const finding = placeDraft(this.draft(hit, text.slice(hit.start, hit.end)), hit.start, hit.end, place)
      if (hit.fix) finding.fix = { offset: hit.fix.start, endOffset: hit.fix.end, text: hit.fix.text }
      if (hit.uninflected) finding.uninflected = hit.uninflected
      findings.push(finding)
    }
    return findings
  }

  private draft(hit: Hit, actual: string): Draft {
    if (hit.values) return this.make(hit, actual)
    const suggestions = hit.suggestions ? this.suggestionId(hit.suggestions) : -1
    const key = `${hit.rule} ${hit.quoted ? 1 : 0} ${suggestions} ${actual}`
    let draft = this.phraseDrafts.get(key)
    if (!draft) {
      draft = this.make(hit, actual)
      this.phraseDrafts.set(key, draft)
    }
    return draft
  }

  private suggestionId(suggestions: string[]): number {
    let id = this.suggestionIds.get(suggestions)
    if (id === undefined) this.suggestionIds.set(suggestions, (id = this.nextSuggestionId++))
    return id
  }

  private make(hit: Hit, actual: string): Draft {
    const { data, severity, family } = this.compiled.rules[hit.rule]
    // A rule checks the text of its own language.
    const language = data.language
    const speak = this.locale ?? language
    const expected = (hit.suggestions ?? []).map((s) => matchCase(s, actual))
    const message = formatMessage({
      template: data.message,
      actual: actual.replace(/\s+/g, ' '),
      familyName: family[speak],
      familyId: data.family,
      theses: data.theses,
      suggestions: hit.suggestions && expected,
      locale: speak,
      values: hit.values,
    })
    return {
      ruleId: data.id,
      source: SOURCE,
      severity: hit.quoted && this.quotes === 'lower' ? 'info' : severity,
      message,
      actual,
      expected,
      principle: { id: data.family, name: family[speak] },
      theses: data.theses,
      url: ruleUrl(data.id),
      language,
    }
  }
}

/** Places a draft in the document. */
export function placeDraft(draft: Draft, start: number, end: number, place: (offset: number) => Point): Finding {
  const from = place(start)
  const to = place(end)
  return {
    ruleId: draft.ruleId,
    source: SOURCE,
    severity: draft.severity,
    message: draft.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    offset: start,
    endOffset: end,
    actual: draft.actual,
    expected: draft.expected,
    principle: draft.principle,
    theses: draft.theses,
    url: draft.url,
    language: draft.language,
  }
}

/** Findings moved by `offset` characters and `lines` lines (text before them changed). */
export function shiftFindings(findings: readonly Finding[], offset: number, lines: number): Finding[] {
  return findings.map((f) => {
    const moved: Finding = { ...f, line: f.line + lines, endLine: f.endLine + lines, offset: f.offset + offset, endOffset: f.endOffset + offset }
    if (f.fix) moved.fix = { ...f.fix, offset: f.fix.offset + offset, endOffset: f.fix.endOffset + offset }
    return moved
  })
}
