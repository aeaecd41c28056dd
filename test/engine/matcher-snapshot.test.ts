// Startup (issue #17): the CLI reads each language's matcher from a snapshot written at build time
// (scripts/build-matchers.mjs) instead of compiling the bundled rules. Counted, not timed: phrases
// added, subtrees decoded; and the snapshot must be the matcher the sources compile, finding for
// finding, whatever the config switches off or adds.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { compileRules, lint, loadAllMorphology, usePrecompiledMatchers, type EngineConfig, type Language } from '../../src/engine/index.js'
import { defaultRuleDataKey } from '../../src/engine/generated/rules.js'
import { snapshotBodyRead, snapshotLemmasRead, snapshotNodesRead, snapshotOf, subtreesDecoded } from '../../src/engine/match/matcher-snapshot.js'
import { PhraseMatcher } from '../../src/engine/match/phrase-matcher.js'
import { readPrecompiledMatchers } from '../../src/node/precompiled-matchers.js'
/** The generated folder the CLI reads from src/ (scripts/build-matchers.mjs writes it). */
const GENERATED = new URL('../../src/engine/generated/', import.meta.url)

const LANGUAGES: Language[] = ['en', 'fr']
const corpus = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(folder, f), 'utf8'))
const texts = [...corpus('examples'), ...corpus('test/corpus/labelled')]

/** Each test compiles its own rule sets: they are cached by config. */
let configs = 0
const freshConfig = (config: EngineConfig = {}): EngineConfig => ({ ...config, accept: [...(config.accept ?? []), `Nimbus${configs++}`] })

/** The phrases and patterns added to matchers while `work` runs. */
function phrasesAdded(work: () => void): number {
  const phrase = vi.spyOn(PhraseMatcher.prototype, 'addPhrase')
  const pattern = vi.spyOn(PhraseMatcher.prototype, 'addPattern')
  try {
    work()
    return phrase.mock.calls.length + pattern.mock.calls.length
  } finally {
    vi.restoreAllMocks()
  }
}

const findingsOf = (config: EngineConfig) => texts.map((text) => lint(text, { config }).findings)

// Findings with their fixes: the morphology data read.
beforeAll(() => loadAllMorphology())
afterEach(() => usePrecompiledMatchers(undefined))

