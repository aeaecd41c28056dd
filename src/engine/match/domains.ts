// Shared domain vocabularies (issue #15, literal senses): the words of a field (medicine, finance,
// the sea…) that, next to a phrase, say it is used in that field's plain sense: "synergy" among
// pharmacologists, "robust" of an oak beam, "deep dive" of divers. Written once per language in
// rules/domains/<language>.yaml and named by entries (`unless: { domains: [medicine] }`), instead of
// one list of words per entry that misses the word's family ("pharmacologists" was not in one).
// A domain lists words, matched in the inflected forms rule phrases match (drug → drugs; an
// irregular verb's past: bleed → bled); stems, written with a final `*`, match every word that
// starts so (pharmacolog* → pharmacology, pharmacologist, pharmacological); and phrases of words
// or stems, matched word by word (standard error*). The morphology layer's lemmas are not used:
// its English lexicon gives no reliable lemma ("baked" reads as "bak"), what it guesses from
// endings the stems already do, and a field's words must cancel the same
// findings whether a front end loaded the morphology data or not. An irregular plural is listed
// as a word of its own (bacterium, bacteria).
import type { Language, PhraseFields, RuleBase } from '../rules/rule-data.js'
import { phraseKeys } from '../text/normalise.js'
import type { Token } from '../text/tokens.js'
import { precompiledDomainTables } from './domain-forms-snapshot.js'
import { inflections } from './inflect.js'

/** A language's domains: name → words, stems (`pharmacolog*`) and phrases, as written. */
export type DomainData = Record<string, string[]>

/**
 * Stems are at least five letters: four would let "cell*" take "cellar", "gene*" "general",
 * "bank*" "banknote"; five still reads "geolog*", "statist*" as what they are.
 */
export const MIN_STEM = 5
export const STEM_MARK = '*'

/** One word of a domain phrase: a stem (a prefix of the folded word), or the set of its forms. */
export type Part = { stem: string } | { forms: ReadonlySet<string> }

/** A domain phrase of two words or more. */
export interface Phrase {
  first: Part
  rest: Part[]
  domain: string
}

/**
 * A language's domains as looked up: each form and stem of a one-word entry with its domains (in
 * the order the entries are written), and the phrases. Built from the words on the first lookup,
 * or read from the snapshot scripts/build-matchers.mjs wrote (domain-forms-snapshot.ts).
 */
export interface DomainTables {
  forms: WordDomains
  stems: WordDomains
  phrases: Phrase[]
  longestStem: number
}

/** A form's or a stem's domains. */
export interface WordDomains {
  get(word: string): Iterable<string> | undefined
  keys(): Iterable<string>
}

/** The tables as built from the words (a snapshot is written from them). */
export interface BuiltDomainTables extends DomainTables {
  forms: Map<string, Set<string>>
  stems: Map<string, Set<string>>
}

/** A domain word that stands in a block: its tokens, and its domain. */
export interface DomainHit {
  first: number
  last: number
  domain: string
}

/** Why a domain entry cannot be used, or undefined when it can (build-rules.mjs says the same). */
export function domainWordProblem(entry: string): string | undefined {
  const words = entry.trim().split(/\s+/)
  for (const word of words) {
    const stem = word.endsWith(STEM_MARK)
    const letters = stem ? word.slice(0, -1) : word
    if (!/^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]*)*$/u.test(letters)) return `“${entry}” is not a word, a stem (word*) or a phrase of them`
    if (stem && [...letters].length < MIN_STEM) return `the stem “${word}” is shorter than ${MIN_STEM} letters: it would catch unrelated words`
  }
  return undefined
}

