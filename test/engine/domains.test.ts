// Domains (issue #15, literal senses): shared vocabularies of a field, named by entries
// (`unless: { domains: [...] }`), matched on word families. Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultRuleData } from '../../src/engine/generated/rules.js'
import { lint, loadMorphology } from '../../src/engine/index.js'
import { DomainVocabulary, domainWordProblem } from '../../src/engine/match/domains.js'
import type { RuleData } from '../../src/engine/kinds/index.js'
import { tokenizeText } from '../../src/engine/text/tokens.js'

beforeAll(async () => {
  await loadMorphology('en')
  await loadMorphology('fr')
})

/** The domains whose words stand in `text`, by word. */
function domainsIn(vocabulary: DomainVocabulary, text: string, language: 'en' | 'fr'): string[] {
  const { tokens } = tokenizeText(text, 0, text.length, language === 'en')
  return vocabulary.hits(tokens, 0, tokens.length - 1).map((hit) => `${tokens.slice(hit.first, hit.last + 1).map((t) => t.text).join(' ')}: ${hit.domain}`)
}

describe('a domain vocabulary', () => {
  const en = new DomainVocabulary({ medicine: ['pharmacolog*', 'drug', 'standard error*', 'bleed'] }, 'en')
  const fr = new DomainVocabulary({ medicine: ['pharmacolog*', 'médicament'] }, 'fr')

  it('matches a stem on every word of its family, and a word in its inflected forms', () => {
    expect(domainsIn(en, 'Pharmacologists and pharmacology: the drugs work.', 'en')).toEqual(['Pharmacologists: medicine', 'pharmacology: medicine', 'drugs: medicine'])
    expect(domainsIn(fr, 'Une étude pharmacologique de deux médicaments.', 'fr')).toEqual(['pharmacologique: medicine', 'médicaments: medicine'])
  })

  it('matches a phrase word by word, its last word a stem', () => {
    expect(domainsIn(en, 'We report standard errors, not the standard.', 'en')).toEqual(['standard errors: medicine'])
  })

  it('matches an irregular verb’s forms', () => {
    expect(domainsIn(en, 'The wound bled.', 'en')).toEqual(['bled: medicine'])
  })

  it('does not take a word that only starts like a listed word', () => {
    expect(domainsIn(en, 'The druggist and the pharmacist.', 'en')).toEqual([])
  })

  it('refuses a stem too short to name one family of words', () => {
    expect(domainWordProblem('geolog*')).toBeUndefined()
    expect(domainWordProblem('cell*')).toMatch(/shorter than 5 letters/)
    expect(() => new DomainVocabulary({ biology: ['cell*'] }, 'en')).toThrow(/domain biology \(en\): the stem “cell\*” is shorter/)
  })
})

describe('entries that name domains', () => {
  const flagged = (text: string, language: 'en' | 'fr', rule: string) => lint(text, { language }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

  it.each([
    ['Pharmacologists measured the synergy between the two painkillers.', 'en', 'buzzwords'],
    ['The synergy of two antivirals cut the viral load in half.', 'en', 'buzzwords'],
    ['A robust truss of welded steel carries the roof.', 'en', 'buzzwords'],
    ['The estimator stays robust when a statistician adds outliers.', 'en', 'buzzwords'],
    ['Revolutionary pamphlets circulated before the guillotine fell silent.', 'en', 'hype'],
    ['The scuba team made a deep dive to the reef wall.', 'en', 'buzzwords'],
    ['Les pharmacologues mesurent la synergie des deux antalgiques.', 'fr', 'buzzwords'],
    ['Les bolcheviks ont pris le pouvoir par une action révolutionnaire.', 'fr', 'hype'],
    ['Dans ce sonnet, « flamme » rime avec « âme ».', 'fr', 'cliches'],
  ] as const)('a word of the entry’s domain in its sentence cancels it: %s', (text, language, rule) => {
    expect(flagged(text, language, rule)).toEqual([])
  })

  it.each([
    ['Our robust platform gives pharmacologists their results faster.', 'en', 'buzzwords', 'robust'],
    ['We bring synergy to every steel supplier we work with.', 'en', 'buzzwords', 'synergy'],
    ['Our revolutionary app helps you bake bread.', 'en', 'hype', 'revolutionary'],
    ['Et cerise sur le gâteau, la livraison est offerte.', 'fr', 'cliches', 'cerise sur le gâteau'],
  ] as const)('a word of another domain, or inside the phrase, does not: %s', (text, language, rule, word) => {
    expect(flagged(text, language, rule)).toEqual([word])
  })

  it('looks in the phrase’s sentence only, unless the entry gives a window', () => {
    expect(flagged('Our platform creates synergy. Pharmacologists love it.', 'en', 'buzzwords')).toEqual(['synergy'])
  })

  it('refuses rule data that names an unknown domain, saying which', () => {
    const rule = {
      id: 'probe', language: 'en', family: 'F1', theses: [11], kind: 'existence', severity: 'warning',
      message: { en: '{actual}', fr: '{actual}' }, why: { en: 'Why.', fr: 'Pourquoi.' }, sources: ['test'], examples: { bad: [], good: [] },
      entries: [{ phrase: 'synergy', unless: { domains: ['alchemy'] } }],
    } as RuleData
    const ruleData = { families: defaultRuleData.families, rules: [rule], domains: { en: { medicine: ['drug'] } } }
    expect(() => lint('Synergy.', { language: 'en', ruleData })).toThrow(/Unknown domain\(s\) in the en rules: “alchemy” \(probe, entry 1\)/)
    const known = { ...ruleData, rules: [{ ...rule, entries: [{ phrase: 'synergy', unless: { domains: ['medicine'] } }] } as RuleData] }
    expect(lint('Synergy of two drugs.', { language: 'en', ruleData: known }).findings).toEqual([])
    expect(lint('Synergy of two teams.', { language: 'en', ruleData: known }).findings.map((f) => f.actual)).toEqual(['Synergy'])
  })
})
