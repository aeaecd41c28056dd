// French literal senses in literature, session 33 (2) (issue #15): the « vous » of dialogue is a
// character's, not copy's reader (src/engine/match/french-dialogue-address.ts, register.ts). A
// sentence that shows who speaks to whom — a vocative, a speaker of the first person — has its « vous », its verbs of « vous » and its « ! » read as dialogue, and is a
// WEAK piece of literature in a block with no word of copy. Each sign both ways: a plain sentence
// left alone (each flagged by main before this session), and copy sharing part of it still flagged.
// Sentences written for this test.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('the « vous » of dialogue is not the reader', () => {
  leavesAlone('leaves dialogue alone: %s', [
    // A vocative set off by marks, with the character's « ! ».
    ['Vous êtes une femme révolutionnaire, Monsieur !', 'fr', 'hype'],
    ['Mademoiselle, votre patience est sans égale.', 'fr', 'hype'],
    // One person to another: « je » beside « vous », with a verb of « vous ».
    ['Je vous le jure, vous aurez une vengeance sans égale.', 'fr', 'hype'],
    ['Je vous le jure : votre vengeance sera sans égal.', 'fr', 'hype'],
  ])
  stillFlags('still flags copy’s reader: %s', [
    // No sign of who speaks: copy's « vous ».
    ['Vous pouvez désormais réserver une chambre au confort sans égal.', 'fr', 'hype', 'sans égal'],
    ['Vous aussi, profitez d’un confort sans égal !', 'fr', 'hype', 'sans égal'],
    // « nous » stays copy's, vocative or not.
    ['Nous vous attendons, Madame, pour un moment sans pareil.', 'fr', 'hype', 'sans pareil'],
    // A word of copy's trade in the block.
    ['Je vous recommande ce coach : un accompagnement sans égal.', 'fr', 'hype', 'sans égal'],
    // A testimonial quoted: quotation marks are no sign.
    ['« Vous allez adorer ce coach sans égal ! »', 'fr', 'hype', 'sans égal'],
  ])
})
