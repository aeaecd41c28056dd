// Issue #15, French: the fixes keep the sentence grammatical, or are withheld. Each case is a
// sentence written for these tests (never one of test/corpus/fixes, which measures the fixes).
import { beforeAll, describe, expect, it } from 'vitest'
import { lint, loadMorphology } from '../../src/engine/index.js'

/** The sentence the fix of the finding on `flagged` leaves, or undefined when the fix is withheld. */
function fixOf(text: string, flagged: string): string | undefined {
  const f = lint(text, { language: 'fr' }).findings.find((x) => x.actual === flagged)
  expect(f, `“${flagged}” is flagged in “${text}”`).toBeDefined()
  return f!.fix ? text.slice(0, f!.fix.offset) + f!.fix.text + text.slice(f!.fix.endOffset) : undefined
}

beforeAll(async () => {
  await loadMorphology('fr')
})

describe('the entry phrase a match stands for', () => {
  it('is the one the words write alike, not the first of the same length', () => {
    expect(fixOf('Pour effectuer un paiement, ouvrez la page Factures.', 'effectuer un paiement')).toBe('Pour payer, ouvrez la page Factures.')
    expect(fixOf('Le trésorier apporte des modifications au budget.', 'apporte des modifications')).toBe('Le trésorier modifie le budget.')
  })

  it('is the lemma when the entry lists a form after it, and not another word of the entry', () => {
    expect(fixOf('Le guide décrit l’implémentation du module.', 'implémentation')).toBe('Le guide décrit la mise en œuvre du module.')
    expect(fixOf('Ce choix fait sens pour la mairie.', 'fait sens')).toBe('Ce choix a du sens pour la mairie.')
  })
})

describe('a light verb and its noun replaced by one verb', () => {
  it('makes the noun’s “de” complement the object', () => {
    expect(fixOf('Le magasin procède au remboursement du client.', 'procède au remboursement')).toBe('Le magasin rembourse le client.')
    expect(fixOf('Nous avons effectué une vérification de la facture.', 'effectué une vérification')).toBe('Nous avons vérifié la facture.')
    expect(fixOf('L’agence procédera au recrutement de trois guides.', 'procédera au recrutement')).toBe('L’agence recrutera trois guides.')
    expect(fixOf('Le club effectue des recherches de sponsors.', 'effectue des recherches')).toBe('Le club cherche des sponsors.')
    expect(fixOf('Vous pouvez procéder à l’installation de Firefox.', 'procéder à l’installation')).toBe('Vous pouvez installer Firefox.')
  })

  it('makes the “à” complement of apporter the object', () => {
    expect(fixOf('Le garage a apporté une solution à la panne.', 'apporté une solution')).toBe('Le garage a résolu la panne.')
    expect(fixOf('Les voisins apportent leur soutien aux sinistrés.', 'apportent leur soutien')).toBe('Les voisins soutiennent les sinistrés.')
  })

  it('makes “à” + a determiner after apporter the object', () => {
    expect(fixOf('Le conseil apporte des modifications à son règlement.', 'apporte des modifications')).toBe('Le conseil modifie son règlement.')
  })

  it('keeps what goes with any verb', () => {
    expect(fixOf('Vous pouvez effectuer une recherche dans les archives.', 'effectuer une recherche')).toBe('Vous pouvez chercher dans les archives.')
    expect(fixOf('Vous pouvez effectuer une recherche à l’aide du code postal.', 'effectuer une recherche')).toBe('Vous pouvez chercher à l’aide du code postal.')
  })

  it('is withheld when a word went with the noun alone', () => {
    expect(fixOf('Le technicien effectue une vérification complète du réseau.', 'effectue une vérification')).toBeUndefined()
    expect(fixOf('Le jury effectue une vérification qui dure une heure.', 'effectue une vérification')).toBeUndefined()
    expect(fixOf('Le service procède au remboursement sur demande écrite.', 'procède au remboursement')).toBeUndefined()
  })
})

