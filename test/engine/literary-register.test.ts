// The literary register (issue #15, s27; src/engine/match/literary.ts, register.ts): novels, tales
// and verse use the words of the lists in their plain senses. Each mechanism both ways: the plain
// sense left alone in literature, and copy still flagged where it shares a signal with it.
// - The French simple past and imperfect subjunctive (« nous échangeâmes », « qu'il eût »), the
//   old spellings (« avoit », "thee", "follow'd"), a speaker's tag after the words (« murmura-t-il »,
//   "said he"), Gutenberg's "--", verse (lines begun with a capital inside a sentence): STRONG.
// - Narration copy may share (« il avait », "he knew", "he said", a line's opening "—"): WEAK, two
//   of them needed.
// - A word of copy's business (platform, « offre », customers) rules literature out; copy's people
//   ("you", « vous », "!") need a STRONG piece beside them.
// Sentences written for this test.
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

leavesAlone('leaves the plain sense alone in literature: %s', [
  // The simple past, the imperfect subjunctive, an old spelling.
  ['Nous échangeâmes des regards, plus que jamais inquiets.', 'fr', 'cliches'],
  ['Elle traversa la salle avec une agilité incomparable.', 'fr', 'hype'],
  ['Il fallait qu’il eût une agilité peu commune pour franchir le mur.', 'fr', 'buzzwords'],
  ['Le vieux marin avoit une agilité de chat.', 'fr', 'buzzwords'],
  // A speaker's tag after the words, with the « vous » of dialogue, and Gutenberg's dashes.
  ['Vous avez les yeux d’une beauté incomparable, murmura-t-il.', 'fr', 'hype'],
  ['--Vous dansez avec une agilité incomparable, mon ami.', 'fr', 'hype'],
  // Two imperfects of narration.
  ['Il avait froid, et la lune éclairait la cour d’un éclat incomparable.', 'fr', 'hype'],
  // The simple past after a clitic, not an article: the determiner rule leaves it narration.
  ['Le chirurgien l’opéra avec une agilité incomparable.', 'fr', 'hype'],
  ['Roger la quitta avec une agilité incomparable.', 'fr', 'hype'],
  ['Une heure après, les trouva causant avec une agilité incomparable.', 'fr', 'hype'],
  // English: the archaic second person, an elided past, "said he", verse.
  ['Thy matchless beauty shines upon the hill.', 'en', 'hype'],
  ['He follow’d her with matchless grace along the shore.', 'en', 'hype'],
  ['“Your horse has a matchless stride,” said he, and smiled.', 'en', 'hype'],
  ['The wind was cold upon the moor,\nAnd matchless was the night,\nWhen all the stars came out.', 'en', 'hype'],
  // Two pieces of narration.
  ['He knew the road well, and he walked home at the end of the day.', 'en', 'cliches'],
])

stillFlags('still flags copy: %s', [
  // A press release narrates in the past, and names its business.
  ['Acme announced a game-changing platform for retailers.', 'en', 'hype', 'game-changing'],
  ['Last year Acme launched a revolutionary app, and customers loved it.', 'en', 'hype', 'revolutionary'],
  // A customer's words: "he said" alone is no novel.
  ['“It is a game-changing tool,” he said.', 'en', 'hype', 'game-changing'],
  ['“This checkout is game-changing,” said she, a customer since 2019.', 'en', 'hype', 'game-changing'],
  // A customer story in the imperfect, with its business.
  ['Avant, notre équipe perdait des heures : l’outil était révolutionnaire.', 'fr', 'hype', 'révolutionnaire'],
  ['Autrefois, la foire aux vins boostait le chiffre d’affaires du village.', 'fr', 'anglicisms', 'boostait'],
  // « vous » addressed to a customer, a line's dash and "!" with it: no literature.
  ['Vous allez adorer cette montre incomparable.', 'fr', 'hype', 'incomparable'],
  ['— Vous allez adorer cette montre incomparable !', 'fr', 'hype', 'incomparable'],
  ['You will love its matchless comfort!', 'en', 'hype', 'matchless'],
  // "!" alone, beside two weak pieces of narration: copy's people, so no literature.
  ['He knew the road well, and he walked home at the end of the day!', 'en', 'cliches', 'at the end of the day'],
  ['Il avait froid, et la lune éclairait la cour d’un éclat incomparable !', 'fr', 'hype', 'incomparable'],
  // A title capitalises every word: no verse.
  ['How The Matchless Comfort Of Our Sofa And Its Fabric Won Awards', 'en', 'hype', 'Matchless'],
  // A noun the lexicon reads as a simple past only (« opéra », *opérer*), after a determiner: no
  // narration (session 35; before, each of these read as a novel and lost its finding).
  ['Dans un monde en constante évolution, nous vous attendons à l’opéra.', 'fr', 'cliches', 'monde en constante évolution'],
  ['Dans un monde en constante évolution, venez voir cet opéra rare.', 'fr', 'cliches', 'monde en constante évolution'],
  ['Dans un monde en constante évolution, les places de l’opéra partent vite.', 'fr', 'cliches', 'monde en constante évolution'],
])
