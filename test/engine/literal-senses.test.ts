// Literal senses (issue #15): words of the lists in their plain sense are left alone, through the
// part of speech the entry names or the context words of its sense, not one exception per phrase.
// Sentences written for this test.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('en')
  await loadMorphology('fr')
})

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
