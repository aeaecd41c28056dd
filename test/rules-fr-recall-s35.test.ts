// French recall (issue #16, session 35): « plus … que jamais » over the product qualities of a
// word set (rules/word-sets/fr.yaml, qualites-produit), not one phrase per miss. Sentences written
// for this test, not taken from any corpus.
import { itFlags, itLeavesAlone } from './rule-cases.js'

itFlags('fr', 'flags a product quality « plus … que jamais »', [
  ['Notre lecteur de podcasts est plus rapide que jamais sur les vieux téléphones.', 'cliches', 'plus rapide que jamais'],
  ['Avec la version 3, la synchronisation devient plus fiable que jamais.', 'cliches', 'plus fiable que jamais'],
])

itLeavesAlone('fr', 'leaves alone « plus … que jamais » outside product qualities', [
  ['Le vent soufflait plus fort que jamais sur la jetée.', 'cliches'],
  ['Ce pont est plus long que le précédent, mais jamais encombré.', 'cliches'],
])
