// The bundled field words' lookup tables (domains.ts: each word's inflected forms, stems, phrases)
// written at build time by scripts/build-matchers.mjs beside the matcher snapshots, and read back
// on the first lookup (issue #17). Building them from the 3,021 English words cost a one-line lint
// that names fields ("We leverage synergies.") about 100 ms of a cold process; reading them is one
// JSON.parse. Like a matcher snapshot, the text names the rule data it was made from
// (defaultRuleDataKey: the domains are part of it): other data, or another format, is built from
// the words as before.
//
// The text: line 1 is a JSON header, line 2 the body.
//   header = { format, key, language, body (its length) }
//   body   = { domains: [name, ...], longestStem, forms: { form: domains, ... }, stems: { stem: domains, ... },
//              phrases: [[domain, part, part, ...], ...] }
//   domains = a domain's place in `domains`, or a list of them; part = a stem (string) or its forms ([string])
// The forms stay the object JSON.parse makes, looked up as they are: putting its 7,940 English
// forms in a Map cost about 15 ms of a cold process, parsing the whole text about 7 ms.
import { defaultRuleData, defaultRuleDataKey } from '../generated/rules.js'
import type { Language } from '../rules/rule-data.js'
import type { BuiltDomainTables, DomainData, DomainTables, Part, WordDomains } from './domains.js'

export const DOMAIN_SNAPSHOT_FORMAT = 1

type Places = number | number[]
interface Body {
  domains: string[]
  longestStem: number
  forms: Record<string, Places>
  stems: Record<string, Places>
  phrases: Array<Array<number | string | string[]>>
}

/** The tables as snapshot text; `key` names the rule data they were built from. */
export function domainSnapshotOf(tables: BuiltDomainTables, key: string, language: Language): string {
  const names: string[] = []
  const place = (domain: string) => {
    const at = names.indexOf(domain)
    return at >= 0 ? at : names.push(domain) - 1
  }
  const places = (map: Map<string, Set<string>>) => Object.fromEntries([...map].map(([word, set]) => [word, set.size === 1 ? place([...set][0]) : [...set].map(place)]))
  const part = (p: Part) => ('stem' in p ? p.stem : [...p.forms])
  const body: Body = {
    domains: names,
    longestStem: tables.longestStem,
    forms: places(tables.forms),
    stems: places(tables.stems),
    phrases: tables.phrases.map((phrase) => [place(phrase.domain), part(phrase.first), ...phrase.rest.map(part)]),
  }
  const text = JSON.stringify(body)
  return `${JSON.stringify({ format: DOMAIN_SNAPSHOT_FORMAT, key, language, body: text.length })}\n${text}`
}

/** The tables of a snapshot made from rule data `key` for `language`; undefined when it is not one (stale, cut short, other). */
export function domainTablesFromSnapshot(text: string, key: string, language: Language): DomainTables | undefined {
  const newline = text.indexOf('\n')
  if (newline < 0) return undefined
  const header = parsed(text.slice(0, newline)) as { format?: unknown; key?: unknown; language?: unknown; body?: unknown } | undefined
  // A write cut short leaves the body short.
  if (header?.format !== DOMAIN_SNAPSHOT_FORMAT || header.key !== key || header.language !== language || header.body !== text.length - newline - 1) return undefined
  // A damaged file is not a reason to stop linting: the words are inflected instead.
  const body = parsed(text.slice(newline + 1)) as Body | undefined
  if (!body) return undefined
  const part = (p: string | string[]): Part => (typeof p === 'string' ? { stem: p } : { forms: new Set(p) })
  return {
    forms: new PlacesLookup(body.forms, body.domains),
    stems: new PlacesLookup(body.stems, body.domains),
    longestStem: body.longestStem,
    phrases: body.phrases.map(([domain, first, ...rest]) => ({ domain: body.domains[domain as number], first: part(first as string | string[]), rest: rest.map((p) => part(p as string | string[])) })),
  }
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json)
  } catch {
    return undefined
  }
}

/** The domains of a word of the parsed object. */
class PlacesLookup implements WordDomains {
  /** One list per domain, shared by its words. */
  private readonly single: string[][]
  constructor(
    private readonly places: Record<string, Places>,
    private readonly names: readonly string[],
  ) {
    this.single = names.map((name) => [name])
  }
  get(word: string): Iterable<string> | undefined {
    // Own keys only: "constructor" is no word of a domain.
    if (!Object.hasOwn(this.places, word)) return undefined
    const at = this.places[word]
    return typeof at === 'number' ? this.single[at] : at.map((p) => this.names[p])
  }
  keys(): Iterable<string> {
    return Object.keys(this.places)
  }
}

/** A language's domain snapshot text, or undefined where there is none. */
export type PrecompiledDomainForms = (language: Language) => string | undefined

let precompiled: PrecompiledDomainForms | undefined

/** Where the bundled domains' snapshots come from, for vocabularies made from now on. */
export function usePrecompiledDomainForms(source: PrecompiledDomainForms | undefined): void {
  precompiled = source
}

/**
 * For the bundled domains of `language` while snapshots are read, what reads their tables (undefined
 * when the snapshot is missing or stale: they are then built from the words); else undefined.
 */
export function precompiledDomainTables(domains: DomainData, language: Language): (() => DomainTables | undefined) | undefined {
  const source = precompiled
  if (!source || domains !== defaultRuleData.domains?.[language]) return undefined
  return () => {
    const text = source(language)
    return text === undefined ? undefined : domainTablesFromSnapshot(text, defaultRuleDataKey, language)
  }
}