describe('a verb and its object replaced by a verb', () => {
  it('keeps the object', () => {
    expect(fixOf('La présidente fédère les équipes chaque année.', 'fédère les équipes')).toBe('La présidente rassemble les équipes chaque année.')
  })

  it('is withheld when a preposition follows that the new verb may not take', () => {
    expect(fixOf('La présidente fédère les équipes dans ce projet.', 'fédère les équipes')).toBeUndefined()
  })
})

describe('the seams of a multi-word replacement', () => {
  it('moves the negation after the finite verb', () => {
    expect(fixOf('Ils n’implémentent pas la réforme.', 'implémentent')).toBe('Ils ne mettent pas en œuvre la réforme.')
    expect(fixOf('La mairie n’implémente jamais ses promesses.', 'implémente')).toBe('La mairie ne met jamais en œuvre ses promesses.')
  })

  it('leaves a comparative “plus” where it is', () => {
    expect(fixOf('Notre équipe implémente plus vite que prévu.', 'implémente')).toBe('Notre équipe met en œuvre plus vite que prévu.')
  })

  it('lets the new verb’s preposition replace the old one', () => {
    expect(fixOf('Le club fait levier sur ses bénévoles pour grandir.', 'fait levier')).toBe("Le club s'appuie sur ses bénévoles pour grandir.")
  })
})

describe('a replacement of a kind the sentence has no room for', () => {
  it('withholds a relative clause after être or before a complement', () => {
    expect(fixOf('Nos vendeurs sont proactifs.', 'proactifs')).toBeUndefined()
    expect(fixOf('Nous voulons une gestion proactive des stocks.', 'proactive')).toBeUndefined()
  })

  it('gives a relative clause before an adverbial or the end of the sentence', () => {
    expect(fixOf('Nous cherchons un vendeur proactif pour la boutique.', 'proactif')).toBe('Nous cherchons un vendeur qui anticipe pour la boutique.')
    expect(fixOf('Nous cherchons un vendeur proactif.', 'proactif')).toBe('Nous cherchons un vendeur qui anticipe.')
  })

  it('withholds an infinitive where a noun stood', () => {
    expect(fixOf('Vous serez force de proposition au conseil.', 'force de proposition')).toBeUndefined()
  })
})

describe('an adjective in place of an invariable phrase after a noun', () => {
  it('agrees with the noun', () => {
    expect(fixOf('La mairie achète des vélos de pointe.', 'de pointe')).toBe('La mairie achète des vélos récents.')
    expect(fixOf('Elle vend des lunettes de pointe.', 'de pointe')).toBe('Elle vend des lunettes récentes.')
  })

  it('is withheld when the noun is not known', () => {
    expect(fixOf('Nous vendons des zorglubs de pointe.', 'de pointe')).toBeUndefined()
  })
})

describe('anglicisms the lexicon lacks, read by their ending under the rule’s lemma', () => {
  it('gives a first-group verb’s fix, in the person the context reads', () => {
    expect(fixOf('Ils checkent leurs messages le soir.', 'checkent')).toBe('Ils vérifient leurs messages le soir.')
    expect(fixOf('Elles challengent leurs fournisseurs.', 'challengent')).toBe('Elles remettent en question leurs fournisseurs.')
    expect(fixOf('Les équipes ont été challengées par le client.', 'challengées')).toBe('Les équipes ont été remises en question par le client.')
    expect(fixOf('Le client a challengé notre devis.', 'challengé')).toBe('Le client a remis en question notre devis.')
  })

  it('gives a noun’s fix, the number from its ending or its determiner', () => {
    expect(fixOf('La roadmap du club est prête.', 'roadmap')).toBe('La feuille de route du club est prête.')
    expect(fixOf('Le site d’e-commerce du club ouvre lundi.', 'e-commerce')).toBe('Le site de commerce en ligne du club ouvre lundi.')
  })

  it('reads an adjective or a prefixed compound under the rule’s lemma', () => {
    expect(fixOf('Ces vidéos sont bluffantes.', 'bluffantes')).toBe('Ces vidéos sont surprenantes.')
    expect(fixOf('Elles ont co-construit le programme.', 'co-construit')).toBe('Elles ont construit ensemble le programme.')
  })

  it('takes “de” where the noun modifies the noun before it', () => {
    expect(fixOf('Connectez-vous au portail e-commerce du club.', 'e-commerce')).toBe('Connectez-vous au portail de commerce en ligne du club.')
  })
})

