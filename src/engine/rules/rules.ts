// The rule set compiled for one configuration: rule data + the user's switches, accepted words
// and extra phrases → one phrase matcher per language and the shouting checks. Compiled once per
// distinct configuration and cached; linting never loops over rules.
import { effectiveSeverity, type CluetrainConfig, type CustomPhrase } from '../config/config.js'
import { defaultRuleData } from '../generated/rules.js'
import { phraseKeys } from '../text/normalise.js'
import { PhraseMatcher } from '../match/phrase-matcher.js'
import { LANGUAGES, type FamilyData, type Language, type RuleData, type RuleSetData, type Severity } from './rule-data.js'
import type { ShoutingSettings } from '../kinds/shouting.js'
import { BoundedCache } from '../util/bounded-cache.js'

export interface CompiledRule {
  data: RuleData
  severity: Severity
  family: FamilyData
}

export interface LanguageRules {
  matcher: PhraseMatcher
  shouting: Array<{ rule: number; settings: ShoutingSettings }>
  /** Rules judged over sentences, paragraphs or sections: sentence-length, readability, ratio, density. */
  measures: number[]
}

export interface CompiledRules {
  rules: CompiledRule[]
  byLanguage: Record<Language, LanguageRules>
}

export type EngineConfig = Pick<CluetrainConfig, 'rules' | 'accept' | 'phrases' | 'quotes'>

export const CUSTOM_RULE_ID = 'custom'

// Many configs in one process (a monorepo audit): at most 32 compiled rule sets are kept.
const caches = new WeakMap<RuleSetData, BoundedCache<string, CompiledRules>>()
// The cache key spells the whole config out: worked out once per config object, not once per file
// linted (a 1 MB `accept` list costs milliseconds to spell).
const keys = new WeakMap<EngineConfig, string>()

export function compileRules(config: EngineConfig = {}, data: RuleSetData = defaultRuleData): CompiledRules {
  let cache = caches.get(data)
  if (!cache) caches.set(data, (cache = new BoundedCache(32)))
  let key = keys.get(config)
  if (key === undefined) keys.set(config, (key = JSON.stringify([config.rules, config.accept, config.phrases])))
  let compiled = cache.get(key)
  if (!compiled) {
    compiled = build(config, data)
    cache.set(key, compiled)
  }
  return compiled
}

function build(config: EngineConfig, data: RuleSetData): CompiledRules {
  const rules: CompiledRule[] = []
  const byLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, { matcher: new PhraseMatcher(l), shouting: [], measures: [] }])) as unknown as Record<Language, LanguageRules>
  const all = [...data.rules, ...customRules(config.phrases ?? [], data)]
  for (const rule of all) {
    const severity = effectiveSeverity(rule.severity, config.rules?.[rule.id])
    if (!severity) continue
    const index = rules.push({ data: rule, severity, family: data.families[rule.family] }) - 1
    const target = byLanguage[rule.language]
    if (rule.kind === 'shouting') {
      // An accepted word in capitals (a product name, a client's acronym) is not shouting either.
      const accepted = (config.accept ?? []).map((w) => w.toUpperCase())
      target.shouting.push({ rule: index, settings: { acronyms: new Set([...(rule.acronyms ?? []), ...accepted]), minLength: rule.minLength ?? 5 } })
      continue
    }
    if (['sentence-length', 'readability', 'ratio', 'density'].includes(rule.kind)) target.measures.push(index)
    const ruleInflect = rule.inflect ?? true
    for (const phrase of rule.numerator ?? []) target.matcher.addPhrase(phrase, false, { role: 'numerator', rule: index, entry: -1 })
    for (const phrase of rule.denominator ?? []) target.matcher.addPhrase(phrase, false, { role: 'denominator', rule: index, entry: -1 })
    for (const phrase of rule.unless?.words ?? []) target.matcher.addPhrase(phrase, true, { role: 'evidence', rule: index, entry: -1 })
    for (const phrase of rule.exceptions ?? []) target.matcher.addPhrase(phrase, ruleInflect, { role: 'exception', rule: index, entry: -1 })
    rule.entries?.forEach((entry, e) => {
      const inflect = entry.inflect ?? ruleInflect
      const terminal = { role: 'match' as const, rule: index, entry: e }
      if (entry.pattern) target.matcher.addPattern(entry.pattern, inflect, terminal)
      for (const phrase of entry.phrases ?? (entry.phrase ? [entry.phrase] : [])) target.matcher.addPhrase(phrase, inflect, terminal)
      for (const phrase of entry.exceptions ?? []) target.matcher.addPhrase(phrase, inflect, { role: 'exception', rule: index, entry: e })
      for (const phrase of entry.unless?.words ?? []) target.matcher.addPhrase(phrase, true, { role: 'evidence', rule: index, entry: e })
    })
  }
  for (const phrase of distinctPhrases(config.accept ?? [])) {
    for (const l of LANGUAGES) byLanguage[l].matcher.addPhrase(phrase, true, { role: 'accept', rule: -1, entry: -1 })
  }
  return { rules, byLanguage }
}

/**
 * One of each accepted phrase, as the matcher folds them (case, accents, hyphens): every copy of a
 * phrase was one more shield at every place it occurs, so a list repeating a word N times cost
 * N times the work wherever that word appears (lists merged from several configs repeat words).
 */
function distinctPhrases(phrases: readonly string[]): string[] {
  const seen = new Set<string>()
  return phrases.filter((phrase) => {
    const key = phraseKeys(phrase).join(' ')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

// Each of the team's own phrases from .cluetrain.yaml becomes a rule `custom` in its languages.
function customRules(phrases: readonly CustomPhrase[], data: RuleSetData): RuleData[] {
  return phrases.flatMap((p) =>
    LANGUAGES.filter((l) => !p.language || p.language === 'both' || p.language === l).map((language): RuleData => {
      const family = p.family ?? 'F1'
      return {
        id: CUSTOM_RULE_ID,
        language,
        family,
        theses: data.families[family]?.theses ?? [],
        kind: 'substitution',
        severity: 'warning',
        message: p.message
          ? { en: p.message, fr: p.message }
          : { en: '“{actual}” is on your team’s list of phrases to avoid', fr: '« {actual} » figure dans la liste de votre équipe' },
        why: { en: 'Your team listed this phrase in .cluetrain.yaml.', fr: 'Votre équipe a listé cette tournure dans .cluetrain.yaml.' },
        sources: ['.cluetrain.yaml'],
        examples: { bad: [], good: [] },
        entries: [{ phrases: p.phrases ?? (p.phrase ? [p.phrase] : []), suggest: p.suggest }],
      }
    }),
  )
}
