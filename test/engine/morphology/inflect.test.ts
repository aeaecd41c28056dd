// Suggestions inflected to the flagged form (issue #15, item 3): each case of the issue, as unit
// tests of the layer alone (the flagged word read in its sentence with the rule's lemma, then the
// rule's suggestion inflected to that reading).
import { beforeAll, describe, expect, it } from 'vitest'
import { inflect, type MorphLanguage } from '../../../src/engine/morphology/index.js'
import { loadBoth, read, wordsOf } from './helpers.js'

beforeAll(loadBoth)

function fix(text: string, target: string, lemma: string, suggestion: string, language: MorphLanguage) {
  const { words, index } = wordsOf(text, target)
  return inflect(suggestion, language, read(text, target, language, { lemma }), { original: target, words, index })
}

describe('English', () => {
  it('puts a verb suggestion in the tense and person of the flagged verb', () => {
    expect(fix('The team leverages data every day.', 'leverages', 'leverage', 'use', 'en')).toEqual({ text: 'uses', safe: true })
    expect(fix('They are leveraging the research of others.', 'leveraging', 'leverage', 'use', 'en')).toEqual({ text: 'using', safe: true })
  })

  it('conjugates irregular and multi-word suggestions on their head: drew on, built on', () => {
    expect(fix('We leveraged years of research.', 'leveraged', 'leverage', 'draw on', 'en')).toEqual({ text: 'drew on', safe: true })
    expect(fix('She has leveraged her network for years.', 'leveraged', 'leverage', 'build on', 'en')).toEqual({ text: 'built on', safe: true })
    expect(fix('We have leveraged this pattern before.', 'leveraged', 'leverage', 'draw on', 'en')).toEqual({ text: 'drawn on', safe: true })
  })

  it('makes a noun suggestion plural on the word before “of”, else the last', () => {
    expect(fix('Our synergies are real.', 'synergies', 'synergy', 'shared strength', 'en')).toMatchObject({ text: 'shared strengths' })
    expect(fix('Their learnings were clear.', 'learnings', 'learnings', 'lesson', 'en')).toMatchObject({ text: 'lessons' })
  })

  it('copies the capitals of the original', () => {
    expect(fix('Leverage our tools to grow your shop.', 'Leverage', 'leverage', 'use', 'en')).toEqual({ text: 'Use', safe: true })
    expect(fix('Leveraging AI, we cut our costs by half.', 'Leveraging', 'leverage', 'use', 'en')).toEqual({ text: 'Using', safe: true })
    // A title keeps every word capitalised, an acronym stays upper case.
    const plural = { lemma: 'takeaway', pos: 'noun', number: 'pl', source: 'paradigm' } as const
    expect(inflect('main point', 'en', plural, { original: 'Key Takeaways' }).text).toBe('Main Points')
    expect(inflect('use', 'en', read('We LEVERAGE data.', 'LEVERAGE', 'en', { lemma: 'leverage' }), { original: 'LEVERAGE' }).text).toBe('USE')
  })
})

