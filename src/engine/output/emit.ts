// Turns what the matchers found into vfile messages, then into Findings: one message template,
// suggestions in the case of the text, severity from the config, quotations softened. A message
// is drafted once, when its block is checked, and placed once in its piece of the document; a
// session re-lints a long document by moving placed findings, without re-making any message.
import type { Point } from './lines.js'
import { VFileMessage } from 'vfile-message'
import { formatMessage, matchCase, ruleUrl, SOURCE, type Finding } from './finding.js'
import type { CompiledRules } from '../rules/rules.js'
import type { Language } from '../rules/rule-data.js'
import { BoundedCache } from '../util/bounded-cache.js'

export interface EmitExtra {
  /** undefined: the rule offers no wording; []: the advice is to cut it. */
  suggestions?: string[]
  values?: Record<string, number>
  /** Inside a quotation or a block quote. */
  quoted?: boolean
}

/** A finding without its place in the document. */
export type Draft = Omit<Finding, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'> & { vfileMessage: VFileMessage }

export class Drafter {
  constructor(
    private readonly compiled: CompiledRules,
    private readonly locale: Language | undefined,
    private readonly quotes: 'lower' | 'skip' | 'keep',
  ) {}

  // A document repeats its phrases: a phrase finding's draft depends only on the rule, the words,
  // their language, the suggestions (one array per rule entry) and whether they are quoted, so
  // each is made once (bounded, for long audits). Drafts are read-only, like the findings.
  private readonly phraseDrafts = new BoundedCache<string, Draft>(20_000)
  private readonly suggestionIds = new WeakMap<string[], number>()
  private nextSuggestionId = 0

  draft(ruleIndex: number, actual: string, language: Language, extra: EmitExtra = {}): Draft | undefined {
    if (extra.quoted && this.quotes === 'skip') return undefined
    if (extra.values) return this.make(ruleIndex, actual, language, extra)
    const suggestions = extra.suggestions ? this.suggestionId(extra.suggestions) : -1
    const key = `${ruleIndex} ${language} ${extra.quoted ? 1 : 0} ${suggestions} ${actual}`
    let draft = this.phraseDrafts.get(key)
    if (!draft) {
      draft = this.make(ruleIndex, actual, language, extra)
      this.phraseDrafts.set(key, draft)
    }
    return draft
  }

  private suggestionId(suggestions: string[]): number {
    let id = this.suggestionIds.get(suggestions)
    if (id === undefined) this.suggestionIds.set(suggestions, (id = this.nextSuggestionId++))
    return id
  }

  private make(ruleIndex: number, actual: string, language: Language, extra: EmitExtra): Draft {
    const { data, severity, family } = this.compiled.rules[ruleIndex]
    const speak = this.locale ?? language
    const expected = (extra.suggestions ?? []).map((s) => matchCase(s, actual))
    const reason = formatMessage({
      template: data.message,
      actual: actual.replace(/\s+/g, ' '),
      familyName: family[speak],
      familyId: data.family,
      theses: data.theses,
      suggestions: extra.suggestions && expected,
      locale: speak,
      values: extra.values,
    })
    // A VFileMessage is an Error: capturing its stack trace would cost more than the whole match.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    const vfileMessage = new VFileMessage(reason, { ruleId: data.id, source: SOURCE })
    Error.stackTraceLimit = limit
    Object.assign(vfileMessage, { url: ruleUrl(data.id), actual, expected })
    return {
      ruleId: data.id,
      source: SOURCE,
      severity: extra.quoted && this.quotes === 'lower' ? 'info' : severity,
      message: reason,
      actual,
      expected,
      principle: { id: data.family, name: family[speak] },
      theses: data.theses,
      url: ruleUrl(data.id),
      language,
      vfileMessage,
    }
  }
}

/** Places a draft in the document. */
export function placeDraft(draft: Draft, start: number, end: number, place: (offset: number) => Point): Finding {
  const from = place(start)
  const to = place(end)
  const { vfileMessage, ...rest } = draft
  return {
    ruleId: vfileMessage.ruleId ?? rest.ruleId,
    source: SOURCE,
    severity: rest.severity,
    message: vfileMessage.reason,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    offset: start,
    endOffset: end,
    actual: rest.actual,
    expected: rest.expected,
    principle: rest.principle,
    theses: rest.theses,
    url: rest.url,
    language: rest.language,
  }
}
