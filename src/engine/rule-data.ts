// The shape of rules/**/*.yaml once validated and compiled to JSON by scripts/build-rules.mjs.
// rules/schema.json is the authority; these types follow it.

export type Language = 'en' | 'fr'
export const LANGUAGES: readonly Language[] = ['en', 'fr']
export type Severity = 'error' | 'warning' | 'info'
export type RuleKind = 'existence' | 'substitution' | 'pattern' | 'shouting'
export type FamilyId = `F${number}`

export interface Localised {
  en: string
  fr: string
}

export interface EntryData {
  phrase?: string
  phrases?: string[]
  pattern?: string
  suggest?: string[]
  inflect?: boolean
  exceptions?: string[]
  note?: Localised
}

export interface RuleData {
  id: string
  language: Language
  family: FamilyId
  theses: number[]
  kind: RuleKind
  severity: Severity
  inflect?: boolean
  message: Localised
  why: Localised
  sources: string[]
  examples: { bad: string[]; good: string[] }
  exceptions?: string[]
  acronyms?: string[]
  minLength?: number
  entries?: EntryData[]
}

export interface FamilyData extends Localised {
  theses: number[]
}

export interface RuleSetData {
  families: Record<string, FamilyData>
  rules: RuleData[]
}
