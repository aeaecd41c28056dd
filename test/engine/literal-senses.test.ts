// Literal senses (issue #15): words of the lists in their plain sense are left alone, through the
// part of speech the entry names or the context words of its sense, not one exception per phrase.
// Sentences written for this test.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../../src/engine/index.js'

// Loading both languages' data takes seconds on a loaded machine: more than the default 10 s hook.
beforeAll(async () => {
  await loadMorphology('en')
  await loadMorphology('fr')
}, 60_000)

const flagged = (text: string, language: 'en' | 'fr', rule: string) => lint(text, { language }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

it.each([
  ['Combining the two enzymes gave a clear synergy in the assay.', 'en', 'buzzwords'],
  ['A robust timber frame holds up the roof of the barn.', 'en', 'buzzwords'],
  ['The trimmed mean is a robust estimator when the data have outliers.', 'en', 'buzzwords'],
  ['Revolutionary soldiers marched on the palace in the spring.', 'en', 'hype'],
  ['Les deux médicaments agissent en synergie sur la douleur.', 'fr', 'buzzwords'],
  ['Le booster du lanceur retombe dans l’océan.', 'fr', 'anglicisms'],
  ['Le tribunal révolutionnaire siégeait tous les jours.', 'fr', 'hype'],
  ['La fonction lève une erreur : le gestionnaire d’exception affiche son message.', 'fr', 'hype'],
  ['On implémente cet algorithme de tri avec deux pointeurs.', 'fr', 'anglicisms'],
  ['Son implémentation du dictionnaire tient en vingt lignes de Python.', 'fr', 'anglicisms'],
  ['Ce n’est qu’un détail d’implémentation.', 'fr', 'anglicisms'],
] as const)('leaves the plain sense alone: %s', (text, language, rule) => {
  expect(flagged(text, language, rule)).toEqual([])
})

it.each([
  ['Our robust platform scales with your business.', 'en', 'buzzwords', 'robust'],
  ['Teams find synergy in our shared workspace.', 'en', 'buzzwords', 'synergy'],
  ['Try our revolutionary app today.', 'en', 'hype', 'revolutionary'],
  ['Il faut booster les ventes du trimestre.', 'fr', 'anglicisms', 'booster'],
  ['Découvrez notre offre révolutionnaire.', 'fr', 'hype', 'révolutionnaire'],
  ['Profitez d’un cadre d’exception au bord du lac.', 'fr', 'hype', 'd’exception'],
  ['Nous allons implémenter notre nouvelle stratégie commerciale.', 'fr', 'anglicisms', 'implémenter'],
  ['L’implémentation des méthodes de travail agiles a pris un an.', 'fr', 'anglicisms', 'implémentation'],
] as const)('still flags the corporate sense: %s', (text, language, rule, word) => {
  expect(flagged(text, language, rule)).toContain(word)
})

// The register of a sentence and its block (src/engine/match/register.ts): an entry with plain
// senses in named fields is left alone in expository prose — narration in the past, dates,
// measures — with no word of copy in its block, even when no field word stands in its sentence.
it.each([
  // A date, a past narrated after its subject, a measure: no field word in any of them.
  ['In 1791 the revolutionary committee seized the grain stores of the town.', 'en', 'hype'],
  ['The cart was pushed along a frictionless track.', 'en', 'buzzwords'],
  ['Vitamin C and vitamin E were given together, and their synergy lasted for weeks.', 'en', 'buzzwords'],
  ['The charter of 1890 empowered the mayor to levy a toll on the bridge.', 'en', 'buzzwords'],
  ['When the vote came, Danton opposed the revolutionary faction of the town.', 'en', 'hype'],
  ['A 2.0 kg block slides down a frictionless slope.', 'en', 'buzzwords'],
  ['Les sections révolutionnaires se réunissaient chaque soir.', 'fr', 'hype'],
  ['Le comité révolutionnaire fut dissous au printemps.', 'fr', 'hype'],
  ['Les journées révolutionnaires du 10 août ont changé le cours des choses.', 'fr', 'hype'],
  // A field word in another sentence of an expository paragraph.
  ['Penicillin and gentamicin were given together. Their synergy is clear in the assay.', 'en', 'buzzwords'],
] as const)('leaves the plain sense alone in expository prose: %s', (text, language, rule) => {
  expect(flagged(text, language, rule)).toEqual([])
})

it.each([
  // A word of copy in the sentence or its block keeps the finding, whatever the evidence of the past.
  ['Our revolutionary app was launched in 2024.', 'en', 'hype', 'revolutionary'],
  ['Contoso leveraged AI in 2023 to cut costs for its customers.', 'en', 'buzzwords', 'leveraged'],
  ['The summit was sold out in 2023. Book your seat for the revolutionary sequel.', 'en', 'hype', 'revolutionary'],
  ['Join the revolutionary event that was voted best of 2024.', 'en', 'hype', 'revolutionary'],
  ['Découvrez la montre révolutionnaire qui était attendue depuis 2020.', 'fr', 'hype', 'révolutionnaire'],
  ['En 2023, nos équipes travaillaient en synergie totale.', 'fr', 'buzzwords', 'synergie'],
  // The match is no evidence for itself: "facilitated" after "she" is the phrase, not its context.
  ['Then she facilitated the talks.', 'en', 'buzzwords', 'facilitated'],
  ['The drivers were empowered to refuse a load.', 'en', 'buzzwords', 'empowered'],
  // Field words in another sentence count only in an expository block.
  ['Penicillin is on the shelf. Their synergy is clear in the assay.', 'en', 'buzzwords', 'synergy'],
] as const)('still flags copy: %s', (text, language, rule, word) => {
  expect(flagged(text, language, rule)).toContain(word)
})