/** A language's domains compiled for lookup: which domains a block's tokens hold, token by token. */
export class DomainVocabulary {
  private forms: WordDomains = new Map()
  private stems: WordDomains = new Map()
  /** Phrases of two words or more, by the forms or stem of their first word. */
  private readonly phrasesByForm = new Map<string, Phrase[]>()
  private readonly phrasesByStem = new Map<string, Phrase[]>()
  private longestStem = 0
  /**
   * The first MIN_STEM letters of every stem: a word that starts otherwise has no stem to look up.
   * Without it each token of a block took up to 11 prefix lookups and a new Set, 5% of the lint of
   * the bench's English 100 KB (docs/performance.md, "Field words at build time").
   */
  private readonly stemStarts = new Set<string>()

  private compiled = false

  /**
   * `precompiled`: for the bundled domains, what reads their tables from the snapshot (undefined
   * when it is stale). Their words are not checked again: scripts/build-rules.mjs checked them.
   */
  constructor(
    readonly domains: DomainData,
    readonly language: Language,
    private readonly precompiled?: () => DomainTables | undefined,
  ) {
    if (precompiled) return
    for (const [domain, entries] of Object.entries(domains)) {
      for (const entry of entries) {
        const problem = domainWordProblem(entry)
        if (problem) throw new Error(`domain ${domain} (${language}): ${problem}`)
      }
    }
  }

  // The words' inflected forms are built on the first block a match that names domains is checked
  // in, not with the rules: for the 3,021 English words (most from WordNet) that takes about 50 ms
  // (in-process, warm; 11 ms for French's 358), which a file with no such match never needs. The
  // CLI reads them from a snapshot instead (domain-forms-snapshot.ts).
  private compile(): void {
    this.compiled = true
    const tables = this.precompiled?.() ?? this.built()
    this.forms = tables.forms
    this.stems = tables.stems
    this.longestStem = tables.longestStem
    for (const phrase of tables.phrases) {
      if ('stem' in phrase.first) push(this.phrasesByStem, phrase.first.stem, phrase)
      else for (const form of phrase.first.forms) push(this.phrasesByForm, form, phrase)
    }
    for (const stem of [...this.stems.keys(), ...this.phrasesByStem.keys()]) this.stemStarts.add(stem.slice(0, MIN_STEM))
  }

  /** The tables built from the words. */
  built(): BuiltDomainTables {
    const tables: BuiltDomainTables = { forms: new Map(), stems: new Map(), phrases: [], longestStem: 0 }
    for (const [domain, entries] of Object.entries(this.domains)) {
      for (const entry of entries) {
        const [first, ...rest] = entry.trim().split(/\s+/).flatMap((word) => this.parts(word, tables))
        if (rest.length) tables.phrases.push({ first, rest, domain })
        else if ('stem' in first) this.note(tables.stems, first.stem, domain)
        else for (const form of first.forms) this.note(tables.forms, form, domain)
      }
    }
    return tables
  }

  has(domain: string): boolean {
    return Object.hasOwn(this.domains, domain)
  }

  private readonly narrowed = new Map<string, DomainVocabulary>()

  /**
   * The vocabulary of `domain` alone, built from its words on first use: the same hits for it as
   * this one's, without compiling the other domains' tables.
   */
  only(domain: string): DomainVocabulary {
    let one = this.narrowed.get(domain)
    if (!one) this.narrowed.set(domain, (one = new DomainVocabulary({ [domain]: this.domains[domain] ?? [] }, this.language)))
    return one
  }

  /** Whether the tables were compiled (a test's count of work). */
  get isCompiled(): boolean {
    return this.compiled
  }