describe('the auxiliary of the new verb', () => {
  it('becomes avoir when a verb conjugated with être is replaced by one that is not', () => {
    expect(fixOf('Notre atelier est passé à la vitesse supérieure cet été.', 'passé à la vitesse supérieure')).toBe('Notre atelier a accéléré cet été.')
    expect(fixOf('Je suis passé à la vitesse supérieure.', 'passé à la vitesse supérieure')).toBe("J'ai accéléré.")
  })
})

describe('what the sentence around a replaced noun or verb says of it', () => {
  it('withholds a noun after a subject pronoun', () => {
    expect(fixOf('Tu challenges tes collègues.', 'challenges')).toBeUndefined()
  })

  it('withholds a verb and object followed by a preposition the new verb may not take', () => {
    expect(fixOf('Le maire embarque les équipes dans le projet.', 'embarque les équipes')).toBeUndefined()
    expect(fixOf('Le maire embarque les équipes.', 'embarque les équipes')).toBe('Le maire associe les équipes.')
  })

  it('gives the adjective after a replaced noun the new gender, or withholds the fix', () => {
    expect(fixOf('Nous vendons sur un marketplace régional.', 'marketplace')).toBe('Nous vendons sur une place de marché régionale.')
    expect(fixOf('Nous vendons sur un marketplace zorglub.', 'marketplace')).toBeUndefined()
  })
})

/** The finding's suggestions as shown, whether or not a fix is given. */
const shown = (text: string, flagged: string) => lint(text, { language: 'fr' }).findings.find((x) => x.actual === flagged)?.expected ?? []

describe('suggestions that stand for different senses of the word', () => {
  it('take the fix from the sense the words around pick', () => {
    expect(fixOf('Les budgets managés par la régie sont publiés chaque mois.', 'managés')).toBe('Les budgets gérés par la régie sont publiés chaque mois.')
    expect(fixOf('Les stagiaires managés par Paul progressent vite.', 'managés')).toBe('Les stagiaires dirigés par Paul progressent vite.')
    expect(fixOf('Le reporting des indicateurs part chaque lundi.', 'reporting')).toBe('Le suivi des indicateurs part chaque lundi.')
    expect(fixOf('Le reporting de la séance est envoyé aux élus.', 'reporting')).toBe('Le compte rendu de la séance est envoyé aux élus.')
    expect(fixOf('Le pilotage bottom-up plaît aux élus.', 'bottom-up')).toBe('Le pilotage ascendant plaît aux élus.')
  })

  it('give no fix when the words pick no sense or two, and still show every suggestion', () => {
    expect(fixOf('Nos offres managées arrivent en mai.', 'managées')).toBeUndefined()
    expect(shown('Nos offres managées arrivent en mai.', 'managées')).toEqual(['dirigées', 'encadrées', 'gérées', 'animées'])
    expect(fixOf('Elle manageait ses vendeurs et ses budgets.', 'manageait')).toBeUndefined()
    expect(fixOf('Le reporting arrive lundi.', 'reporting')).toBeUndefined()
    expect(fixOf('Un outil puissant pour votre cabinet.', 'outil puissant')).toBeUndefined()
  })

  it('use the sense without words unless another is picked, one with no suggestion included', () => {
    expect(fixOf('Ce salon booste les ventes du quartier.', 'booste')).toBe('Ce salon stimule les ventes du quartier.')
    expect(fixOf('Ce réglage booste votre ordinateur.', 'booste')).toBeUndefined()
    expect(fixOf('Avant la deadline, envoyez le dossier.', 'deadline')).toBe('Avant la date limite, envoyez le dossier.')
  })
})

describe('the form of a suggestion', () => {
  it('is the one written when the lexicon lists an abbreviation with the same features', () => {
    expect(fixOf('Le compte rendu du meeting de mardi est prêt.', 'meeting')).toBe('Le compte rendu de la réunion de mardi est prêt.')
  })

  it('of a masculine participle in -s is also plural', () => {
    expect(fixOf('Les textes implémentés hier sont en ligne.', 'implémentés')).toBe('Les textes mis en œuvre hier sont en ligne.')
  })
})