describe('French', () => {
  it('conjugates to the person, tense and mood of the flagged verb', () => {
    expect(fix('Ces mesures impactent les petites entreprises.', 'impactent', 'impacter', 'affecter', 'fr')).toEqual({ text: 'affectent', safe: true })
    expect(fix('Nous impactions nos clients sans le savoir.', 'impactions', 'impacter', 'toucher', 'fr')).toEqual({ text: 'touchions', safe: true })
    expect(fix('Il faut que nous boostions les ventes.', 'boostions', 'booster', 'relancer', 'fr')).toEqual({ text: 'relancions', safe: true })
  })

  it('agrees the participle with the auxiliary’s subject: ont été boostées → stimulées', () => {
    expect(fix('Nos ventes ont été boostées par la campagne.', 'boostées', 'booster', 'stimuler', 'fr')).toEqual({ text: 'stimulées', safe: true })
    expect(fix('Les renouvellements ne sont pas impactés.', 'impactés', 'impacter', 'toucher', 'fr')).toEqual({ text: 'touchés', safe: true })
  })

  it('conjugates the verb after an object pronoun that leads the suggestion, not the pronoun', () => {
    expect(fix('Nous reviendrons vers vous demain.', 'reviendrons', 'revenir', 'vous répondre', 'fr')).toEqual({ text: 'vous répondrons', safe: true })
    expect(fix('Je reviens vers vous ce soir.', 'reviens', 'revenir', 'vous écrire', 'fr')).toEqual({ text: 'vous écris', safe: true })
    expect(fix('Revenez vers nous demain.', 'Revenez', 'revenir', 'nous répondre', 'fr')).toMatchObject({ safe: false })
  })

  it('inflects a suggestion written in the plural, keeping the gender it is written in', () => {
    expect(fix('La liste des prospects est à jour.', 'prospects', 'prospect', 'clients potentiels', 'fr')).toEqual({ text: 'clients potentiels', safe: true })
    expect(fix('Les prospects ont rappelé.', 'prospects', 'prospect', 'personnes intéressées', 'fr')).toEqual({ text: 'personnes intéressées', safe: true })
  })

  it('writes an acronym’s replacement in lower case, a noun in apposition in the plural', () => {
    expect(fix('Nous suivons des KPI chaque mois.', 'KPI', 'KPI', 'indicateur clé', 'fr')).toEqual({ text: 'indicateurs clés', safe: true })
    expect(fix('KPI et budget sont prêts.', 'KPI', 'KPI', 'indicateur clé', 'fr')).toEqual({ text: 'Indicateur clé', safe: true })
  })

  it('does not make singular a suggestion plural by meaning', () => {
    expect(fix('Chaque prospect reçoit un appel.', 'prospect', 'prospect', 'clients potentiels', 'fr')).toMatchObject({ safe: false })
  })

  it('inflects the head of a multi-word suggestion: mis au défi', () => {
    expect(fix('Ils challengent leurs managers.', 'challengent', 'challenger', 'mettre au défi', 'fr')).toEqual({ text: 'mettent au défi', safe: true })
    expect(fix('Elles ont été challengées sur la feuille de route.', 'challengées', 'challenger', 'mettre au défi', 'fr')).toEqual({ text: 'mises au défi', safe: true })
  })

  it('puts a reflexive pronoun in the person of the verb: s’appuyer sur → nous nous appuyons sur', () => {
    expect(fix('Nous capitalisons sur nos forces.', 'capitalisons', 'capitaliser', "s'appuyer sur", 'fr')).toEqual({ text: 'nous appuyons sur', safe: true })
    expect(fix('Je capitalise sur mon réseau.', 'capitalise', 'capitaliser', "s'appuyer sur", 'fr')).toEqual({ text: "m'appuie sur", safe: true })
    expect(fix('Nous allons capitaliser sur nos forces.', 'capitaliser', 'capitaliser', "s'appuyer sur", 'fr')).toEqual({ text: 'nous appuyer sur', safe: true })
  })

  it('withholds a reflexive suggestion for a participle: the auxiliary would change', () => {
    expect(fix('Nous avons capitalisé sur nos forces.', 'capitalisé', 'capitaliser', "s'appuyer sur", 'fr')).toMatchObject({ safe: false, why: expect.stringContaining('auxiliary') })
  })

  it('agrees an adjective with its noun: une solution disruptive → nouvelle', () => {
    expect(fix('une solution disruptive', 'disruptive', 'disruptif', 'nouveau', 'fr')).toEqual({ text: 'nouvelle', safe: true })
    expect(fix('des offres disruptives', 'disruptives', 'disruptif', 'nouveau', 'fr')).toEqual({ text: 'nouvelles', safe: true })
    expect(fix('un modèle disruptif', 'disruptif', 'disruptif', 'nouveau', 'fr')).toMatchObject({ text: expect.stringMatching(/^nouvel?(au)?$/), safe: true })
  })

  it('makes a noun suggestion plural with the words that agree with it (dates limites)', () => {
    expect(fix('Les deadlines approchent.', 'deadlines', 'deadline', 'date limite', 'fr')).toEqual({ text: 'dates limites', safe: true })
  })

  it('copies the capitals of the original', () => {
    expect(fix('Impactez vos clients dès le premier jour.', 'Impactez', 'impacter', 'toucher', 'fr')).toEqual({ text: 'Touchez', safe: true })
  })

  it('withholds the fix when the flagged word was only guessed from its ending, gives it when the rule names its lemma', () => {
    const { words, index } = wordsOf('Nous pitchons le projet demain.', 'pitchons')
    expect(inflect('présenter', 'fr', read('Nous pitchons le projet demain.', 'pitchons', 'fr'), { words, index })).toMatchObject({ text: 'présentons', safe: false })
    expect(fix('Nous pitchons le projet demain.', 'pitchons', 'pitcher', 'présenter', 'fr')).toMatchObject({ text: 'présentons', safe: true })
  })
})
