// Readings and the context rules that choose one (issue #15, item 1).
import { beforeAll, describe, expect, it } from 'vitest'
import { analyse, chooseReading } from '../../../src/engine/morphology/index.js'
import { loadBoth, read, wordsOf } from './helpers.js'

beforeAll(loadBoth)

describe('part of speech from context (English)', () => {
  it('reads “leverage” after “more” as a noun, after a subject as a verb', () => {
    expect(read('the crowbar gives more leverage', 'leverage', 'en', { lemma: 'leverage' })).toMatchObject({ pos: 'noun', number: 'sg' })
    expect(read('we leverage open standards', 'leverage', 'en', { lemma: 'leverage' })).toMatchObject({ pos: 'verb', form: 'base' })
    // Without the rule's lemma too: en-lexicon's tags and the same context rules.
    expect(read('the crowbar gives more leverage', 'leverage', 'en')).toMatchObject({ pos: 'noun' })
    expect(read('we leverage open standards', 'leverage', 'en')).toMatchObject({ pos: 'verb' })
  })

  it('tells the verb forms apart: -s after a noun, past, participle after have, -ing after be', () => {
    expect(read('The new release leverages the old engine.', 'leverages', 'en', { lemma: 'leverage' })).toMatchObject({ pos: 'verb', form: 'pres3s', source: 'paradigm' })
    expect(read('We leveraged years of research.', 'leveraged', 'en', { lemma: 'leverage' })).toMatchObject({ form: 'past' })
    expect(read('She has leveraged her network.', 'leveraged', 'en', { lemma: 'leverage' })).toMatchObject({ form: 'pastpart' })
    expect(read('They are leveraging the research of others.', 'leveraging', 'en', { lemma: 'leverage' })).toMatchObject({ form: 'ing' })
  })

  it('reads a gerund with its object as a verb after a preposition, and the noun in -ing before "of"', () => {
    expect(read('We grow by leveraging our partners.', 'leveraging', 'en')).toMatchObject({ pos: 'verb', form: 'ing' })
    expect(read('A guide for streamlining the checkout.', 'streamlining', 'en')).toMatchObject({ pos: 'verb', form: 'ing' })
    expect(read('The leveraging of assets was risky.', 'leveraging', 'en')).toMatchObject({ pos: 'noun' })
  })

  it('keeps to the rule’s part of speech when the hint names one the word can have', () => {
    const { words, index } = wordsOf('we leverage open standards', 'leverage')
    expect(analyse(words, index, 'en', { lemma: 'leverage', pos: 'noun' }).map((r) => r.pos)).toEqual(['noun'])
  })
})

describe('English verb forms without the rule’s lemma', () => {
  const readings = (sentence: string, word: string) => {
    const { words, index } = wordsOf(sentence, word)
    return analyse(words, index, 'en').map((r) => `${r.lemma} ${r.pos}${r.form ? ' ' + r.form : ''}`)
  }

  it('reads irregular forms en-lexicon lists with one part of speech as forms of their verb', () => {
    expect(readings('The decision was taken by the board.', 'taken')).toEqual(['take verb pastpart'])
    expect(readings('She took the train.', 'took')).toContain('take verb past')
    expect(readings('It has been written twice.', 'written')).toContain('write verb pastpart')
  })

  it('gives a regular verb its own lemma, not the guess from its ending', () => {
    expect(readings('It was decided to act.', 'decided')).toContain('decide verb past')
    expect(readings('It was decided to act.', 'decided')).not.toContain('decid verb past')
  })

  it('reads the forms of “be” by person, not as nouns', () => {
    expect(readings('It was decided to act.', 'was')).toEqual(['be verb past'])
    expect(readings('Pricing has been structured.', 'been')).toEqual(['be verb pastpart'])
    expect(readings('The plan is ready.', 'is')).toContain('be verb pres3s')
  })
})

describe('French readings', () => {
  it('reads a past participle’s gender and number from the Lefff', () => {
    expect(read('Nos marges ont été impactées par la crise.', 'impactées', 'fr', { lemma: 'impacter' })).toMatchObject({
      lemma: 'impacter', pos: 'verb', mood: 'ppast', gender: 'f', number: 'pl', source: 'lexicon',
    })
  })

  it('takes person and number from the subject pronoun or the noun phrase', () => {
    expect(read('Nous capitalisons sur nos forces.', 'capitalisons', 'fr', { lemma: 'capitaliser' })).toMatchObject({ mood: 'ind', person: 1, number: 'pl' })
    expect(read('Ces mesures impactent les petites entreprises.', 'impactent', 'fr', { lemma: 'impacter' })).toMatchObject({ person: 3, number: 'pl' })
  })

  it('reads a finite verb without a subject in sight as third person, not first', () => {
    expect(read('Le logiciel propose des corrections mais ne les implémente pas.', 'implémente', 'fr', { lemma: 'implémenter' })).toMatchObject({ mood: 'ind', person: 3, number: 'sg' })
    expect(read('Je les implémente demain.', 'implémente', 'fr', { lemma: 'implémenter' })).toMatchObject({ person: 1, number: 'sg' })
  })

  it('reads a word the lexicon lacks under the rule’s lemma as that lemma’s form, safe to build on', () => {
    expect(read('Ils checkent leurs messages.', 'checkent', 'fr', { lemma: 'checker' })).toMatchObject({ lemma: 'checker', mood: 'ind', person: 3, number: 'pl', source: 'paradigm' })
    expect(read('Nous suivons des KPI chaque mois.', 'KPI', 'fr', { lemma: 'KPI' })).toMatchObject({ pos: 'noun', number: 'pl', source: 'paradigm' })
    expect(read('Un checkeur passe.', 'checkeur', 'fr')).toMatchObject({ source: 'guess' })
  })

  it('reads a subjunctive after “il faut que”', () => {
    expect(read('Il faut que nous boostions les ventes.', 'boostions', 'fr', { lemma: 'booster' })).toMatchObject({ mood: 'subj', person: 1, number: 'pl' })
  })

  it('gives an epicene adjective the gender of its noun', () => {
    expect(read('une équipe agile', 'agile', 'fr', { lemma: 'agile' })).toMatchObject({ pos: 'adj', gender: 'f', number: 'sg' })
    expect(read('un produit agile', 'agile', 'fr', { lemma: 'agile' })).toMatchObject({ pos: 'adj', gender: 'm' })
  })

  it('reads a word the lexicon lacks from first-group endings: guessed, or the rule lemma’s forms when the rule names it', () => {
    const { words, index } = wordsOf('Nous pitchons le projet demain.', 'pitchons')
    expect(analyse(words, index, 'fr').some((r) => r.source === 'guess' && r.lemma === 'pitcher')).toBe(true)
    const readings = analyse(words, index, 'fr', { lemma: 'pitcher' })
    expect(readings.length).toBeGreaterThan(0)
    expect(readings.every((r) => r.source === 'paradigm' && r.lemma === 'pitcher')).toBe(true)
    expect(chooseReading(words, index, 'fr', readings)).toMatchObject({ mood: 'ind', person: 1, number: 'pl' })
  })
})
