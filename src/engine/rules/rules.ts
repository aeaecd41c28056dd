// The rule set compiled for one configuration: rule data + the user's switches, accepted words
// and extra phrases → one phrase matcher per language, and each rule compiled by its kind
// (kinds/index.ts). Compiled once per distinct configuration and cached; linting never loops
// over phrases, and over a language's rules once per block. A language's rules are compiled the
// first time a block of that language is checked: building a language's matcher is most of a
// one-line file's lint (French 46,000 trie nodes, English 20,000), and an English file needs no
// French one. Where a front end supplies the bundled rules' matchers precompiled
// (usePrecompiledMatchers: the CLI reads those scripts/build-matchers.mjs wrote), a language's
// matcher is read from its snapshot instead of compiled, and only the team's phrases are added.
import { effectiveSeverity, type CluetrainConfig, type CustomPhrase } from '../config/config.js'
import { defaultRuleData, defaultRuleDataKey } from '../generated/rules.js'
import { phraseKeys } from '../text/normalise.js'
import { kindOf } from '../kinds/index.js'
import type { RuleKind } from '../kinds/kind.js'
import { matcherFromSnapshot, snapshotKey, SNAPSHOT_FORMAT, type SnapshotText } from '../match/matcher-snapshot.js'
import { PhraseMatcher, type PhraseAdder, type WordSets } from '../match/phrase-matcher.js'
import { domainVocabulary, unknownDomains, type DomainVocabulary } from '../match/domains.js'
import { registerWords, type RegisterWords } from '../match/register-words.js'
import { LANGUAGES, type FamilyData, type Language, type RuleBase, type RuleData, type RuleSetData, type Severity } from './rule-data.js'
import { BoundedCache } from '../util/bounded-cache.js'

export interface CompiledRule {
  data: RuleData
  severity: Severity
  family: FamilyData
  kind: RuleKind<RuleBase, unknown>
  /** What the kind compiled the data to: its settings with defaults, for its checks. */
  compiled: unknown
}

export interface LanguageRules {
  matcher: PhraseMatcher
  /** Rules that check a block, and rules that count in it, by index, in order. */
  checks: number[]
  counts: number[]
  /** The language's domain vocabularies, for `unless.domains` (match/domains.ts). */
  domains?: DomainVocabulary
  /** The language's register words (rules/registers/), for expository prose and literature (match/register.ts). */
  registers?: RegisterWords
}

export interface CompiledRules {
  /** Every rule switched on, in every language; `compiled` is set once its language is. */
  rules: CompiledRule[]
  /** Each language's matcher and rules, compiled on first access. */
  byLanguage: Readonly<Record<Language, LanguageRules>>
  /** The languages compiled so far (the tests count the work). */
  compiledLanguages: ReadonlySet<Language>
}

export type EngineConfig = Pick<CluetrainConfig, 'rules' | 'accept' | 'phrases' | 'quotes'>

export const CUSTOM_RULE_ID = 'custom'

// Many configs in one process (a monorepo audit): at most 32 compiled rule sets are kept.
const caches = new WeakMap<RuleSetData, BoundedCache<string, CompiledRules>>()
// The cache key spells the whole config out: worked out once per config object, not once per file
// linted (a 1 MB `accept` list costs milliseconds to spell).
const keys = new WeakMap<EngineConfig, string>()

/** A language's precompiled matcher text or a reader of it (matcher-snapshot.ts), or undefined where there is none. */
export type PrecompiledMatchers = (language: Language) => SnapshotText | undefined

let precompiled: PrecompiledMatchers | undefined

/**
 * Where the bundled rules' precompiled matchers come from, for rule sets compiled from now on. A
 * snapshot of other rule data (rules edited since the build) or of another format is not used:
 * the language is compiled as before.
 */
