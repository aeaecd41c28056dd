// The one Finding shape every front end reads (CLI json, extension, tests), and the one message
// template. Changing a field name here breaks `cluetrain lint --format json` users: extend only.
import type { FamilyId, Language, Localised, Severity } from '../rules/rule-data.js'

export const SOURCE = 'cluetrain-lint'
export const DOCS_URL = 'https://github.com/cluetrain-lint/cluetrain-lint/blob/main/docs/rules.md'

export interface Principle {
  id: FamilyId
  name: string
}

export interface Finding {
  ruleId: string
  source: typeof SOURCE
  severity: Severity
  message: string
  /** 1-based. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** 0-based UTF-16 offsets into the text: text.slice(offset, endOffset) === actual. */
  offset: number
  endOffset: number
  actual: string
  /** Plainer wordings, best first; empty when there is nothing to offer or the advice is to cut. */
  expected: string[]
  /**
   * The replacement the engine stands behind: `expected`'s first wording inflected to the flagged
   * form, with the words around it that change with it (the range may be wider than the finding).
   * Only on findings whose fix every step had data for; fix-all applies this and nothing else.
   */
  fix?: Fix
  /** Wordings of `expected` the engine could not put in the flagged form: shown, never applied. */
  uninflected?: string[]
  principle: Principle
  theses: number[]
  url: string
  language: Language
}

/** A replacement of text.slice(offset, endOffset) (0-based UTF-16 offsets, like a finding's). */
export interface Fix {
  offset: number
  endOffset: number
  text: string
}

export function ruleUrl(ruleId: string): string {
  return `${DOCS_URL}#${ruleId}`
}

const QUOTES: Record<Language, (s: string) => string> = {
  en: (s) => `“${s}”`,
  fr: (s) => `« ${s} »`,
}

const JOINERS: Record<Language, { or: string; try: string; cut: string; theses: string }> = {
  en: { or: ' or ', try: 'Try', cut: 'Cut it, or replace it with a fact.', theses: 'theses' },
  fr: { or: ' ou ', try: 'Essayez', cut: 'À supprimer, ou à remplacer par un fait.', theses: 'thèses' },
}

export interface MessageParts {
  template: Localised
  actual: string
  familyName: string
  familyId: FamilyId
  theses: number[]
  /** undefined: the rule offers no wording; []: the advice is to cut it. */
  suggestions: string[] | undefined
  locale: Language
  /** Numbers for the template: {count}, {other}, {words}, {max}, {score}. */
  values?: Record<string, number>
}

/** “leverage” is corporate jargon (F1 buzzwords and jargon, theses 11, 14). Try “use” or “build on”. */
export function formatMessage(parts: MessageParts): string {
  const { locale } = parts
  const words = JOINERS[locale]
  const head = parts.template[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name === 'actual' ? parts.actual : parts.values?.[name] !== undefined ? String(parts.values[name]) : whole,
  )
  const principle = `(${parts.familyId} ${parts.familyName}, ${words.theses} ${parts.theses.join(', ')})`
  let advice = ''
  if (parts.suggestions?.length) advice = ` ${words.try} ${parts.suggestions.map(QUOTES[locale]).join(words.or)}.`
  else if (parts.suggestions) advice = ` ${words.cut}`
  return `${head} ${principle}.${advice}`
}

/** Suggestions follow the capital of the text they replace: “Leverage” → “Use”. */
export function matchCase(suggestion: string, actual: string): string {
  const first = actual.charAt(0)
  if (first && first !== first.toLowerCase() && actual !== actual.toUpperCase()) {
    return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  }
  return suggestion
}
