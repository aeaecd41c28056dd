// Literal senses in French (issue #15, s25): what the second development set
// (test/corpus/fixes/literal-dev-fr.yaml, fr-litdev-031..060) taught, as mechanisms, not one
// exception per sentence: the fields of anatomy (« au niveau de » of a place on the body, « digital »
// of the fingers), of classical mechanics (« forces vives ») and of tax accounting (« valeur
// ajoutée »), and the fencing compound « coup de pointe ». Sentences written for this test.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('fr')
})

const flagged = (text: string, rule: string) => lint(text, { language: 'fr' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

it.each([
  ['La douleur siège au niveau de la tête du péroné, sous le tendon du biceps.', 'light-verbs'],
  ['Le pli cutané se forme au niveau des phalanges quand la main se ferme.', 'light-verbs'],
  ['Les artères digitales longent les phalanges de chaque côté.', 'anglicisms'],
  ['Le théorème des forces vives relie le travail des forces à la variation de l’énergie cinétique.', 'people-as-segments'],
  ['La valeur ajoutée retenue pour l’imposition est égale au chiffre d’affaires diminué des consommations intermédiaires.', 'buzzwords'],
  ['La valeur ajoutée est calculée à partir du compte de résultat de l’exercice.', 'buzzwords'],
  ['Le cavalier porta un coup de pointe au lieu d’un coup de taille.', 'hype'],
  // Pharmacology (s26): la thérapeutique, les antagonismes.
  ['La thérapeutique sera simplifiée quand on connaîtra les synergies.', 'buzzwords'],
  ['La synergie des antagonistes reste mal connue.', 'buzzwords'],
] as const)('leaves the plain sense alone: %s', (text, rule) => {
  expect(flagged(text, rule)).toEqual([])
})

// The field words chosen leave copy's own images out: « au bout des doigts », « le nerf de la
// guerre », « la cheville ouvrière » are no anatomy.
it.each([
  ['Nous avons beaucoup progressé au niveau des ventes.', 'light-verbs', 'au niveau des'],
  ['Au niveau de la cheville ouvrière du projet, rien ne change.', 'light-verbs', 'Au niveau de'],
  ['Le digital met vos clients au bout des doigts.', 'anglicisms', 'digital'],
  ['Nous remercions les forces vives de la région.', 'people-as-segments', 'forces vives'],
  ['Notre valeur ajoutée, c’est la proximité avec nos clients.', 'buzzwords', 'valeur ajoutée'],
  ['Une solution de pointe pour vos équipes.', 'hype', 'de pointe'],
  ['Nos thérapeutes travaillent en synergie.', 'buzzwords', 'synergie'],
] as const)('still flags the corporate sense: %s', (text, rule, words) => {
  expect(flagged(text, rule)).toContain(words)
})
