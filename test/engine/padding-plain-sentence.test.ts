// Padded connectives in a plain sentence (`unless.plainSentence`: src/engine/match/plain-sentence.ts,
// issue #16, session 36): "prior to", "the majority of", « par le biais de » are flagged only where
// the sentence is dense already (another light verb or padding, a noun of action before "of"/« de »,
// or more than 40 words) or speaks to the reader, as the marking guide's F7 is density and padding
// the sound of a form letter. Sentences written for this test;
// each plain one was flagged by main (37eab4f).
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('a padded connective alone in a plain sentence', () => {
  leavesAlone('leaves alone: %s', [
    ['Prior to Acme, she ran the design team at a bakery chain.', 'en', 'light-verbs'],
    ['The editor opens the majority of image formats.', 'en', 'light-verbs'],
    ['It reads a large number of markup languages.', 'en', 'light-verbs'],
    ['Everything here is MIT licensed, with the exception of the docs folder.', 'en', 'light-verbs'],
    ['In order to run the tests, set the PORT variable first.', 'en', 'light-verbs'],
    ['Importez des fiches par le biais de l’application pour ordinateur.', 'fr', 'light-verbs'],
    ['Nous réglons le différend par le biais d’un médiateur.', 'fr', 'light-verbs'],
    ['La procédure à suivre en matière de bagages est affichée au comptoir.', 'fr', 'light-verbs'],
  ])
  stillFlags('still flags, in a dense sentence: %s', [
    // A noun of action before "of"/« de », another light verb, a sentence of more than 40 words.
    ['In order to speed up the processing of refunds, please send us the confirmation of your bank details.', 'en', 'light-verbs', 'In order to'],
    ['Prior to the implementation of the new plan, managers will make a decision on each team.', 'en', 'light-verbs', 'Prior to'],
    ['We are in the process of conducting a review of our hiring.', 'en', 'light-verbs', 'in the process of'],
    ['Dans le cadre de la rationalisation de nos sites, le magasin de Lyon ferme.', 'fr', 'light-verbs', 'Dans le cadre de'],
    ['Nous traitons votre demande par le biais du formulaire et procédons à l’analyse des pièces.', 'fr', 'light-verbs', 'par le biais du'],
    ['Le bureau procède à une revue des tarifs en matière de transport.', 'fr', 'light-verbs', 'en matière de'],
    [
      'In order to serve the many families who visit the park on weekends, the town council has added two buses, a new timetable with later evening runs, a shaded waiting area near the gate, and a phone line that anyone can call to ask about the day.',
      'en',
      'light-verbs',
      'In order to',
    ],
  ])
  stillFlags('still flags, in a sentence to the reader: %s', [
    ['Prior to the visit, bring your passport.', 'en', 'light-verbs', 'Prior to'],
    ['In order to serve you better, the desk opens at eight.', 'en', 'light-verbs', 'In order to'],
    ['Écrivez-nous par le biais de votre espace client.', 'fr', 'light-verbs', 'par le biais de'],
  ])
  stillFlags('clause padding is flagged in any sentence: %s', [
    ['Due to the fact that it rained, the match moved.', 'en', 'light-verbs', 'Due to the fact that'],
    ['Il convient de fermer la porte.', 'fr', 'light-verbs', 'Il convient de'],
  ])
})
