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

// Issue #16 (s26): langue de bois as families over lemmas (« au cœur de » + an abstract noun, « enjeu
// majeur », « moteur de la croissance »), self-given ranks as aims (« faire de la France un leader »),
// performance verbs with no figure, management newspeak, the creed opener and FranceTerme terms older
// than 2020; each flagged in copy and left alone in its literal or backed use.
it.each([
  ['Nous plaçons la prévention au cœur de notre approche.', 'cliches', 'au cœur de notre approche'],
  ['Le ministre place l’industrie au coeur de sa politique.', 'cliches', 'au coeur de sa politique'],
  ['La mairie a mis les habitants au cœur du projet de quartier.', 'cliches', 'au cœur du projet'],
  ['La formation est au cœur de notre stratégie pour 2026.', 'cliches', 'au cœur de notre stratégie'],
  ['Le recyclage est au centre de la démarche du groupe.', 'cliches', 'au centre de la démarche'],
  ['Le service a été repensé dans une logique de proximité.', 'cliches', 'dans une logique de'],
  ['Les équipes travaillent en mode projet depuis janvier.', 'cliches', 'en mode projet'],
  ['Le réseau sera rénové à horizon 2030.', 'cliches', 'à horizon'],
  ['La sobriété énergétique est un enjeu majeur pour les communes.', 'cliches', 'enjeu majeur'],
  ['Ces défis cruciaux attendent la filière.', 'cliches', 'défis cruciaux'],
  ['Ensemble, relevons le défi de la relocalisation.', 'cliches', 'relevons le défi'],
  ['Ce plan doit donner un nouvel élan au commerce de centre-ville.', 'cliches', 'nouvel élan'],
  ['Les petites entreprises sont le moteur de la croissance.', 'cliches', 'moteur de la croissance'],
  ['Notre politique de prévention porte ses fruits.', 'cliches', 'porte ses fruits'],
  ['Nous voulons inscrire dans la durée cette coopération.', 'cliches', 'inscrire dans la durée'],
  ['Force est de constater que les inscriptions ont baissé.', 'cliches', 'Force est de constater'],
  ['Le ministre entend faire de la pédagogie sur la réforme.', 'cliches', 'faire de la pédagogie'],
  ['Cette usine reste le fer de lance du groupe en Europe.', 'cliches', 'fer de lance'],
  ['Le plan vise à faire de la région un leader de l’hydrogène.', 'hype-patterns', 'faire de la région un leader'],
  ['L’entreprise est devenue le leader des cartes de fidélité.', 'hype-patterns', 'devenue le leader'],
  ['Notre cabinet est l’un des leaders du conseil en énergie.', 'hype-patterns', 'l’un des leaders'],
  ['La ville veut être un modèle en la matière.', 'hype-patterns', 'modèle en la matière'],
  ['Ce salon est un formidable tremplin pour les jeunes marques.', 'hype-patterns', 'formidable tremplin'],
  ['Une sécurité sans compromis pour vos données.', 'hype', 'sans compromis'],
  ['Le logiciel de référence des cabinets dentaires.', 'hype', 'logiciel de référence'],
  ['Notre plateforme permet d’améliorer votre productivité au quotidien.', 'unsupported-claims', 'permet d’améliorer votre productivité'],
  ['Ce module optimise vos performances commerciales.', 'unsupported-claims', 'optimise vos performances'],
  ['Nos conseillers sont en capacité de vous répondre.', 'buzzwords', 'sont en capacité de'],
  ['Il faut impulser une nouvelle dynamique.', 'buzzwords', 'impulser'],
  ['Cette problématique concerne tous les services.', 'buzzwords', 'problématique'],
  ['Chaque agence doit décliner la stratégie du groupe.', 'buzzwords', 'décliner la stratégie'],
  ['La montée en puissance du service se poursuit.', 'buzzwords', 'montée en puissance'],
  ['Nous réunissons les acteurs du territoire autour du projet.', 'buzzwords', 'acteurs du territoire'],
  ['Partagez le hashtag de l’événement et gagnez un ebook.', 'anglicisms', 'hashtag'],
  ['Nous misons sur le cloud computing et la blockchain.', 'anglicisms', 'cloud computing'],
  ['Profitez du tarif early bird jusqu’à vendredi.', 'anglicisms', 'early bird'],
  ['Faites un backup avant de publier.', 'anglicisms', 'backup'],
  ['Likez la page pour suivre nos annonces.', 'anglicisms', 'Likez'],
  ['Nous croyons que chaque élève peut apprendre à coder.', 'mission-statements', 'Nous croyons que'],
  ['Une application puissante pour gérer vos notes.', 'hype-patterns', 'application puissante'],
] as const)('flags the langue de bois family: %s', (text, rule, phrase) => {
  expect(flagged(text, rule)).toContain(phrase)
})

it.each([
  ['Le chirurgien a placé la sonde au cœur de la tumeur.', 'cliches'],
  ['Le village est au cœur de la vallée.', 'cliches'],
  ['Le reporter était au cœur de l’action.', 'cliches'],
  ['Mettez la pâte au centre du moule.', 'cliches'],
  ['Le téléphone passe en mode avion pendant le vol.', 'cliches'],
  ['Le soleil disparaît à l’horizon.', 'cliches'],
  ['Le pommier porte ses fruits dès la troisième année.', 'cliches'],
  ['Le moteur de recherche classe les pages.', 'cliches'],
  ['Le ministre a défendu la réforme devant les députés.', 'cliches'],
  ['Il a fini premier de la course.', 'hype-patterns'],
  ['Nous avons trouvé un compromis avec le syndicat.', 'hype'],
  ['Notre plateforme a amélioré votre productivité de 12 % selon l’audit de mars.', 'unsupported-claims'],
  ['La problématique de recherche est posée au chapitre 1.', 'buzzwords'],
  ['Ce résultat est problématique pour la suite.', 'buzzwords'],
  ['La montée en puissance du moteur dépend du couple et du régime.', 'buzzwords'],
  ['Il décline l’invitation.', 'buzzwords'],
  ['Nous pensons que la mise à jour arrivera lundi.', 'mission-statements'],
  ['Le module string fournit une classe Template pour les substitutions.', 'anglicisms'],
] as const)('leaves the literal or backed use alone: %s', (text, rule) => {
  expect(flagged(text, rule)).toEqual([])
})