describe('precompiled matchers', () => {
  it('are the matchers the sources compile (else run `npm run build`)', () => {
    // Three configs, three compiled rule sets (they are cached by config): the same rules.
    const fromSources = compileRules({ rules: {} })
    const compiled = compileRules({ accept: ['Nimbus'] })
    for (const language of LANGUAGES) void [fromSources.byLanguage[language], compiled.byLanguage[language]]
    readPrecompiledMatchers(GENERATED)
    const read = compileRules({ accept: ['Nimbus'], rules: {} })
    for (const language of LANGUAGES) {
      const written = readFileSync(`src/engine/generated/matcher-${language}.txt`, 'utf8')
      expect(written === snapshotOf(fromSources.byLanguage[language].matcher, defaultRuleDataKey), `src/engine/generated/matcher-${language}.txt is stale`).toBe(true)
      // Read back and decoded whole, the same trie as compiled (accepted word included).
      expect(snapshotOf(read.byLanguage[language].matcher, 'k') === snapshotOf(compiled.byLanguage[language].matcher, 'k'), language).toBe(true)
    }
  })

  it('linting one English line adds no phrase but the accepted ones, and decodes a few subtrees', () => {
    readPrecompiledMatchers(GENERATED)
    const config = freshConfig()
    const before = subtreesDecoded()
    let findings: string[] = []
    const added = phrasesAdded(() => (findings = lint('We leverage synergies to empower our stakeholders.\n', { config }).findings.map((f) => f.ruleId)))
    expect(findings).toContain('buzzwords')
    expect(added).toBe(1) // the config's accepted word
    expect([...compileRules(config).compiledLanguages]).toEqual(['en'])
    const decoded = subtreesDecoded() - before
    expect(decoded).toBeGreaterThan(0)
    expect(decoded).toBeLessThan(30) // of about 2,000 first words in English
  })

  it('read only the nodes a walk reaches, and a trie read in part is the trie the sources compile', () => {
    readPrecompiledMatchers(GENERATED)
    const config = { accept: ['Nimbus-partial'] }
    const [decodedBefore, readBefore, bodyBefore] = [subtreesDecoded(), snapshotNodesRead(), snapshotBodyRead()]
    lint('We leverage synergies to empower our stakeholders.\n', { config })
    const [decoded, read, body] = [subtreesDecoded() - decodedBefore, snapshotNodesRead() - readBefore, snapshotBodyRead() - bodyBefore]
    expect(read).toBeGreaterThan(0)
    // Parsed: each first word's node, its children out of line where longer than OUT_OF_LINE
    // (6,871 characters in all): the subtrees of "we" and "our" were 31,729 and 75,382 characters
    // of JSON, parsed whole for the 7 nodes read.
    expect(body).toBeGreaterThan(0)
    expect(body).toBeLessThan(15_000)
    // Each first word's subtree read at its root only (7 and 7 here), where the subtrees of "we" and
    // "our" hold 1,373 and 2,142 nodes (a cold 1 MB lint made 44,040 nodes before, reads 992 now).
    expect(read).toBeLessThan(2 * decoded)
    // Shells and read nodes side by side (the lint above, and the corpus): encoded again, each
    // shell read on the way, the same trie as compiled.
    for (const text of texts) lint(text, { config })
    usePrecompiledMatchers(undefined)
    const compiled = compileRules({ accept: ['Nimbus-partial'], rules: {} })
    for (const language of LANGUAGES) {
      expect(snapshotOf(compileRules(config).byLanguage[language].matcher, 'k') === snapshotOf(compiled.byLanguage[language].matcher, 'k'), language).toBe(true)
    }
  })

  it('read the chunks of the lemma table that a short text\'s words fall in, not the whole table', () => {
    readPrecompiledMatchers(GENERATED)
    const table = (language: Language) => {
      const text = readFileSync(`src/engine/generated/matcher-${language}.txt`, 'utf8')
      const index = JSON.parse(text.slice(0, text.indexOf('\n'))).lemmas as Array<string | number>
      return (index.at(-1) as number) - (index[1] as number)
    }
    for (const [language, line] of [['fr', 'Nous allons booster nos synergies.\n'], ['en', 'We leverage synergies to empower our stakeholders.\n']] as const) {
      const before = snapshotLemmasRead()
      const findings = lint(line, { config: freshConfig() }).findings
      expect(findings.length, language).toBeGreaterThan(0)
      const read = snapshotLemmasRead() - before
      // French: 115 chunks of 128 forms (about 3 KB each); English 51.
      expect(read, language).toBeGreaterThan(0)
      expect(read, language).toBeLessThan(table(language) / 5)
    }
  })

  it('give the same findings as compiled rules, with rules switched off, team phrases and accepted words', () => {
    const variants: EngineConfig[] = [
      {},
      { rules: { buzzwords: 'off', 'weasel-words': 'error', anglicisms: 'off' } },
      { accept: ['leverage', 'synergie'], phrases: [{ phrase: 'circle back', suggest: ['reply'] }, { phrase: 'booster', language: 'fr', message: 'non' }] },
    ]
    for (const variant of variants) {
      const compiled = findingsOf(freshConfig(variant))
      readPrecompiledMatchers(GENERATED)
      const config = freshConfig(variant)
      let read: unknown
      const added = phrasesAdded(() => (read = findingsOf(config)))
      usePrecompiledMatchers(undefined)
      expect(added).toBeLessThan(10)
      expect(read).toEqual(compiled)
      expect(compiled.flat().length).toBeGreaterThan(100)
    }
  })

  it('are not used when they were made from other rule data, or cut short', () => {
    const written = readFileSync('src/engine/generated/matcher-en.txt', 'utf8')
    const stale = written.replace(`"key":"${defaultRuleDataKey}"`, '"key":"0123456789abcdef0123"')
    for (const text of [stale, written.slice(0, -10), 'not a snapshot']) {
      usePrecompiledMatchers((language) => (language === 'en' ? text : undefined))
      const added = phrasesAdded(() => expect(lint('We leverage synergies.\n', { config: freshConfig() }).findings.length).toBeGreaterThan(0))
      expect(added).toBeGreaterThan(500)
    }
  })
})
