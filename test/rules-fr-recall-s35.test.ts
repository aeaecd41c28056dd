// French recall (issue #16, session 35): « plus … que jamais » over the product qualities of a
// word set (rules/word-sets/fr.yaml, qualites-vantees), not one phrase per miss. Sentences written
// for this test, not taken from any corpus.
import { itFlags, itLeavesAlone } from './rule-cases.js'

itFlags('fr', 'flags a product quality « plus … que jamais »', [
  ['Notre lecteur de podcasts est plus stable que jamais sur les vieux téléphones.', 'cliches', 'plus stable que jamais'],
  ['Avec la version 3, la navigation devient plus fluide que jamais.', 'cliches', 'plus fluide que jamais'],
])

itLeavesAlone('fr', 'leaves alone « plus … que jamais » outside product qualities', [
  ['Le vent soufflait plus fort que jamais sur la jetée.', 'cliches'],
  ['Ce pont est plus long que le précédent, mais jamais encombré.', 'cliches'],
  // « plus rapide que jamais » is a promise, F3 (unsupported-claims): not a second finding here.
  ['Notre appli est plus rapide que jamais.', 'cliches'],
])
