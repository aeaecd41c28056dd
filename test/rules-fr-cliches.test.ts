// French recall (issue #16): the stock phrases of French service pages, app listings and agency
// sites — clichés (F10), buzzwords (F1), self-praise (F2) and unbacked promises (F3) — as
// families, each flagged in copy and left alone in its literal or plain use. Sentences written for
// this test, not taken from any corpus.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('fr')
})

const flagged = (text: string, rule: string) => lint(text, { language: 'fr' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

it.each([
  ['Découvrez un catalogue en constante évolution de recettes de saison.', 'cliches', 'en constante évolution'],
  ['Notre offre, en perpétuelle évolution, suit vos envies.', 'cliches', 'en perpétuelle évolution'],
  ['Rejoignez une communauté dynamique de jardiniers amateurs.', 'cliches', 'communauté dynamique'],
  ['Nos guides sont écrits par une communauté passionnée de randonneurs.', 'cliches', 'communauté passionnée'],
  ['Une équipe jeune et dynamique vous accueille à Nantes.', 'cliches', 'équipe jeune et dynamique'],
  ['Nous mettons notre expertise au service de votre projet immobilier.', 'cliches', 'notre expertise au service de'],
  ['La technologie au service de la santé des animaux.', 'cliches', 'La technologie au service de'],
  ['Nos conseillers sont toujours à l’écoute.', 'cliches', 'toujours à l’écoute'],
  ['Notre agence reste à votre écoute pour tout renseignement.', 'cliches', 'à votre écoute'],
  ['Des agences au plus près du terrain.', 'cliches', 'au plus près du terrain'],
  ['Ce petit détail fait la différence.', 'cliches', 'fait la différence'],
  ['Profitez d’un accompagnement personnalisé pour votre déménagement.', 'cliches', 'accompagnement personnalisé'],
  ['Nous proposons des solutions adaptées aux artisans.', 'cliches', 'solutions adaptées'],
  ['Notre atelier propose des formations sur mesure.', 'cliches', 'formations sur mesure'],
  ['Nos équipes vous accompagnent au quotidien.', 'cliches', 'vous accompagnent au quotidien'],
  ['Gérez vos comptes en toute simplicité.', 'cliches', 'en toute simplicité'],
  ['Chez nous, rien n’est laissé au hasard.', 'cliches', 'rien n’est laissé au hasard'],
  ['La fiabilité est notre maître-mot.', 'cliches', 'maître-mot'],
  ['Son emplacement est un véritable atout.', 'cliches', 'véritable atout'],
  ['Un restaurant au cadre chaleureux, en plein centre.', 'cliches', 'cadre chaleureux'],
  ['Sérieux et professionnalisme depuis trois générations.', 'cliches', 'Sérieux et professionnalisme'],
  ['Un interlocuteur unique pour tous vos travaux.', 'cliches', 'interlocuteur unique'],
  ['Un programme riche et varié vous attend cet été.', 'cliches', 'riche et varié'],
  ['Le fichier entre dans une phase de montée en qualité.', 'buzzwords', 'montée en qualité'],
  ['Vos documents sont rangés dans un écosystème sécurisé.', 'buzzwords', 'écosystème sécurisé'],
  ['Un site vitrine clés en main pour les commerçants.', 'buzzwords', 'clés en main'],
  ['Une application conçue par une marque digne de confiance.', 'hype', 'marque digne de confiance'],
  ['Forts de notre expertise, nous rénovons votre cuisine.', 'hype', 'Forts de notre expertise'],
  ['Monmail est la messagerie la plus sécurisée pour vos échanges.', 'hype-patterns', 'messagerie la plus sécurisée'],
  ['Votre sécurité est garantie à chaque connexion.', 'unsupported-claims', 'Votre sécurité est garantie'],
  ['Des jeux qui stimulent la créativité des enfants.', 'unsupported-claims', 'stimulent la créativité'],
  ['Chez Acme, la sécurité est notre priorité absolue.', 'cliches', 'sécurité est notre priorité absolue'],
  ['Nous prenons votre vie privée au sérieux.', 'cliches', 'prenons votre vie privée au sérieux'],
  ['Partez en vacances l’esprit tranquille.', 'cliches', 'l’esprit tranquille'],
  ['Tout ce dont vous avez besoin pour cuisiner, dans une seule application.', 'cliches', 'Tout ce dont vous avez besoin'],
  ['Avec les rappels, ne manquez plus jamais un rendez-vous.', 'cliches', 'ne manquez plus jamais'],
  ['Une application conçue avec passion par deux étudiants.', 'cliches', 'conçue avec passion'],
  ['Planifier vos repas devient un jeu d’enfant.', 'cliches', 'un jeu d’enfant'],
  ['Notre application primée vous aide à dormir.', 'hype', 'application primée'],
  ['Le compagnon idéal de vos randonnées.', 'hype', 'compagnon idéal'],
  ['Un éditeur puissant et intuitif pour vos notes.', 'hype', 'puissant et intuitif'],
  ['Kiwi est l’application la plus complète pour suivre vos dépenses.', 'hype-patterns', 'application la plus complète'],
  ['Découvrez la meilleure application de méditation.', 'hype-patterns', 'la meilleure application'],
] as const)('flags the stock phrase: %s', (text, rule, actual) => {
  expect(flagged(text, rule)).toContain(actual)
})

it.each([
  ['Comme le français est une langue en constante évolution, les dictionnaires changent chaque année.', 'cliches'],
  ['Il ne sait pas faire la différence entre un merle et une grive.', 'cliches'],
  ['La communauté de communes vote le budget jeudi.', 'cliches'],
  ['Le tailleur a coupé un costume sur mesure pour le mariage.', 'cliches'],
  ['Il a tiré une carte au hasard.', 'cliches'],
  ['Le témoin est digne de confiance, selon le juge.', 'hype'],
  ['Vérifiez que le chemin le plus sûr passe par le col.', 'hype-patterns'],
  ['La banque a reçu la clé du coffre en main propre.', 'buzzwords'],
  ['La montée en température du four prend dix minutes.', 'buzzwords'],
  ['Le chiffrement protège vos échanges : l’audit de 2024 est en ligne.', 'unsupported-claims'],
  ['Les générateurs sont des outils simples et puissants pour créer des itérateurs.', 'hype'],
  ['La meilleure façon d’apprendre un langage est de l’utiliser.', 'hype-patterns'],
  ['Il prit la lettre avec amour et la relut.', 'cliches'],
] as const)('leaves the plain use alone: %s', (text, rule) => {
  expect(flagged(text, rule)).toEqual([])
})
