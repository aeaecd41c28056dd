// The word lists the register of a sentence is read from (register.ts), as rule data:
// rules/registers/<language>.yaml, compiled by scripts/build-rules.mjs into the rule data's
// `registers`. Each list's file comment says what it is evidence of; the code that reads them is
// written once, here and in register.ts.
import type { Language } from '../rules/rule-data.js'

/** The names of the lists (scripts/build-rules.mjs says which each language's file must have). */
export type RegisterList = 'corporate' | 'copy-vocabulary' | 'writer' | 'reader' | 'expository' | 'problem-openers' | 'imperatives' | 'irregular-past' | 'adjectival' | 'adverbs' | 'months' | 'not-imperfect' | 'units' | 'reasoning-verbs' | 'shared-nouns'

/** A language's lists by name, as rules/registers/<language>.yaml writes them (folded keys). */
export type RegisterData = Partial<Record<RegisterList, string[]>>

/** The lists as sets of folded keys (tokens' `key`), one per language of a rule set. */
export interface RegisterWords {
  language: Language
  /** Copy's business and who it talks about: customers, platform, « clients ». */
  corporate: ReadonlySet<string>
  /**
   * A broad vocabulary of copy and business (products, software, work, money, trade, services,
   * customers: "invoices", "subscribers", « livraisons »): weak evidence of copy, read only to keep
   * a field-naming entry in a block with no other evidence of either register (register.ts).
   */
  copyVocabulary: ReadonlySet<string>
  /** The writer named: "we", « nous ». */
  writer: ReadonlySet<string>
  /** The reader named: "you", « vous ». */
  reader: ReadonlySet<string>
  /** Narration in the past, definitions, laws: "was", "theorem", « furent ». */
  expository: ReadonlySet<string>
  /** A textbook's problem or proof as a sentence's first word: "Consider", « Supposons ». */
  problemOpeners: ReadonlySet<string>
  /** Copy's calls to the reader as a sentence's first word (English; French reads its -ez). */
  imperatives: ReadonlySet<string>
  /** Irregular verbs in the past (English). */
  irregularPast: ReadonlySet<string>
  /** -ed words that are copy's adjectives, not verbs in the past (English). */
  adjectival: ReadonlySet<string>
  /** Adverbs between a subject and its verb (English). */
  adverbs: ReadonlySet<string>
  /** Months, a date after a day's number (French). */
  months: ReadonlySet<string>
  /** Nouns and adjectives in -ait, not imperfects (French). */
  notImperfect: ReadonlySet<string>
  /** Units after a number. */
  units: ReadonlySet<string>
  /** Verbs of a textbook's reasoning after its "we" ("we can assume", "as we saw"): no copy's writer (english-authorial.ts). */
  reasoningVerbs: ReadonlySet<string>
  /** What writer and reader share as people, after "our" ("our planet", "our understanding"): no copy's writer. */
  sharedNouns: ReadonlySet<string>
}

/** The sets of a language's lists; a list the data does not have is empty. */
export function registerWords(data: RegisterData | undefined, language: Language): RegisterWords {
  const set = (list: RegisterList): ReadonlySet<string> => new Set(data?.[list] ?? [])
  return {
    language,
    corporate: set('corporate'),
    copyVocabulary: set('copy-vocabulary'),
    writer: set('writer'),
    reader: set('reader'),
    expository: set('expository'),
    problemOpeners: set('problem-openers'),
    imperatives: set('imperatives'),
    irregularPast: set('irregular-past'),
    adjectival: set('adjectival'),
    adverbs: set('adverbs'),
    months: set('months'),
    notImperfect: set('not-imperfect'),
    units: set('units'),
    reasoningVerbs: set('reasoning-verbs'),
    sharedNouns: set('shared-nouns'),
  }
}