export function usePrecompiledMatchers(source: PrecompiledMatchers | undefined): void {
  precompiled = source
}

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
  // The rule list is made for every language at once (cheap): a rule's index is its place in it
  // whichever languages are compiled, and messages need no compiled rule.
  const members = Object.fromEntries(LANGUAGES.map((l) => [l, [] as number[]])) as Record<Language, number[]>
  // Each bundled rule's index in the list (undefined when switched off): a snapshot's rule indexes
  // are their places in data.rules.
  const bundledIndex: Array<number | undefined> = []
  const bundled = data.rules.length
  for (const [at, rule] of [...data.rules, ...customRules(config.phrases ?? [], data)].entries()) {
    const severity = effectiveSeverity(rule.severity, config.rules?.[rule.id])
    if (at < bundled) bundledIndex.push(severity ? rules.length : undefined)
    if (!severity) continue
    members[rule.language].push(rules.length)
    rules.push({ data: rule, severity, family: data.families[rule.family], kind: kindOf(rule), compiled: undefined })
  }
  const firstCustom = bundledIndex.filter((index) => index !== undefined).length
  const compiledLanguages = new Set<Language>()
  const byLanguage = {} as Record<Language, LanguageRules>
  for (const language of LANGUAGES) {
    let built: LanguageRules | undefined
    Object.defineProperty(byLanguage, language, {
      enumerable: true,
      get: () => {
        if (!built) {
          const snapshot = data === defaultRuleData ? precompiledMatcher(language, (rule) => bundledIndex[rule]) : undefined
          built = compileLanguage(language, members[language], rules, config.accept ?? [], data.wordSets?.[language], snapshot && { matcher: snapshot, firstCustom })
          built.domains = domainVocabulary(data.domains?.[language], language)
          // Rule data without registers of its own (a config's, a test's) reads the bundled ones.
          built.registers = registerWords(data.registers?.[language] ?? defaultRuleData.registers?.[language], language)
          const unknown = unknownDomains(members[language].map((index) => rules[index].data), built.domains)
          if (unknown.length) throw new Error(`Unknown domain(s) in the ${language} rules: ${unknown.join('; ')} (domains are listed in rules/domains/${language}.yaml)`)
          compiledLanguages.add(language)
        }
        return built
      },
    })
  }
  return { rules, byLanguage, compiledLanguages }
}

/** The language's matcher from its snapshot, when there is a usable one. */
function precompiledMatcher(language: Language, ruleIndex: (rule: number) => number | undefined): PhraseMatcher | undefined {
  const text = precompiled?.(language)
  const found = text === undefined ? undefined : snapshotKey(text)
  if (!text || !found || found.format !== SNAPSHOT_FORMAT || found.key !== defaultRuleDataKey || found.language !== language || !found.whole) return undefined
  return matcherFromSnapshot(text, ruleIndex)
}

// What a rule kind adds to a precompiled matcher: nothing, its phrases are in it.
const ADDED_ALREADY: PhraseAdder = { addPhrase() {}, addPattern() {} }

/**
 * One language's matcher: its rules' phrases in rule order, then the accepted phrases. With a
 * precompiled matcher, the bundled rules (those before `firstCustom`) are only compiled by their
 * kind; their phrases are in it already.
 */
function compileLanguage(language: Language, members: readonly number[], rules: CompiledRule[], accept: readonly string[], wordSets: WordSets | undefined, precompiled?: { matcher: PhraseMatcher; firstCustom: number }): LanguageRules {
  const target: LanguageRules = { matcher: precompiled?.matcher ?? new PhraseMatcher(language, undefined, wordSets), checks: [], counts: [] }
  for (const index of members) {
    const rule = rules[index]
    const adder = precompiled && index < precompiled.firstCustom ? ADDED_ALREADY : target.matcher
    rule.compiled = rule.kind.compile(rule.data, index, { matcher: adder, accept })
    if (rule.kind.check) target.checks.push(index)
    if (rule.kind.count) target.counts.push(index)
  }
  for (const phrase of distinctPhrases(accept)) target.matcher.addPhrase(phrase, true, { role: 'accept', rule: -1, entry: -1 })
  return target
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