describe('the adjective after “être” when the subject is replaced by a noun of the other gender', () => {
  it('takes the new gender when the verb follows the noun', () => {
    expect(fixOf('La deadline est fixée au 3 mai.', 'deadline')).toBe('La date limite est fixée au 3 mai.')
    expect(fixOf('Le meeting est annulé.', 'meeting')).toBe('La réunion est annulée.')
    expect(fixOf('Le meeting a été annulé hier.', 'meeting')).toBe('La réunion a été annulée hier.')
  })

  it('is withheld when the adjective may agree with another noun, or its other form is unknown', () => {
    expect(fixOf('Le meeting de jeudi est annulé.', 'meeting')).toBe('Le rendez-vous de jeudi est annulé.')
    expect(fixOf('La deadline est trop courte pour nous.', 'deadline')).toBeUndefined()
  })
})

describe('forms the matcher and the reading must know', () => {
  it('match a phrase’s “de” elided before a vowel, with the apostrophe as written', () => {
    expect(fixOf('Cette carte donne la possibilité d’entrer au musée.', 'donne la possibilité d’')).toBe('Cette carte permet d’entrer au musée.')
  })

  it('match the conditional of “nous” and “vous”', () => {
    expect(fixOf('Avec un scanner, nous digitaliserions les archives.', 'digitaliserions')).toBe('Avec un scanner, nous numériserions les archives.')
  })

  it('read “vous” and “nous” before a verb of another person as its object', () => {
    expect(fixOf('Ce pass vous donne la possibilité d’entrer.', 'donne la possibilité d’')).toBe('Ce pass vous permet d’entrer.')
    expect(fixOf('La mairie nous donne la possibilité d’exposer.', 'donne la possibilité d’')).toBe('La mairie nous permet d’exposer.')
  })
})

describe('a suggestion with its own determiner', () => {
  it('replaces a phrase with its determiner, the possessive in the person of the flagged one', () => {
    expect(fixOf('Notre écosystème grandit chaque année.', 'Notre écosystème')).toBe('Notre réseau grandit chaque année.')
    expect(fixOf('Les élus de votre écosystème votent.', 'votre écosystème')).toBe('Les élus de votre réseau votent.')
  })

  it('after the sentence’s own determiner, drops its own and agrees the sentence’s', () => {
    expect(fixOf('Voici la proposition de valeur du club.', 'proposition de valeur')).toBe("Voici l'offre du club.")
    expect(fixOf('Notre proposition de valeur tient en une ligne.', 'proposition de valeur')).toBe('Notre offre tient en une ligne.')
  })

  it('is withheld after a determiner of the other number, or when it is a clause', () => {
    expect(fixOf('Le public cible du salon arrive.', 'public cible')).toBeUndefined()
  })
})

describe('words the matcher or the name rules missed', () => {
  it('matches the plural of a compound’s short last part', () => {
    expect(fixOf('Deux start-ups du quartier recrutent.', 'start-ups')).toBe('Deux jeunes pousses du quartier recrutent.')
  })

  it('reads an imperative joined to its pronoun as a verb, and keeps the pronoun after the new one', () => {
    expect(fixOf('Forwardez-le à Paul avant midi.', 'Forwardez')).toBe('Transférez-le à Paul avant midi.')
  })

  it('flags a capitalised word in a Title Case line, and reads the infinitive of a question', () => {
    expect(fixOf('Comment Booster Les Dons De Votre Association', 'Booster')).toBe('Comment Stimuler Les Dons De Votre Association')
    expect(fixOf('Pourquoi digitaliser vos archives ?', 'digitaliser')).toBe('Pourquoi numériser vos archives ?')
  })
})

describe('a noun phrase suggestion put in the plural', () => {
  it('is withheld when a word after its head is not in the lexicon, so its plural is unknown', () => {
    expect(fixOf('Nous comparons deux pretrained models avant l’été.', 'pretrained models')).toBeUndefined()
  })

  it('is applied when its head stays as written, and in the singular', () => {
    expect(fixOf('Nous testons un pretrained model cette année.', 'pretrained model')).toBe('Nous testons un modèle préentraîné cette année.')
  })
})
