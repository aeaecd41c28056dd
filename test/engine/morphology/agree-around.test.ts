// The words around a replacement that change with it (issue #15, item 3): French elision and
// contraction, English a/an and the bare infinitive after let/make.
import { beforeAll, describe, expect, it } from 'vitest'
import { agreeAround } from '../../../src/engine/morphology/index.js'
import { loadBoth } from './helpers.js'

beforeAll(loadBoth)

const fr = (before: string, replacement: string) => agreeAround(before, replacement, 'fr')

describe('French elision and contraction', () => {
  it('elides or restores the article by the replacement’s first sound and gender (l’/la/le)', () => {
    expect(fr("Nous lançons l'", 'mise en œuvre')).toMatchObject({ before: 'Nous lançons la ', safe: true })
    expect(fr('la ', 'intégration').before).toBe("l'")
    expect(fr('Voici le ', 'accord').before).toBe("Voici l'")
  })

  it('knows h aspiré from h muet', () => {
    expect(fr('le ', 'homme').before).toBe("l'")
    expect(fr("l'", 'hausse').before).toBe('la ')
    expect(fr('le ', 'héros').before).toBe('le ')
  })

  it('contracts de le → du, à les → aux, and un-contracts before a vowel', () => {
    expect(fr('le prix de le ', 'défi').before).toBe('le prix du ')
    expect(fr('le prix du ', 'accord').before).toBe("le prix de l'")
    expect(fr('Nous parlons à les ', 'clients').before).toBe('Nous parlons aux ')
    expect(fr('à le ', 'marché').before).toBe('au ')
    expect(fr('au ', 'entreprise').before).toBe("à l'")
    expect(fr('la liste de les ', 'clients').before).toBe('la liste des ')
  })

  it('elides que, de, ne before a vowel and restores them before a consonant', () => {
    expect(fr('Il faut que ', 'elle').before).toBe("Il faut qu'")
    expect(fr("Il faut qu'", 'nous').before).toBe('Il faut que ')
    expect(fr("un manque d'", 'temps').before).toBe('un manque de ')
  })

  it('changes a determiner with the gender of the new noun (ce/cet/cette, un/une)', () => {
    expect(fr('Ce ', 'étude').before).toBe('Cette ')
    expect(fr('ce ', 'accord').before).toBe('cet ')
    expect(fr('un ', 'étude').before).toBe('une ')
  })

  it('keeps the apostrophe and the capital the writer used', () => {
    expect(fr('De le ', 'accord').before).toBe("De l'")
    expect(fr('Le ', 'accord').before).toBe("L'")
    expect(fr('c’est la ', 'offre').before).toBe('c’est l’')
    expect(fr('l’offre de le ', 'accord').before).toBe('l’offre de l’')
  })

  it('elides the replacement’s last word before the text after it when the replaced text ended in an elision', () => {
    expect(agreeAround('La session vous ', 'permet de', 'fr', 'en savoir plus')).toMatchObject({ replacement: "permet d'", after: 'en savoir plus' })
    expect(agreeAround('Elle ', 'permet de', 'fr', 'exprimer')).toMatchObject({ replacement: "permet d'", after: 'exprimer' })
    // Before a consonant the space comes back; text that starts with a space is left alone.
    expect(agreeAround('Elle ', 'permet de', 'fr', 'savoir')).toMatchObject({ replacement: 'permet de', after: ' savoir' })
    expect(agreeAround('Elle ', 'permet', 'fr', ' de savoir')).toMatchObject({ replacement: 'permet', after: ' de savoir' })
  })

  it('withholds the change when the object pronoun l’ must become le or la', () => {
    expect(fr("Nous l'", 'toucher')).toMatchObject({ safe: false, why: expect.stringContaining('le” or “la') })
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
