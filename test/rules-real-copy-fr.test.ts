// French families written for issue #16 (recall on real copy), from the development set
// (test/corpus/real/fr/dev, files 19–24 and the earlier misses) and the shapes the same copy takes
// elsewhere: a brochure adjective on the product, marketing metrics promised with no figure, nouns
// made modish by what is hung on them, the programme's passive with no one behind it, the
// mission line in the third person, « opportunité » for a chance. Each flags the copy it was written
// for and leaves the literal sense alone. Sentences written for this test, not taken from any corpus.
import { itFlags, itLeavesAlone } from './rule-cases.js'

itFlags('fr', 'flags the real-copy family', [
  ['Découvrez notre sublime application de cuisine.', 'hype-patterns', 'sublime application'],
  ['Un thème magnifique pour votre boutique en ligne.', 'hype-patterns', 'thème magnifique'],
  ['Ce lecteur de musique est multirécompensé.', 'hype', 'multirécompensé'],
  ['Notre module améliore votre taux de rétention.', 'unsupported-claims', 'améliore votre taux de rétention'],
  ['Avec nos conseils, obtenez de meilleures performances.', 'unsupported-claims', 'obtenez de meilleures performances'],
  ['Une agence pour dynamiser la croissance de votre boutique.', 'unsupported-claims', 'dynamiser la croissance de votre boutique'],
  ['Le passage à l’échelle de nos outils est prévu pour juin.', 'buzzwords', 'passage à l’échelle'],
  ['Des projets à fort impact pour la ville.', 'buzzwords', 'à fort impact'],
  ['Nous cultivons une culture du résultat.', 'buzzwords', 'culture du résultat'],
  ['Un service public axé sur l’usager.', 'buzzwords', 'axé sur l’usager'],
  ['Une solution souveraine pour les mairies.', 'buzzwords', 'solution souveraine'],
  ['Des tableaux de bord et des informations exploitables.', 'buzzwords', 'informations exploitables'],
  ['Nos vidéos courtes stimulent l’engagement.', 'buzzwords', 'stimulent l’engagement'],
  ['Ils défendent une intelligence artificielle digne de confiance.', 'buzzwords', 'intelligence artificielle digne de confiance'],
  ['Ensemble, nous construisons l’avenir de la santé.', 'cliches', 'construisons l’avenir'],
  ['Les écoles inventent le monde de demain.', 'cliches', 'inventent le monde de demain'],
  ['Il est temps de conjuguer nos forces.', 'cliches', 'conjuguer nos forces'],
  ['Notre boutique fait passer les clients avant tout.', 'cliches', 'fait passer les clients avant tout'],
  ['Un management bienveillant et des horaires souples.', 'cliches', 'management bienveillant'],
  ['La fondation a pour vocation de soutenir la recherche.', 'mission-statements', 'a pour vocation de'],
  ['Un soin particulier sera apporté à la relecture.', 'hidden-speaker', 'soin particulier sera apporté'],
  ['La mesure devra être généralisée en 2026.', 'hidden-speaker', 'devra être généralisée'],
  ['Le bureau concourt à la définition des priorités.', 'light-verbs', 'concourt à la définition'],
  ['Ce fonds permet la consolidation des équipes.', 'light-verbs', 'permet la consolidation'],
  ['Trois opportunités d’emploi sont ouvertes.', 'anglicisms', 'opportunités d’emploi'],
  ['Nos serveurs sont dans un data center à Genève.', 'anglicisms', 'data center'],
] as const)

itLeavesAlone('fr', 'leaves the literal sense alone', [
  ['Un superbe cheval gris attendait devant l’auberge.', 'hype-patterns'],
  ['Les élèves ont obtenu de meilleurs résultats : 14,2 de moyenne contre 12,8 l’an dernier.', 'unsupported-claims'],
  ['La banque centrale veut stimuler la croissance de l’économie.', 'unsupported-claims'],
  ['Le passage à l’échelle de la carte demande une règle graduée.', 'buzzwords'],
  ['La culture du blé occupe la plaine.', 'buzzwords'],
  ['La solution de l’équation est négative.', 'buzzwords'],
  ['Une messagerie axée sur la confidentialité.', 'buzzwords'],
  ['Son engagement de payer la dette a été signé devant notaire.', 'buzzwords'],
  ['Les maçons construisent le mur du jardin.', 'cliches'],
  ['Le contrat a pour objet la vente du terrain.', 'mission-statements'],
  ['Une attention particulière sera portée par le jury aux dossiers incomplets.', 'hidden-speaker'],
  ['Il participe à la course de dimanche.', 'light-verbs'],
  ['Le juge a contesté l’opportunité de la mesure.', 'anglicisms'],
] as const)
