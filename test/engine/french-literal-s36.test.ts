// French literal senses, session 36 (issue #15): an author's style (`literaryStyle`: light verbs,
// clichés) in the long sentence of an essay or an encyclopaedia, with no date, definition nor
// narrated past, in a block with no evidence of copy at all (copyless-essay.ts). Each
// both ways: a plain sentence left alone (each flagged by main before this session, checked with
// main's build), and copy sharing part of the signal still flagged. Sentences written for this test.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('an author’s style in the long sentence of a block with no evidence of copy', () => {
  leavesAlone('leaves the essay alone: %s', [
    ['Les glandes de l’estomac sécrètent ce suc en vue de la digestion des aliments que l’animal avale sans les mâcher.', 'fr', 'light-verbs'],
    ['Le juge de paix est compétent en matière de bornage des champs et de curage des fossés entre voisins de la commune.', 'fr', 'light-verbs'],
    ['On se demande s’il convient de juger ce poète sur ses vers de jeunesse ou sur les pièces de son âge mûr.', 'fr', 'light-verbs'],
    ['Les deux vieillards marchent lentement sur le quai, main dans la main, sans regarder les bateaux qui rentrent au port.', 'fr', 'cliches'],
    // The same sentence as copy's below, without « Nos ».
    ['Ces vins sortent du lot cette année grâce aux vendanges tardives que les vignerons du village ont faites à la main.', 'fr', 'cliches'],
  ])
  stillFlags('still flags copy: %s', [
    // Short: copy's sentences are.
    ['Les familles réalisent des économies en achetant en vrac.', 'fr', 'light-verbs', 'réalisent des économies'],
    ['Ces trois vins sortent du lot cette année.', 'fr', 'cliches', 'sortent du lot'],
    // Long, with a word of copy: « nos », « vos », « clients ».
    // (Not « en vue de » alone: a lone connective in a plain sentence is no density, plainSentence.)
    ['Nos vins sortent du lot cette année grâce aux vendanges tardives que les vignerons du village ont faites à la main.', 'fr', 'cliches', 'sortent du lot'],
    ['Le guichet unique a été pensé en matière de formalités pour que vos clients trouvent tout au même endroit sans attendre.', 'fr', 'light-verbs', 'en matière de'],
    // Long, with a word of copy (« plateforme ») and another finding of copy's families beside it.
    ['Cette plateforme révolutionnaire a été conçue en vue de rendre la gestion des stocks plus simple pour les petites boutiques du quartier.', 'fr', 'light-verbs', 'en vue de'],
    // Long, with no word of copy, but another cliché in the sentence: style's findings cluster in copy too.
    ['Plus que jamais, il faut sortir de sa zone de confort et prendre de la hauteur face aux petits soucis de la vie.', 'fr', 'cliches', 'Plus que jamais'],
  ])
})

describe('words with plain senses of their own (hype’s `plainSenses`) in the long sentence of a block with no evidence of copy', () => {
  leavesAlone('leaves the description alone: %s', [
    ['Les deux frères gardent une mémoire incomparable des chansons que leur grand-mère chantait dans la cuisine le soir.', 'fr', 'hype'],
    ['The old ferryman knew the river with an unparalleled patience that the young boatmen of the village never learned.', 'en', 'hype'],
  ])
  stillFlags('still flags copy: %s', [
    // No finite verb: copy's tagline or bullet (french-finite-verb.ts).
    ['Un lanceur épuré et incomparable, pensé pour une lecture agréable et un réglage simple de chaque page du téléphone.', 'fr', 'hype', 'incomparable'],
    // Short.
    ['Ce gîte offre une vue incomparable sur la vallée.', 'fr', 'hype', 'incomparable'],
    // A word of copy.
    ['Our unparalleled support team answers every question within the hour for all the customers of the shop.', 'en', 'hype', 'unparalleled'],
  ])
})
