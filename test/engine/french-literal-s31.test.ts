// French literal senses, session 31 (issue #15): literature with no word of copy, parts of speech
// and constructions (src/engine/match/french-speech.ts, french-noun-place.ts, literary.ts,
// register.ts; rules/fr). Each mechanism both ways: a plain sentence left alone (each flagged
// before this session), and copy with the same word still flagged where it shares part of the signal.
// Sentences written for this test.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('one piece of literary evidence in a block with no word of copy', () => {
  leavesAlone('leaves literature alone: %s', [
    // A verse line after a comma (WEAK: « Pour » may open a name).
    ['Je pleure ce jardin incomparable, Pour toujours perdu.', 'fr', 'hype'],
    // The imperfect after its pronoun.
    ['Ils avaient une patience sans égale.', 'fr', 'hype'],
    // A clause opened by a capital after a small word, with no mark.
    ['Le soldat ne pouvait marcher Que par la force d’un courage sans égal.', 'fr', 'hype'],
  ])
  // A word of the copy vocabulary (« tarif ») keeps the finding; the imperfect after a noun is
  // never evidence alone (« l’hôtel avait »: old-french.test.ts).
  stillFlags('still flags copy: %s', [
    ['Un tarif incomparable, Pour toute la famille.', 'fr', 'hype', 'incomparable'],
    ['Ils avaient un tarif sans égal.', 'fr', 'hype', 'sans égal'],
    ['Réservez chez Et Cetera, le tarif est sans égal.', 'fr', 'hype', 'sans égal'],
  ])
})

describe('speech from « je » to « tu », and the first person’s imperfect', () => {
  leavesAlone('leaves literature alone: %s', [
    ['Je te le dis en toute confiance.', 'fr', 'cliches'],
    ['Je voyais la mer, d’un bleu incomparable.', 'fr', 'hype'],
  ])
  // « tu » alone is copy's too; the present « je vois » narrates nothing.
  stillFlags('still flags copy: %s', [
    ['Tu réserves en toute confiance.', 'fr', 'cliches', 'en toute confiance'],
    ['Je vois la mer, d’un bleu incomparable.', 'fr', 'hype', 'incomparable'],
  ])
})

describe('an adjective of the lists used as a noun, told by its place', () => {
  leavesAlone('leaves the noun alone: %s', [['Vous êtes une révolutionnaire, Docteur, et cela vous honore.', 'fr', 'hype']])
  stillFlags('still flags the adjective: %s', [
    ['C’est une révolutionnaire application pour vos clients.', 'fr', 'hype', 'révolutionnaire'],
    ['Notre plateforme est révolutionnaire.', 'fr', 'hype', 'révolutionnaire'],
  ])
})

describe('constructions of the plain senses', () => {
  leavesAlone('leaves the plain sense alone: %s', [
    ['Le soldat pousse son dernier cri sur le pont.', 'fr', 'hype'],
    ['Les juges ont eu égard à son âge.', 'fr', 'light-verbs'],
    ['Elle glisse sa main dans la main du marin.', 'fr', 'cliches'],
    ['Les enfants marcheront la main dans la main jusqu’à l’école.', 'fr', 'cliches'],
    ['Une digitale pousse au bord du chemin.', 'fr', 'anglicisms'],
    ['Ouvrez, de par le roi !', 'fr', 'light-verbs'],
  ])
  stillFlags('still flags copy: %s', [
    ['Ce téléphone est le dernier cri de la technologie.', 'fr', 'hype', 'dernier cri'],
    ['Eu égard à vos besoins, nous proposons deux formules.', 'fr', 'light-verbs', 'Eu égard à'],
    ['Nous travaillons main dans la main avec nos clients.', 'fr', 'cliches', 'main dans la main'],
    ['Notre stratégie digitale pousse vos ventes.', 'fr', 'anglicisms', 'digitale'],
    ['De par son expérience, notre équipe vous conseille.', 'fr', 'light-verbs', 'De par'],
  ])
})

describe('a one-word match is no business of its own', () => {
  // « digitale » is a word of copy's business (rules/registers): it kept the block copy by itself.
  leavesAlone('leaves literature alone: %s', [['Les feuilles tremblaient, une haute digitale se balançait et la vache broutait.', 'fr', 'anglicisms']])
  // Another business word, or a phrase of them, still makes the block copy.
  stillFlags('still flags copy: %s', [
    ['Les feuilles tremblaient, notre stratégie digitale se balançait et la vache broutait.', 'fr', 'anglicisms', 'digitale'],
    ['Les feuilles tremblaient, la transformation digitale avançait et la vache broutait.', 'fr', 'anglicisms', 'transformation digitale'],
  ])
})