  /** The domain words of `tokens` (one sentence or more), in order; a block's tokens are read once. */
  hits(tokens: readonly Token[], from: number, to: number): DomainHit[] {
    if (!this.compiled) this.compile()
    const out: DomainHit[] = []
    for (let k = from; k <= to; k++) {
      // A possessive is the word's token with its apostrophe ("the empire's mills": "empire'" + "s").
      const key = this.language === 'en' ? possessed(tokens[k].key) : tokens[k].key
      if (!key) continue
      const stemmed = key.length >= MIN_STEM && this.stemStarts.has(key.slice(0, MIN_STEM))
      const forms = this.forms.get(key)
      if (forms || stemmed) for (const domain of this.wordDomains(key, forms, stemmed)) out.push({ first: k, last: k, domain })
      const phrases = this.phrasesByForm.get(key)
      if (!phrases && !stemmed) continue
      for (const phrase of this.phrasesAt(key, phrases, stemmed)) {
        let j = 0
        while (j < phrase.rest.length && k + 1 + j <= to && fits(phrase.rest[j], tokens[k + 1 + j].key)) j++
        if (j === phrase.rest.length) out.push({ first: k, last: k + j, domain: phrase.domain })
      }
    }
    return out
  }

  private wordDomains(key: string, forms: Iterable<string> | undefined, stemmed: boolean): Iterable<string> {
    if (!stemmed) return forms ?? []
    const found = new Set<string>(forms ?? [])
    for (let length = MIN_STEM; length <= Math.min(key.length, this.longestStem); length++) {
      for (const domain of this.stems.get(key.slice(0, length)) ?? []) found.add(domain)
    }
    return found
  }

  private phrasesAt(key: string, phrases: readonly Phrase[] | undefined, stemmed: boolean): readonly Phrase[] {
    if (!stemmed) return phrases ?? []
    const out = [...(phrases ?? [])]
    for (let length = MIN_STEM; length <= Math.min(key.length, this.longestStem); length++) out.push(...(this.phrasesByStem.get(key.slice(0, length)) ?? []))
    return out
  }

  private parts(word: string, tables: BuiltDomainTables): Part[] {
    const stem = word.endsWith(STEM_MARK)
    const keys = phraseKeys(stem ? word.slice(0, -1) : word)
    return keys.map((key, k) => {
      if (stem && k === keys.length - 1) {
        tables.longestStem = Math.max(tables.longestStem, key.length)
        return { stem: key }
      }
      return { forms: new Set(inflections(key, this.language)) }
    })
  }

  private note(map: Map<string, Set<string>>, key: string, domain: string): void {
    let domains = map.get(key)
    if (!domains) map.set(key, (domains = new Set()))
    domains.add(domain)
  }
}

const fits = (part: Part, key: string) => ('stem' in part ? key.startsWith(part.stem) : part.forms.has(key))

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const vocabularies = new WeakMap<DomainData, DomainVocabulary>()

/** A language's domains compiled once per data object. */
export function domainVocabulary(domains: DomainData | undefined, language: Language): DomainVocabulary | undefined {
  if (!domains) return undefined
  let vocabulary = vocabularies.get(domains)
  if (!vocabulary) vocabularies.set(domains, (vocabulary = new DomainVocabulary(domains, language, precompiledDomainTables(domains, language))))
  return vocabulary
}

/** Each `unless.domains` name of `rules` that `vocabulary` lacks, as “name” (rule id, entry). */
export function unknownDomains(rules: readonly RuleBase[], vocabulary: DomainVocabulary | undefined): string[] {
  const out: string[] = []
  for (const rule of rules) {
    const fields = rule as Partial<PhraseFields>
    const named = [{ where: 'rule', unless: fields.unless }, ...(fields.entries ?? []).map((entry, e) => ({ where: `entry ${e + 1}`, unless: entry.unless }))]
    for (const { where, unless } of named) {
      for (const name of [...(unless?.domains ?? []), ...(unless?.beside ?? [])]) if (!vocabulary?.has(name)) out.push(`“${name}” (${rule.id}, ${where})`)
    }
  }
  return out
}

/** An English token's key without the apostrophe of a possessive ("empire'" → "empire"; register.ts reads "we'" so too). French elisions ("qu'", "jusqu'") keep theirs. */
const possessed = (key: string): string => (key.length > 2 && key.endsWith("'") ? key.slice(0, -1) : key)
