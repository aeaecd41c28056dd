// French recall (issue #16, session 36): the absolute superlative a product gives itself, by
// structure (rules/fr/hype-patterns.yaml), and « écosystème » in its business sense
// (rules/fr/buzzwords.yaml). Sentences written for this test, not taken from any corpus.
import { itFlags, itLeavesAlone } from './rule-cases.js'

itFlags('fr', 'flags an absolute superlative about the product', [
  ['Notre agenda est le seul et unique agenda à chiffrer vos notes.', 'hype-patterns', 'le seul et unique'],
  ['Pivot est la seule plateforme qui relie vos trois banques.', 'hype-patterns', 'est la seule plateforme'],
  ['Voici le réveil le plus fiable qui soit, dans votre poche.', 'hype-patterns', 'le plus fiable qui soit'],
  ['Ce navigateur est la façon la plus anonyme de lire la presse.', 'hype-patterns', 'est la façon la plus anonyme'],
  ['Nous vous offrons la meilleure expérience possible, partout.', 'hype-patterns', 'la meilleure expérience possible'],
])

itLeavesAlone('fr', 'leaves alone superlatives that rank no product', [
  ['Le moyen le plus simple est de redémarrer la box.', 'hype-patterns'],
  ['Il a retenu la meilleure approximation possible du nombre.', 'hype-patterns'],
  ['Le sentier est le plus court qui mène au refuge, pas le plus sûr.', 'hype-patterns'],
])

itFlags('fr', 'flags « écosystème » for a set of organisations', [
  ['La plateforme fédère un écosystème de mutuelles et de courtiers.', 'buzzwords', 'écosystème'],
  ['Rejoignez l’écosystème et rencontrez nos partenaires.', 'buzzwords', 'écosystème'],
])

itLeavesAlone('fr', 'leaves alone « écosystème » in the living world', [
  ['Les crues nourrissent l’écosystème de la zone humide et ses espèces d’oiseaux.', 'buzzwords'],
  ['La forêt forme un écosystème fragile que le pâturage dégrade.', 'buzzwords'],
])
