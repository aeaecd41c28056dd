// The shape of rules/**/*.yaml once validated and compiled to JSON by scripts/build-rules.mjs.
// rules/schema.json is the authority; these types follow it.

export type Language = 'en' | 'fr'
export const LANGUAGES: readonly Language[] = ['en', 'fr']
export type Severity = 'error' | 'warning' | 'info'
export type RuleKind = 'existence' | 'substitution' | 'pattern' | 'shouting' | 'density' | 'ratio' | 'sentence-length' | 'readability'
export type Scope = 'paragraph' | 'section' | 'document'
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
  unless?: Unless
}

/** Context that cancels a finding: evidence near a claim, an agent after a passive. */
export interface Unless {
  window?: number
  after?: boolean
  figures?: boolean
  links?: boolean
  words?: string[]
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
  unless?: Unless
  max?: number
  min?: number
  minWords?: number
  minCount?: number
  scope?: Scope
  formula?: 'flesch' | 'kandel-moles'
  numerator?: string[]
  denominator?: string[]
}

export interface FamilyData extends Localised {
  theses: number[]
}

export interface RuleSetData {
  families: Record<string, FamilyData>
  rules: RuleData[]
}
