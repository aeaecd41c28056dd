// Startup (issue #17): the CLI reads the bundled field words' inflected forms from a snapshot
// written at build time (scripts/build-matchers.mjs, src/engine/match/domain-forms-snapshot.ts)
// instead of inflecting 3,021 English words on the first match that names fields. Counted, not
// timed: words inflected; and the snapshot must give the hits the words give.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Language } from '../../src/engine/index.js'

const calls = vi.hoisted(() => ({ inflections: 0 }))
vi.mock('../../src/engine/match/inflect.js', async (original) => {
  const module = await original<typeof import('../../src/engine/match/inflect.js')>()
  return { ...module, inflections: (...args: Parameters<typeof module.inflections>) => (calls.inflections++, module.inflections(...args)) }
})

const { lint } = await import('../../src/engine/index.js')
const { defaultRuleData, defaultRuleDataKey } = await import('../../src/engine/generated/rules.js')
const { DomainVocabulary } = await import('../../src/engine/match/domains.js')
const { domainSnapshotOf, domainTablesFromSnapshot, precompiledDomainTables, usePrecompiledDomainForms } = await import('../../src/engine/match/domain-forms-snapshot.js')
const { readPrecompiledMatchers } = await import('../../src/node/precompiled-matchers.js')
/** The generated folder the CLI reads from src/ (scripts/build-matchers.mjs writes it). */
const GENERATED = new URL('../../src/engine/generated/', import.meta.url)
const { tokenizeText } = await import('../../src/engine/text/tokens.js')

const LANGUAGES: Language[] = ['en', 'fr']
const bundled = (language: Language) => defaultRuleData.domains![language]!
const written = (language: Language) => readFileSync(`src/engine/generated/domains-${language}.txt`, 'utf8')
const corpus = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(folder, f), 'utf8'))
// Field words of every kind (forms, stems, phrases, irregular pasts), and keys that name what every object has.
const texts = [...corpus('examples'), ...corpus('test/corpus/labelled'), 'The pharmacologists bled; standard errors of the drugs. constructor __proto__ toString hasOwnProperty', 'Les pharmacologues et les médicaments du chirurgien.']

/** Each text's hits, as "first-last domain". */
function hitsOf(vocabulary: InstanceType<typeof DomainVocabulary>, language: Language): string[] {
  return texts.map((text) => {
    const { tokens } = tokenizeText(text, 0, text.length, language === 'en')
    return vocabulary.hits(tokens, 0, tokens.length - 1).map((hit) => `${hit.first}-${hit.last} ${hit.domain}`).join(', ')
  })
}

/** Words inflected while `work` runs. */
function inflectedBy(work: () => void): number {
  const before = calls.inflections
  work()
  return calls.inflections - before
}

afterEach(() => usePrecompiledDomainForms(undefined))

describe('precompiled field words', () => {
  it('are the tables the bundled words build (else run `npm run build`)', () => {
    for (const language of LANGUAGES) {
      const built = new DomainVocabulary(bundled(language), language).built()
      expect(written(language) === domainSnapshotOf(built, defaultRuleDataKey, language), `src/engine/generated/domains-${language}.txt is stale`).toBe(true)
    }
  })

  it('give the hits the words give, and inflect no word', () => {
    readPrecompiledMatchers(GENERATED)
    for (const language of LANGUAGES) {
      const fromWords = new DomainVocabulary(bundled(language), language)
      const read = new DomainVocabulary(bundled(language), language, precompiledDomainTables(bundled(language), language))
      const expected = hitsOf(fromWords, language)
      expect(expected.join('').length).toBeGreaterThan(300)
      let got: string[] = []
      expect(inflectedBy(() => (got = hitsOf(read, language)))).toBe(0)
      expect(got).toEqual(expected)
    }
  })

  it('spare a one-line lint that names fields the inflection of every field word', () => {
    // The only lint of this file: the bundled field words are looked up here first. Without the
    // snapshot this inflects all of them (3,000 English words and more: the stale case below).
    readPrecompiledMatchers(GENERATED)
    let findings: string[] = []
    expect(inflectedBy(() => (findings = lint('We leverage synergies.\n').findings.map((f) => f.ruleId)))).toBeLessThan(10)
    expect(findings).toContain('buzzwords')
  })

  it('are not read for other rule data, nor when stale or cut short', () => {
    readPrecompiledMatchers(GENERATED)
    expect(precompiledDomainTables({ ...bundled('en') }, 'en')).toBeUndefined()
    const text = written('en')
    expect(domainTablesFromSnapshot(text, defaultRuleDataKey, 'en')).toBeDefined()
    expect(domainTablesFromSnapshot(text, 'another key', 'en')).toBeUndefined()
    expect(domainTablesFromSnapshot(text, defaultRuleDataKey, 'fr')).toBeUndefined()
    expect(domainTablesFromSnapshot(text.slice(0, -10), defaultRuleDataKey, 'en')).toBeUndefined()
    expect(domainTablesFromSnapshot('not a snapshot', defaultRuleDataKey, 'en')).toBeUndefined()
    // Damaged in place: the header says the right length, the body is not JSON.
    const newline = text.indexOf('\n')
    expect(domainTablesFromSnapshot(`${text.slice(0, newline + 1)}${'x'.repeat(text.length - newline - 1)}`, defaultRuleDataKey, 'en')).toBeUndefined()
    // A stale snapshot: the words are inflected, as without one.
    usePrecompiledDomainForms(() => text.replace(defaultRuleDataKey, 'stale'))
    const vocabulary = new DomainVocabulary(bundled('en'), 'en', precompiledDomainTables(bundled('en'), 'en'))
    expect(inflectedBy(() => vocabulary.hits(tokenizeText('drugs', 0, 5, true).tokens, 0, 0))).toBeGreaterThan(3000)
  })
})
