// Literal senses, session 28 (issue #15): the mechanisms added for the second development set of
// literal senses, each tested with sentences written for this file (none from a corpus).
// - `unless.beside`: a field's words count only within three words before the phrase or two after it (the noun an
//   adjective qualifies, the subject of a short predicate), for fields copy also writes;
// - fields of politics, of a mechanics problem's bodies, of people; textbook words of biology and
//   of fluids;
// - French accents: a word written with "e" where the phrase has "é" is another word when the
//   Lefff knows it;
// - « révolutionnaire » as a noun; the verb "going forward"; the adverb « de suite ».
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/engine/index.js'
import { leavesAlone, loadBothMorphologies, probeRuleData, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('unless.beside', () => {
  const ruleData = probeRuleData([{ phrase: 'radical', unless: { beside: ['polity'] } }], { polity: ['government', 'party'] })
  const found = (text: string) => lint(text, { language: 'en', ruleData }).findings.map((f) => f.actual)

  it('cancels the phrase when a word of the field stands up to two words after it or three before it', () => {
    expect(found('The radical government fell.')).toEqual([])
    expect(found('A radical, divided party split.')).toEqual([])
    expect(found('The party was very radical.')).toEqual([])
  })

  it('does not when the word stands farther away in the sentence, or in another sentence', () => {
    expect(found('Our radical app was built for teams that work with the government.')).toEqual(['radical'])
    expect(found('A radical idea. The government liked it.')).toEqual(['radical'])
    expect(found('The party said so. A radical idea.')).toEqual(['radical'])
    expect(found('A radical app gives government teams more time.')).toEqual(['radical'])
  })

  it('does not across a preposition, which opens another group of words', () => {
    expect(found('A radical app for the party.')).toEqual(['radical'])
    expect(found('A radical app for government.')).toEqual(['radical'])
  })

  it('is an unknown domain when the data lacks it', () => {
    const unknown = probeRuleData([{ phrase: 'radical', unless: { beside: ['polity'] } }], { medicine: ['drug'] })
    expect(() => lint('Radical.', { language: 'en', ruleData: unknown })).toThrow(/Unknown domain\(s\) in the en rules: “polity” \(probe, entry 1\)/)
  })
})

leavesAlone('the noun or the body beside the word reads it in its plain sense: %s', [
  ['The revolutionary government printed paper money that lost its worth within a year.', 'en', 'hype'],
  ['The revolutionary leaders meet at night.', 'en', 'hype'],
  ['The peasants defended their revolutionary ideals for a decade.', 'en', 'hype'],
  ['A puck slides across the frictionless ice of the rink.', 'en', 'buzzwords'],
  ['The second slope is frictionless, so the sled keeps its speed.', 'en', 'buzzwords'],
  ['The old sailor was still robust at seventy and climbed the mast.', 'en', 'buzzwords'],
  ['A robust clot closed the cut within minutes.', 'en', 'buzzwords'],
  ['Le gouvernement révolutionnaire siégea dans la capitale jusqu’à l’hiver.', 'fr', 'hype'],
  ['La bourgeoisie révolutionnaire craint les faubourgs.', 'fr', 'hype'],
])

leavesAlone('a word of politics, of biology or of fluids in the sentence reads it in its plain sense: %s', [
  ['The act empowered the senate to raise taxes on imports.', 'en', 'buzzwords'],
  ['The constitution empowers the courts to strike down a law.', 'en', 'buzzwords'],
  ['The revolutionary faction wins seats in parliament every year.', 'en', 'hype'],
  ['Channels in the membrane facilitate the passage of water.', 'en', 'buzzwords'],
  ['Facilitated diffusion moves ions down their concentration gradient.', 'en', 'buzzwords'],
  ['Over a streamlined nose cone the flow stays laminar.', 'en', 'buzzwords'],
  ['A frictionless fluid would have no viscosity at all.', 'en', 'buzzwords'],
  ['Les girondins refusent les mesures révolutionnaires.', 'fr', 'hype'],
])

stillFlags('copy with the same words farther off is still flagged: %s', [
  ['Our revolutionary app helps every team that works with the government.', 'en', 'hype', 'revolutionary'],
  ['A revolutionary new generation of laptops.', 'en', 'hype', 'revolutionary'],
  ['Meet the revolutionary platform for teams.', 'en', 'hype', 'revolutionary'],
  ['Our frictionless checkout gets you from cart to receipt in one click.', 'en', 'buzzwords', 'frictionless'],
  ['We empower managers to decide.', 'en', 'buzzwords', 'empower'],
  ['Our robust platform keeps every customer record safe.', 'en', 'buzzwords', 'robust'],
  ['We facilitate collaboration between your teams.', 'en', 'buzzwords', 'facilitate'],
  ['Découvrez notre plateforme révolutionnaire, pensée pour l’État et les collectivités.', 'fr', 'hype', 'révolutionnaire'],
])

leavesAlone('a French word written with e where the phrase has é is another word: %s', [
  ['Les deux tables sont de longueur inégale.', 'fr', 'hype'],
  ['Les marches inégales de l’escalier gênent les visiteurs.', 'fr', 'hype'],
])

stillFlags('the phrase’s own word is still flagged, accents dropped or not: %s', [
  ['Un savoir-faire inégalé depuis trente ans.', 'fr', 'hype', 'inégalé'],
  ['Une qualité inégalée dans la région.', 'fr', 'hype', 'inégalée'],
  ['UN SAVOIR-FAIRE INEGALE DEPUIS TRENTE ANS.', 'fr', 'hype', 'INEGALE'],
])

leavesAlone('the part of speech or the construction that is not the phrase’s: %s', [
  ['Les révolutionnaires se réunissent au café chaque soir.', 'fr', 'hype'],
  ['Il a gagné trois fois de suite à la belote.', 'fr', 'light-verbs'],
  ['The convoy was going forward slowly through the pass.', 'en', 'buzzwords'],
  ['Going forward to the ridge, the scouts meet no one.', 'en', 'buzzwords'],
  ['Going forward and looking back, the scout saw the river.', 'en', 'buzzwords'],
])

stillFlags('the phrase in its corporate use is still flagged: %s', [
  ['C’est une approche révolutionnaire du recrutement.', 'fr', 'hype', 'révolutionnaire'],
  ['Suite à votre demande, nous avons modifié la commande.', 'fr', 'light-verbs', 'Suite à'],
  ['Going forward, we will ship every week.', 'en', 'buzzwords', 'Going forward'],
  ['We will ship every week going forward.', 'en', 'buzzwords', 'going forward'],
])

describe('exceptionPatterns', () => {
  const ruleData = probeRuleData([{ phrase: 'much more', exceptionPatterns: ['much more <adj>', '=be much more'] }])
  const found = (text: string) => lint(text, { language: 'en', ruleData }).findings.map((f) => f.actual)

  it('leaves a match inside a pattern alone, slots and lemmas read as in `pattern`', () => {
    expect(found('Our cat is much more patient.')).toEqual([])
    expect(found('It was much more.')).toEqual([])
    expect(found('Games, apps and much more.')).toEqual(['much more'])
  })
})

leavesAlone('a construction of its own (exceptionPatterns, an exception) or a field word: %s', [
  ['She found him kind, and much more agreeable than his brother.', 'en', 'cliches'],
  ['The repairs have been going forwards all week.', 'en', 'buzzwords'],
  ['Elle tient la main dans la main de sa sœur.', 'fr', 'cliches'],
  ['Le meeting de la guerre de Crimée réunit mille personnes.', 'fr', 'anglicisms'],
  ['Dans le choc de deux corps élastiques, les forces vives se conservent.', 'fr', 'people-as-segments'],
  ['Le stock est géré à date imposée par le fournisseur.', 'fr', 'buzzwords'],
])

stillFlags('the list’s tail, the partnership, the business meeting: %s', [
  ['Games, apps and much more.', 'en', 'cliches', 'and much more'],
  ['Nous avançons main dans la main avec nos partenaires.', 'fr', 'cliches', 'main dans la main'],
  ['Le meeting de lundi est déplacé.', 'fr', 'anglicisms', 'meeting'],
  ['Les chiffres à date montrent une hausse.', 'fr', 'buzzwords', 'à date'],
])
