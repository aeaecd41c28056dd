// French recall (issue #16, s26): langue de bois as families with variants over lemmas (« placer X au
// cœur de », « enjeu majeur », « moteur de la croissance »), self-given ranks as aims (« faire de la
// France un leader »), performance verbs with no figure, management newspeak, and FranceTerme
// equivalents older than 2020. Each family is flagged in copy and left alone in its literal or backed
// use. Sentences written for this test, not taken from any corpus.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('fr')
})

const flagged = (text: string, rule: string) => lint(text, { language: 'fr' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

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
])('flags “%s” (%s)', (text, rule, phrase) => {
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
])('leaves “%s” alone (%s)', (text, rule) => {
  expect(flagged(text, rule)).toEqual([])
})
