// French literal senses in literature, session 33 (issue #15): light verbs and clichés as an
// author's style (`unless.literaryStyle`, register.ts) and the marks of French novels and plays
// that copy does not write, read only in a block with no word of copy (french-narration.ts). Each
// mechanism both ways: a plain sentence left alone (each flagged by main before this session), and
// copy sharing part of the signal still flagged. Sentences written for this test.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('light verbs and clichés as an author’s style: any piece of literature in a block with no word of copy', () => {
  leavesAlone('leaves literature alone: %s', [
    // The imperfect after a noun, never enough alone for other entries.
    ['Dans le but de fuir, le prisonnier creusait un tunnel.', 'fr', 'light-verbs'],
    ['Le vieux fermier traversait la lande, plus que jamais courbé sous le vent.', 'fr', 'cliches'],
  ])
  stillFlags('still flags copy: %s', [
    // Hype is no author's style: a review narrates in the imperfect too.
    ['L’hôtel avait une vue sans égale.', 'fr', 'hype', 'sans égale'],
    // A word of copy's business, or the person copy names.
    // Session 36: a lone « dans le but de » in a plain sentence is left alone (`plainSentence`); a
    // noun of action before « de » keeps this sentence dense.
    ['Dans le but de fidéliser ses clients, la boutique offrait une remise dès la création de leur compte.', 'fr', 'light-verbs', 'Dans le but de'],
    ['Dans le but de vous aider, le conseiller restait joignable.', 'fr', 'light-verbs', 'Dans le but de'],
  ])
})

describe('the classical negation without « pas »', () => {
  leavesAlone('leaves literature alone: %s', [['Le loup n’osait approcher de ce feu sans égal.', 'fr', 'hype']])
  stillFlags('still flags the common negation: %s', [['On n’ose pas y croire : une qualité sans égale.', 'fr', 'hype', 'sans égale']])
})

describe('a title of the nobility', () => {
  leavesAlone('leaves an author’s style alone: %s', [['Le roi parle en toute confiance à son fou.', 'fr', 'cliches']])
  stillFlags('still flags copy: %s', [
    // Not enough alone for hype (« le roi des pâtissiers » is a nickname), nor beside « vous ».
    ['Le roi des pâtissiers propose un gâteau sans égal.', 'fr', 'hype', 'sans égal'],
    ['Le roi du barbecue vous reçoit en toute confiance.', 'fr', 'cliches', 'en toute confiance'],
  ])
})

describe('a « ! » before a small letter, and the old oaths', () => {
  leavesAlone('leaves literature alone: %s', [
    // STRONG: enough beside « vous », « nous » and the « ! » itself.
    ['Hélas ! vous voilà parti sans plus attendre.', 'fr', 'cliches'],
    ['Eh quoi ! nous partirons sans plus attendre ?', 'fr', 'cliches'],
    ['Parbleu, voilà un fumet sans pareil.', 'fr', 'hype'],
  ])
  stillFlags('still flags copy: %s', [
    // A call to the reader is a word of copy: the mark is not read.
    ['Réservez vite ! les places partent sans plus attendre.', 'fr', 'cliches', 'sans plus attendre'],
    ['Vous hésitez ? Réservez sans plus attendre.', 'fr', 'cliches', 'sans plus attendre'],
  ])
})
