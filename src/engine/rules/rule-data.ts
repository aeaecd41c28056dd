// The shape of rules/**/*.yaml once validated and compiled to JSON by scripts/build-rules.mjs.
// rules/schema.json is the authority. A rule's data is one member of a union keyed on `kind`:
// each kind declares its own fields next to its handler (kinds/<kind>.ts), with the list of
// them that test/rule-schema.test.ts holds to the schema's block for that kind.
export type { RuleData, KindName } from '../kinds/index.js'

export type Language = 'en' | 'fr'
export const LANGUAGES: readonly Language[] = ['en', 'fr']
export type Severity = 'error' | 'warning' | 'info'
export type Scope = 'paragraph' | 'section' | 'document'
export type FamilyId = `F${number}`

export interface Localised {
  en: string
  fr: string
}

/** What every rule has, whatever its kind. */
export interface RuleBase<K extends string = string> {
  id: string
  language: Language
  family: FamilyId
  theses: number[]
  kind: K
  severity: Severity
  message: Localised
  why: Localised
  sources: string[]
  examples: { bad: string[]; good: string[] }
}

export interface EntryData {
  phrase?: string
  phrases?: string[]
  pattern?: string
  suggest?: string[]
  inflect?: boolean
  /** Flag the phrase only where its head word is this part of speech ("leverage" the verb, not the noun). */
  pos?: 'verb' | 'noun' | 'adjective'
  exceptions?: string[]
  /** Token patterns (as `pattern` writes them) in which a match of the entry is not flagged: "and much more <adj>". */
  exceptionPatterns?: string[]
  note?: Localised
  unless?: Unless
  /** Suggestions that stand for different senses of the word, each with the words that pick it (fix/senses.ts). */
  senses?: EntrySense[]
}

/** One sense of an entry's word: its suggestions (some of the entry's), and the words near it that pick it (none: the sense it has otherwise). */
export interface EntrySense {
  suggest: string[]
  words?: string[]
}

/** Context that cancels a finding: evidence near a claim, an agent after a passive. */
export interface Unless {
  window?: number
  after?: boolean
  figures?: boolean
  links?: boolean
  words?: string[]
  /** Fields whose words (rules/domains/<language>.yaml) read the phrase in its plain sense: "synergy" among pharmacologists. */
  domains?: string[]
  /** Fields whose words read the phrase in its plain sense only beside it (three words before it or two after it, in its sentence, no preposition between): the noun an adjective qualifies. */
  beside?: string[]
  /**
   * With `domains`: the plain sense is also read in a block with no word of copy at all (no "we",
   * "customers", word of trade, currency sign or other finding of copy's families), not only in
   * expository prose (match/register.ts). For entries whose plain senses are qualities that prose
   * names with no field word ("robust healthy boy", "revolutionary truth").
   */
  outsideCopy?: boolean
  /**
   * Words with plain senses of their own that name no field ("unparalleled", "value-added theory",
   * "the next generation"): read in their plain sense in a sentence that reads as expository prose
   * in a block with no word of copy (match/register.ts), as an entry naming fields is. Not for
   * words that are corporate-speak in any register ("utilize", "reskill"; session 34).
   */
  plainSenses?: boolean
  /**
   * A time phrase whose cliché is the writer's own time ("at the end of the day", "going
   * forward"): its plain sense is read in a sentence that narrates the past (match/narrated-past.ts).
   */
  narratedPast?: boolean
  /**
   * A motion idiom ("moving forward"): its plain sense, motion, is read where it is a verb's own
   * predicate ("the object is moving forward") or takes a complement of motion ("moving forward
   * and backward", "moving forward one place"; match/motion-idiom.ts).
   */
  motion?: boolean
  /**
   * A verb of enabling ("facilitate", "empower"): its plain sense is read where its subject is an
   * abstract cause, a noun of a process, a state or a method that is no word of copy ("the
   * convention facilitated the protection of creative works"), in a block with no word of copy
   * (match/cause-subject.ts).
   */
  causeSubject?: boolean
  /**
   * With `domains` naming literature: phrases a novel or a play writes as its author's style
   * (light verbs, clichés), read in their plain sense in a block with no word of copy at all and no
   * person copy names, on any piece of literature's evidence, the imperfect after a noun included
   * (match/register.ts). Not for hype: « l'hôtel avait une vue incomparable » is a review.
   */
  literaryStyle?: boolean
}

/** The fields of the kinds that look for phrases (existence, substitution, pattern, density). */
export interface PhraseFields {
  entries: EntryData[]
  /** Also match inflected forms (default true; an entry may say otherwise). */
  inflect?: boolean
  exceptions?: string[]
  unless?: Unless
  /** The language the phrases are borrowed from (anglicisms: 'en'): see kinds/borrowed-words.ts. */
  borrowedFrom?: Language
}

/** A rule's entries, for the kinds that have some. */
export const entriesOf = (rule: RuleBase): EntryData[] | undefined => (rule as Partial<PhraseFields>).entries

export interface FamilyData extends Localised {
  theses: number[]
}

export interface RuleSetData {
  families: Record<string, FamilyData>
  rules: import('../kinds/index.js').RuleData[]
  /** Each language's domain vocabularies (rules/domains/<language>.yaml), named by `unless.domains`. */
  domains?: Partial<Record<Language, import('../match/domains.js').DomainData>>
  /** Each language's word sets (rules/word-sets/<language>.yaml), named by `@name` slots in patterns. */
  wordSets?: Partial<Record<Language, import('../match/phrase-matcher.js').WordSets>>
  /** Each language's register words (rules/registers/<language>.yaml): what reads as copy, expository prose or literature. */
  registers?: Partial<Record<Language, import('../match/register-words.js').RegisterData>>
}

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]
type OptionalKeys<T> = Exclude<keyof T, RequiredKeys<T>>

/** A type's fields, required and optional, as a list the schema test can read. */
export interface FieldList {
  required: readonly string[]
  optional: readonly string[]
}

/**
 * The fields of `T`, listed: the compiler refuses a field `T` lacks, a required field listed as
 * optional (or the reverse), and a list that leaves one out (`missing` names it).
 */
export function fieldsOf<T>() {
  return <const R extends readonly (RequiredKeys<T> & string)[], const O extends readonly (OptionalKeys<T> & string)[]>(
    fields: { required: R; optional: O } & ([Exclude<keyof T, R[number] | O[number]>] extends [never] ? unknown : { missing: Exclude<keyof T, R[number] | O[number]> }),
  ): FieldList => fields
}

/** The fields every rule has. */
export const BASE_FIELDS = fieldsOf<RuleBase>()({
  required: ['id', 'language', 'family', 'theses', 'kind', 'severity', 'message', 'why', 'sources', 'examples'],
  optional: [],
})

