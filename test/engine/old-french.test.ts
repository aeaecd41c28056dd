// Old and literary French (issue #15, session 30; src/engine/match/old-french.ts, literary.ts,
// french-past.ts): plays, tales and old books use the listed words in their plain senses with
// little of the simple past. Each signal both ways: a literary sentence left alone, and copy with the
// same word still flagged where it shares part of the signal.
// Sentences written for this test.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('« ne … point »', () => {
  leavesAlone('leaves literature alone: %s', [['Je ne saurais point vous dire combien ce vin est incomparable.', 'fr', 'hype']])
  // « point » after an article is a noun, whatever « ne » stands before it.
  stillFlags('still flags copy: %s', [['Il ne reste qu’un point : notre accueil est incomparable.', 'fr', 'hype', 'incomparable']])
})

describe('a title of address', () => {
  leavesAlone('leaves literature alone: %s', [['Ce vieux cheval, monsieur, avait une agilité incomparable.', 'fr', 'hype']])
  // A letter's opening is no address: one imperfect alone stays too weak.
  stillFlags('still flags copy: %s', [['Madame, Monsieur, l’hôtel avait une vue incomparable.', 'fr', 'hype', 'incomparable']])
})

describe('a poetic spelling', () => {
  leavesAlone('leaves literature alone: %s', [['Le vieux soldat marchait encor avec une agilité incomparable.', 'fr', 'hype']])
  stillFlags('still flags copy: %s', [['Le vieux soldat marchait encore avec une agilité incomparable.', 'fr', 'hype', 'incomparable']])
})

describe('a verse line joined after a comma', () => {
  leavesAlone('leaves literature alone: %s', [['Le ciel était d’un éclat incomparable, Et la mer dormait sous la lune.', 'fr', 'hype']])
  // A capital that may open a name (« Mon Espace ») weighs less, and nothing else is old here.
  stillFlags('still flags copy: %s', [
    ['Un accueil incomparable, Mon Espace client compris.', 'fr', 'hype', 'incomparable'],
    ['Notre offre est incomparable : Il suffit de vous inscrire.', 'fr', 'hype', 'incomparable'],
  ])
})

describe('the simple past and the imperfect after a noun', () => {
  leavesAlone('leaves literature alone: %s', [
    ['Le capitaine exécuta la manœuvre avec une agilité incomparable.', 'fr', 'hype'],
    ['Le vieux marin évitait la houle, et la mer était d’un calme incomparable.', 'fr', 'hype'],
  ])
  // A name in -a is no simple past (« Mobilia », « mobilier »), a conditional no imperfect.
  stillFlags('still flags copy: %s', [
    ['Chez Mobilia, l’équipe a une agilité incomparable.', 'fr', 'hype', 'incomparable'],
    ['L’outil éviterait les pannes, et l’écran était incomparable.', 'fr', 'hype', 'incomparable'],
  ])
})

describe('light verbs in literature', () => {
  leavesAlone('leaves literature alone: %s', [['Nonobstant la tempête, le capitaine exécuta la manœuvre.', 'fr', 'light-verbs']])
  stillFlags('still flags copy: %s', [['Nonobstant les conditions générales, le client peut résilier son abonnement.', 'fr', 'light-verbs', 'Nonobstant']])
})
