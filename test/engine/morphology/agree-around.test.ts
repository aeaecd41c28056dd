// The words around a replacement that change with it (issue #15, item 3): French elision and
// contraction, English a/an and the bare infinitive after let/make.
import { beforeAll, describe, expect, it } from 'vitest'
import { agreeAround } from '../../../src/engine/morphology/index.js'
import { loadBoth } from './helpers.js'

beforeAll(loadBoth)

// [what the test shows, the text before the replacement, the replacement, the text before afterwards]
const FRENCH_BEFORE: [string, string, string, string][] = [
  ['an article elides before a vowel', 'la ', 'intégration', "l'"],
  ['an elided article comes back with its gender', "Nous lançons l'", 'mise en œuvre', 'Nous lançons la '],
  ['le elides', 'Voici le ', 'accord', "Voici l'"],
  ['h muet elides', 'le ', 'homme', "l'"],
  ['h aspiré does not', "l'", 'hausse', 'la '],
  ['h aspiré keeps le', 'le ', 'héros', 'le '],
  ['de le → du', 'le prix de le ', 'défi', 'le prix du '],
  ['du → de l’ before a vowel', 'le prix du ', 'accord', "le prix de l'"],
  ['à les → aux', 'Nous parlons à les ', 'clients', 'Nous parlons aux '],
  ['à le → au', 'à le ', 'marché', 'au '],
  ['au → à l’ before a vowel', 'au ', 'entreprise', "à l'"],
  ['de les → des', 'la liste de les ', 'clients', 'la liste des '],
  ['que elides', 'Il faut que ', 'elle', "Il faut qu'"],
  ['qu’ comes back whole', "Il faut qu'", 'nous', 'Il faut que '],
  ['d’ comes back whole', "un manque d'", 'temps', 'un manque de '],
  ['ce → cette with a feminine noun', 'Ce ', 'étude', 'Cette '],
  ['ce → cet before a vowel', 'ce ', 'accord', 'cet '],
  ['un → une with a feminine noun', 'un ', 'étude', 'une '],
  ['the capital stays (De)', 'De le ', 'accord', "De l'"],
  ['the capital stays (Le)', 'Le ', 'accord', "L'"],
  ['the writer’s apostrophe', 'c’est la ', 'offre', 'c’est l’'],
  ['the writer’s apostrophe after a contraction', 'l’offre de le ', 'accord', 'l’offre de l’'],
]

describe('French elision and contraction', () => {
  it.each(FRENCH_BEFORE)('%s', (_, before, replacement, expected) => {
    expect(agreeAround(before, replacement, 'fr')).toMatchObject({ before: expected, safe: true })
  })

  it('elides the replacement’s last word before the text after it when the replaced text ended in an elision', () => {
    expect(agreeAround('La session vous ', 'permet de', 'fr', 'en savoir plus')).toMatchObject({ replacement: "permet d'", after: 'en savoir plus' })
    expect(agreeAround('Elle ', 'permet de', 'fr', 'exprimer')).toMatchObject({ replacement: "permet d'", after: 'exprimer' })
    // Before a consonant the space comes back; text that starts with a space is left alone.
    expect(agreeAround('Elle ', 'permet de', 'fr', 'savoir')).toMatchObject({ replacement: 'permet de', after: ' savoir' })
    expect(agreeAround('Elle ', 'permet', 'fr', ' de savoir')).toMatchObject({ replacement: 'permet', after: ' de savoir' })
  })

  it('gives nouveau, beau and vieil the form of the new noun, and the determiner before them', () => {
    expect(agreeAround('Notre nouveau ', 'emballage', 'fr')).toMatchObject({ before: 'Notre nouvel ', safe: true })
    expect(agreeAround('Voici la nouvelle ', 'plan', 'fr')).toMatchObject({ before: 'Voici le nouveau ', safe: true })
    expect(agreeAround('un bel ', 'maison', 'fr')).toMatchObject({ before: 'une belle ', safe: true })
    expect(agreeAround('les nouvelles ', 'emballages', 'fr')).toMatchObject({ before: 'les nouveaux ', safe: true })
  })

  it('withholds the change when the old form may be wrong and the gender is not known', () => {
    expect(agreeAround('notre nouveau ', 'zorglub', 'fr')).toMatchObject({ safe: false })
  })

  it('withholds the change when the object pronoun l’ must become le or la', () => {
    expect(agreeAround("Nous l'", 'toucher', 'fr')).toMatchObject({ safe: false, why: expect.stringContaining('le” or “la') })
  })
})

describe('English', () => {
  it('turns a/an by the sound of the replacement', () => {
    expect(agreeAround('It is an ', 'new tool', 'en').before).toBe('It is a ')
    expect(agreeAround('It is a ', 'honest answer', 'en').before).toBe('It is an ')
    expect(agreeAround('A ', 'useful idea', 'en').before).toBe('A ')
    expect(agreeAround('a ', 'original idea', 'en').before).toBe('an ')
  })

  it('drops the “to” of the infinitive after let and make, keeps it after help', () => {
    expect(agreeAround('The tool ', 'lets', 'en', ' our regional managers to decide.').after).toBe(' our regional managers decide.')
    expect(agreeAround('It ', 'makes', 'en', ' people to smile').after).toBe(' people smile')
    expect(agreeAround('It ', 'helps', 'en', ' teams to grow').after).toBe(' teams to grow')
    // "to" as a preposition far from the verb stays.
    expect(agreeAround('It ', 'lets', 'en', ' you talk to a person').after).toBe(' you talk to a person')
  })
})
