// French literal senses in expository prose, session 34 (issue #15): the plant named after « de »
// or a plural article (the anglicism « digital » follows its noun without « de »), the noun
// « pointe » after a noun of kind, and field words of the treatises of the fourth development set
// (physiology for « synergie », the steam engine for « forces vives », the verse for « rimer
// avec »). Each both ways: a plain sentence left alone (each flagged by main before this session,
// checked with main's build), and copy sharing part of the signal still flagged. Sentences written
// for this test.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('the foxglove after « de » or a plural article', () => {
  leavesAlone('leaves the plant alone: %s', [
    ['Au bord du chemin poussent des touffes de digitale et de fougère.', 'fr', 'anglicisms'],
    ['Les digitales fleurissent en juin sur les talus.', 'fr', 'anglicisms'],
  ])
  stillFlags('still flags the anglicism: %s', [['Notre agence accompagne votre stratégie digitale.', 'fr', 'anglicisms', 'digitale']])
})

describe('the noun « pointe » after a noun of kind', () => {
  leavesAlone('leaves the point alone: %s', [['Le graveur trace le trait avec une sorte de pointe très fine.', 'fr', 'hype']])
  stillFlags('still flags the technology: %s', [['Nos ingénieurs utilisent des outils de pointe.', 'fr', 'hype', 'de pointe']])
})

describe('field words of treatises', () => {
  leavesAlone('leaves the plain sense alone: %s', [
    ['La synergie des organes assure la marche régulière de la fonction.', 'fr', 'buzzwords'],
    ['Dans la machine à vapeur, la chaleur se change en forces vives.', 'fr', 'people-as-segments'],
    ['À la fin du vers, le mot choisi doit rimer avec aurore.', 'fr', 'cliches'],
  ])
  stillFlags('still flags copy: %s', [
    ['Nos équipes créent de la synergie entre les métiers.', 'fr', 'buzzwords', 'synergie'],
    ['Les forces vives de notre entreprise se mobilisent.', 'fr', 'people-as-segments', 'forces vives'],
  ])
})

describe('an essay’s « nous » and « notre » (french-authorial.ts)', () => {
  leavesAlone('leaves the essay alone: %s', [
    // « nous » before a verb of saying: no copy, and evidence of the register.
    ['Comme nous l’avons dit, la synergie des deux armées protège la ville.', 'fr', 'buzzwords'],
    // « nos » before what people share: no copy (the imperfect is the evidence).
    ['Au XVIIe siècle, la synergie des deux pouvoirs s’offrait à nos yeux.', 'fr', 'buzzwords'],
  ])
  stillFlags('still flags a business speaking of itself: %s', [
    ['Nous proposons la synergie des deux équipes.', 'fr', 'buzzwords', 'synergie'],
    ['Notre équipe mesure la synergie des deux pouvoirs depuis 2015.', 'fr', 'buzzwords', 'synergie'],
  ])
})

describe('an author’s style in expository prose (light verbs, clichés: isExpositoryStyle)', () => {
  leavesAlone('leaves the treatise alone: %s', [
    ['Au XIXe siècle, il convient de distinguer deux écoles de peinture.', 'fr', 'light-verbs'],
    ['Le bloc de 30 kg est posé sur le plan incliné en vue de la mesure.', 'fr', 'light-verbs'],
  ])
  stillFlags('still flags copy: %s', [
    // A year is a software's version too: a word of copy's trade keeps the finding.
    ['En 2024, il convient de migrer les serveurs vers le cloud.', 'fr', 'light-verbs', 'il convient de'],
    // Session 36: a lone « en vue de » in a plain sentence is left alone (`plainSentence`); a noun
    // of action before « de » keeps this sentence dense.
    ['Le bloc de 30 kg est livré à nos clients en vue de la mesure, dès la validation de la commande.', 'fr', 'light-verbs', 'en vue de'],
  ])
})

describe('signs of a treatise in one sentence (french-expository.ts)', () => {
  leavesAlone('leaves the treatise alone: %s', [
    // The « on » of method, before a verb of naming past a modal.
    ['C’est ce qu’on peut appeler la synergie des deux pouvoirs.', 'fr', 'buzzwords'],
    // A definition of a kind.
    ['Un alliage est un mélange de métaux dont la synergie assure la dureté.', 'fr', 'buzzwords'],
    // A century in Roman numerals.
    ['Au XVIIIe, la synergie des deux pouvoirs protège la ville.', 'fr', 'buzzwords'],
  ])
  stillFlags('still flags copy: %s', [
    // Copy's « on » does things for someone; its « notre » makes the block copy.
    ['On s’occupe de tout : la synergie des deux équipes, c’est notre métier.', 'fr', 'buzzwords', 'synergie'],
    // Copy defines its product by its name, not a kind.
    ['Acme est une plateforme qui crée de la synergie entre les équipes.', 'fr', 'buzzwords', 'synergie'],
    // « vie » is a word, not the sixth century.
    ['Une vie de famille demande de la synergie entre les parents.', 'fr', 'buzzwords', 'synergie'],
  ])
})
