// Turns what the matchers found into vfile messages, then into Findings: one message template,
// suggestions in the case of the text, severity from the config, quotations softened.
import type { VFile } from 'vfile'
import type { location } from 'vfile-location'
import { VFileMessage } from 'vfile-message'
import { formatMessage, matchCase, ruleUrl, SOURCE, type Finding } from './finding.js'
import type { CompiledRules } from './rules.js'
import type { Language } from './rule-data.js'

interface CluetrainMessage extends VFileMessage {
  severityName: Finding['severity']
  expected: string[]
  language: Language
  principle: Finding['principle']
  theses: number[]
  start: number
  end: number
}

export interface EmitExtra {
  /** undefined: the rule offers no wording; []: the advice is to cut it. */
  suggestions?: string[]
  values?: Record<string, number>
  /** Inside a quotation or a block quote. */
  quoted?: boolean
}

export class Emitter {
  constructor(
    private readonly file: VFile,
    private readonly compiled: CompiledRules,
    private readonly locale: Language | undefined,
    private readonly quotes: 'lower' | 'skip' | 'keep',
  ) {}

  emit(ruleIndex: number, start: number, end: number, language: Language, extra: EmitExtra = {}): void {
    if (extra.quoted && this.quotes === 'skip') return
    const { data, severity, family } = this.compiled.rules[ruleIndex]
    const source = String(this.file.value)
    const actual = source.slice(start, end)
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
    const message = new VFileMessage(reason, { ruleId: data.id, source: SOURCE }) as CluetrainMessage
    Error.stackTraceLimit = limit
    Object.assign(message, {
      url: ruleUrl(data.id),
      actual,
      expected,
      severityName: extra.quoted && this.quotes === 'lower' ? 'info' : severity,
      language,
      principle: { id: data.family, name: family[speak] },
      theses: data.theses,
      start,
      end,
    })
    this.file.messages.push(message)
  }

  findings(place: ReturnType<typeof location>): Finding[] {
    return this.file.messages.map((m) => toFinding(m as CluetrainMessage, place))
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
