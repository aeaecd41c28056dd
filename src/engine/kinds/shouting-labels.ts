// Ordinary words in capitals that label or name something by where they stand (issue #16): a
// heading line inside a block, a label before its colon, a stock ticker, a key to press, a word
// quoted after the verb that shows or types it, the state or level a setting takes. Read by
// shouting-context.ts (runIsNamed); every test reads the words around the run, never the run alone.
import { englishTags } from '../morphology/english-lexicon.js'
import { morphologyLoaded } from '../morphology/data.js'
import type { Language } from '../rules/rule-data.js'
import type { WrittenWord } from '../text/tokens.js'

// A line of a block all in capitals, with no sentence punctuation, is a heading set in plain text
// inside the block: a store listing's "★ KEY FEATURES ★" above its bullets. Past 12 words it is
// prose, as for a whole block (shouting-context.ts).
const HEADING_LINE_WORDS = 12

// What may stand before a label at the start of its line: list bullets, numbers, block quote
// marks, bold. "• FAST SYNC: …", "1. NOTE: …", "**FIXED**: …".
const LINE_LEAD = /^[\s>#*_+•▪◦‣►▶▸✓✔✅★☆◆■□●○-]*(?:\d{1,3}[.)]\s*)?(?:\*\*|__|<b>|<strong>)?\s*$/u
const LIST_BULLET = /^\s*(?:[-*+•▪◦‣►▶▸✓✔✅★☆◆■□●○]|\d{1,3}[.)])\s/u
// A line headed by an identifier (with "_" or a call's "()"), then the run: "gcry_md_copy CHANGED".
const CODE_LEAD = /^\s*(?:[-*+•·]\s+)?`?[\p{L}\d]*(?:_|\(\))[\p{L}\d_(){}*.-]*`?\s+$/u
// The colon may follow the label's initials: "**EXECUTIVE CORE QUALIFICATIONS** (ECQs):" (session 30, job ads).
const BEFORE_COLON = /^\s*(?:\([\p{L}\d]{1,12}\)\s*)?(?:\*\*|__|<\/b>|<\/strong>)?\s*(?:\([\p{L}\d]{1,12}\)\s*)?:/u
// A status label before its dash: "**NOT SUPPORTED – Example: …**" (session 30, AWS guides).
const BEFORE_DASH = /^\s*(?:\*\*|__|<\/b>|<\/strong>)?\s*(?:[—–]|--|-\s)/u
// A label at the start of a sentence inside a block: "…and the SES. NOTE: This applies only…".
const SENTENCE_LEAD = /[.!?]\s+(?:\*\*|__)?$/u

// A bold run alone at the head of its line, or before its colon or dash: "**KEY FEATURES**",
// "<b>FAST SYNC</b> – …", the labels of store listings (fastlane's full_description.txt). Store
// labels also end in a question or a full stop inside the bold, « <b>POURQUOI NOUS CHOISIR ?</b> »,
// "**NO ADS.**", and run on into their text as a new sentence: "<b>FAST SYNC</b> Your notes…"
// (session 29, store listings). A "!" keeps the shout ("<b>BUY NOW!</b>"), and so does text in
// lower case or in capitals after it ("**AMAZING DEAL** today", "**BUY NOW** HALF PRICE").
const AFTER_BOLD_LABEL = /^\s?[?.]?\s*(?:\*\*|__|<\/b>|<\/strong>)\s*(?::|[—–]|--|-\s|$|\p{Lu}\p{Ll})/u

// Store listings and other copy written as HTML break their lines with tags, not newlines:
// "…<br><b>KEY FEATURES</b><br>• Works offline". Other tags (<b>, <i>) are not words of a line.
const LINE_BREAK = /\n|<br\s*\/?>|<\/?(?:p|li|ul|ol|div|h[1-6])\b[^>\n]*>/giu
const TAG = /<\/?[a-z][^>\n]*>/giu
// How far a line is looked for on each side: a line longer than this is prose, not a label.
const LINE_REACH = 300

const setOf = (list: string) => new Set(list.split('|'))

// Labels of documentation, release notes, legal documents and job ads, set in capitals before
// their colon by convention: "NOTE: …", "FIXED: …", "APPENDIX: …", "LOCATION: Remote". Alarms are
// not here: "WARNING:", "IMPORTANT:", « ATTENTION : » raise the voice by design, as in "WARNING:
// this app is addictive" (the labelled corpus marks it).
const LABELS: Record<Language, ReadonlySet<string>> = {
  en: setOf(
    'NOTE|NOTES|TIP|TIPS|HINT|CAUTION|INFO|EXAMPLE|EXAMPLES|SUMMARY|UPDATE|UPDATED|EDIT|ADDED|FIXED|FIX|FIXES|CHANGED|CHANGES|' +
      'IMPROVED|IMPROVEMENTS|REMOVED|DEPRECATED|SECURITY|BREAKING|BREAKING CHANGE|BREAKING CHANGES|BUG FIXES|BUGFIX|BUGFIXES|' +
      'KNOWN ISSUES|FEATURES|NEW FEATURES|KEY FEATURES|APPENDIX|ANNEX|EXHIBIT|SCHEDULE|SECTION|ARTICLE|CHAPTER|PART|DEFINITIONS|' +
      'LOCATION|SALARY|PAY|DURATION|DEADLINE|TITLE|JOB TITLE|DEPARTMENT|AGENCY|CONTACT|HOURS|REQUIREMENTS|RESPONSIBILITIES|' +
      'QUALIFICATIONS|BENEFITS|DUTIES|ROLE|TEAM|GRADE|TRAVEL|START DATE|CLOSING DATE|OPENING DATE|SERIES|POSITION|' +
      'MEDIA CONTACT|MEDIA CONTACTS|PRESS CONTACT|PRESS CONTACTS|INVESTOR CONTACT|INVESTOR CONTACTS|' +
      // The status notices of documentation (session 30, AWS guides: "**NOT SUPPORTED – Example: …**").
      'NOT SUPPORTED|UNSUPPORTED|NOT RECOMMENDED|OBSOLETE|EXPERIMENTAL|PREVIEW|LEGACY',
  ),
  fr: setOf(
    'NOTE|NB|REMARQUE|REMARQUES|ASTUCE|CONSEIL|INFO|EXEMPLE|EXEMPLES|RÉSUMÉ|MISE À JOUR|NOUVEAU|NOUVEAUTÉ|NOUVEAUTÉS|CORRIGÉ|' +
      'CORRECTIF|CORRECTIFS|CORRECTIONS|AMÉLIORATIONS|AMÉLIORÉ|MODIFIÉ|SUPPRIMÉ|SÉCURITÉ|ANNEXE|ARTICLE|CHAPITRE|SECTION|' +
      'DÉFINITIONS|LIEU|SALAIRE|RÉMUNÉRATION|DURÉE|CONTRAT|POSTE|PROFIL|MISSIONS|AVANTAGES|CONTACT|HORAIRES|DATE|TÉLÉTRAVAIL|' +
      'CONTACT PRESSE|CONTACTS PRESSE',
  ),
}

// Words that make a label an alarm: "IMPORTANT NOTE:" raises the voice as "IMPORTANT:" does (session
// 30: a README of node_modules).
const ALARMS = setOf('IMPORTANT|CRITICAL|URGENT|WARNING|DANGER|ATTENTION')

// A label is one of LABELS, or in English a phrase of up to four words whose head noun (the last
// word) is one: "BASIC REQUIREMENTS:", "SPECIALIZED EXPERIENCE REQUIREMENTS:", the headings of US
// federal job ads (session 30: 14 of the 61 findings on 125 18F job ads). An alarm (WARNING) is in
// no list; a call ("LIMITED TIME ONLY:") has no label for head. Not French: its head comes first
// and LABELS holds adjectives that lead a shout (« NOUVEAU PRIX INCROYABLE : »).
function isLabel(run: readonly string[], language: Language): boolean {
  if (LABELS[language].has(run.join(' '))) return true
  return language === 'en' && run.length > 1 && run.length <= 4 && LABELS.en.has(run[run.length - 1]) && !run.some((word) => ALARMS.has(word))
}

// A block whose lines start with labels in capitals before their colon is a listing laid out in
// labels: « NOTRE SITE : https://… », « MODE UNIVERSEL : Orbot peut… » (session 36: the French store
// listing of Orbot, 8 of the 22 false alarms on the fresh validation copy). One such line may be a
// shout (« OFFRE EXCEPTIONNELLE : -50 % »); three make a layout. A call keeps its shout, « REFUSEZ
// LES PÂLES COPIES : », "BUY NOW:": its first word is an imperative.
const LABELLED_LINES = 3
const LABELLED_LINE = /^[\s>#*_+•▪◦‣►▶▸✓✔✅★☆◆■□●○-]*(?:\*\*|__)?\p{Lu}[\p{Lu}\d '’&/-]{1,60}?(?:\*\*|__)?\s*:/gmu
const labelledLines = (text: string): number => text.match(LABELLED_LINE)?.length ?? 0
const isCall = (word: string, language: Language): boolean =>
  language === 'fr' ? /(?:EZ|ONS)$/u.test(word) : /^(?:BUY|GET|CALL|ORDER|SHOP|JOIN|SAVE|TRY|DOWNLOAD|SIGN|CLICK|ACT|HURRY|DON'T|STOP)$/u.test(word)

// "(NYSE: SHOP)", "(Nasdaq: TEAM)": a ticker after its exchange, in every press release.
const EXCHANGE = /\b(?:NYSE(?: American)?|NASDAQ|Nasdaq|AMEX|LSE|TSXV?|ASX|OTC(?:QX|QB)?|Euronext(?: Paris)?|SIX|HKEX|TSE|XETRA|FWB|BSE|NSE)\s*:\s*$/u

// Keys, pressed or held: "press HOME, then BACK", « appuyez sur ENTRÉE ».
const KEY_VERB: Record<Language, RegExp> = {
  en: /\b(?:press|hold|tap|hit)\b[^.!?\n]{0,40}$/iu,
  fr: /\b(?:appuyez|maintenez|pressez|tapez)\b[^.!?\n]{0,40}$/iu,
}
const KEYS: Record<Language, ReadonlySet<string>> = {
  en: setOf(
    'HOME|BACK|END|ENTER|RETURN|ESCAPE|ESC|SPACE|SPACEBAR|TAB|SHIFT|CONTROL|CTRL|ALT|OPTION|COMMAND|CMD|DELETE|BACKSPACE|INSERT|' +
      'PAGE|UP|DOWN|LEFT|RIGHT|POWER|MENU|VOLUME|CAPS|LOCK|PRINT|SCREEN|FN|START|SELECT',
  ),
  fr: setOf('ENTRÉE|ÉCHAP|ESPACE|MAJ|RETOUR|SUPPR|FIN|ACCUEIL|ORIGINE|TAB|CTRL|ALT|HAUT|BAS|GAUCHE|DROITE|MARCHE|ARRÊT|MENU|VOLUME'),
}

// A sign, a screen's text or a word to type, quoted after the verb that shows or types it: it
// reads "CLOSED FOR REPAIRS", type "DELETE" to confirm. A word in quotes alone ("FREE" shipping) is
// not: quotes around a selling word add to the shout.
const SHOWN_IN_QUOTES: Record<Language, RegExp> = {
  en: /\b(?:reads?|says?|said|shows?|showed|shown|displays?|displayed|labell?ed|marked|stamped|titled|called|named|type|enter|write|reply|text|send|contain(?:s|ed)?|(?:a|the)\s+string)\s+(?:the\s+(?:words?|message|text|label)\s+)?["“'‘]$/iu,
  fr: /\b(?:indique|indiquait|affiche|affichait|dit|disait|marqué|intitulé|appelé|nommé|tapez|saisissez|écrivez|répondez|envoyez)\s+(?:«\s*|["“])$/iu,
}
const CLOSING_QUOTE = /^\s*["”'’»]/u

// A menu item, chosen from the menu named after it: "select SAVE AS from the FILE menu".
const FROM_MENU: Record<Language, RegExp> = {
  en: /^\s+(?:from|in|on)\s+the\s+(?:\S+\s+){0,3}?(?:menu|tab|list|toolbar|panel|dialog|screen)\b/iu,
  fr: /^\s+(?:dans|du|de\s+la)\s+(?:le\s+|la\s+|l[’']\s*)?(?:menu|onglet|liste|barre|panneau|fenêtre|écran)\b/iu,
}

// The value a state, a level or a setting takes, named in the clause: "the status changes from
// PENDING to ACTIVE", "set the log level to ERROR", « passez le statut à TERMINÉ ».
const SETTING_BEFORE: Record<Language, RegExp> = {
  en: /\b(?:status(?:es)?|states?|levels?|modes?|visibility|roles?|permissions?|scopes?|settings?|options?|flags?|propert(?:y|ies)|parameters?|fields?|columns?|headers?)\b[^.!?;:\n]{0,50}$/iu,
  fr: /\b(?:statuts?|états?|niveaux?|modes?|visibilité|rôles?|permissions?|paramètres?|options?|champs?|colonnes?|en-têtes?)\b[^.!?;:\n]{0,50}$/iu,
}

// A value matched, closing its clause or table cell: "PK begins with COMPANY |", "the key starts
// with ORDER.", « la clé commence par COMMANDE » (session 30, AWS guides). Not a shout's "starts with
// ONE click": the value ends the clause.
const MATCHED_BEFORE: Record<Language, RegExp> = {
  en: /\b(?:(?:begin|start|end)s?\s+with|equals|matches)\s+$/iu,
  fr: /\b(?:commence(?:nt)?|débute(?:nt)?|fini(?:t|ssent)|se\s+termine(?:nt)?)\s+par\s+$|\b(?:vaut|égale?)\s+$/iu,
}
const CLAUSE_CLOSE = /^\s*(?:[|.,;)]|$)/u

/** Whether the run words[i..j] in capitals is a label, a heading line, a key, a ticker or a value. */
export function runIsLabel(text: string, words: readonly WrittenWord[], i: number, j: number, language: Language): boolean {
  const start = words[i].start
  const end = words[j].end
  const { lineStart, lineEnd } = lineAround(text, start, end)
  if (isHeadingLine(text.slice(lineStart, lineEnd).replace(TAG, ' '))) return true
  const lead = text.slice(lineStart, start)
  const after = text.slice(end, end + 40)
  const run = words.slice(i, j + 1).map((word) => word.text)
  if (LINE_LEAD.test(lead) && BEFORE_COLON.test(after) && (isLabel(run, language) || LIST_BULLET.test(lead))) return true
  // « À PROPOS : » : the one-letter preposition is no word of the run.
  if (LINE_LEAD.test(lead.replace(/(?:^|\s)[ÀA]\s+$/u, '')) && BEFORE_COLON.test(after) && !isCall(run[0], language) && labelledLines(text) >= LABELLED_LINES) return true
  const placedAsLabel = (LINE_LEAD.test(lead) && BEFORE_DASH.test(after)) || (SENTENCE_LEAD.test(lead) && BEFORE_COLON.test(after))
  if (placedAsLabel && LABELS[language].has(run.join(' '))) return true
  if (LINE_LEAD.test(lead) && /(?:\*\*|__|<b>|<strong>)\s*$/u.test(lead) && (AFTER_BOLD_LABEL.test(text.slice(end, lineEnd)) || LABELS[language].has(run.join(' ')))) return true
  // "gcry_md_copy CHANGED", "ksba_crl_new CHANGED: Returns an error code now.": the status of the
  // function that heads the line, in a change log (session 29: 20 of 200 sampled findings).
  if (i === j && CODE_LEAD.test(lead) && !isAdverb(words[i].text, language)) return true
  // "INSTALL - how to install MPFR", "NEWS => what changed": the term a line defines, before its dash.
  if (i === j && /^[ \t]*$/u.test(lead) && /^[ \t]+(?:[-–—]|=>)[ \t]+\S/u.test(after)) return true
  const before = text.slice(Math.max(0, start - 60), start)
  if (EXCHANGE.test(before)) return true
  if (KEY_VERB[language].test(before) && run.every((word) => KEYS[language].has(word))) return true
  if (SHOWN_IN_QUOTES[language].test(before) && CLOSING_QUOTE.test(after)) return true
  if (FROM_MENU[language].test(after)) return true
  if (i === j && MATCHED_BEFORE[language].test(before) && CLAUSE_CLOSE.test(after)) return true
  return i === j && SETTING_BEFORE[language].test(before) && !isAdverb(words[i].text, language)
}

// A value is a state or a level, never an adverb: "Give this permission ONLY to trusted users",
// "❌ **NEVER** log secrets" shout. The lexicon's first part of speech is the commonest.
export const isAdverb = (word: string, language: Language): boolean =>
  language === 'en' && morphologyLoaded('en') && (englishTags(word)[0]?.startsWith('RB') ?? false)

function lineAround(text: string, start: number, end: number): { lineStart: number; lineEnd: number } {
  const from = Math.max(0, start - LINE_REACH)
  let lineStart = from
  for (const lineBreak of text.slice(from, start).matchAll(LINE_BREAK)) lineStart = from + lineBreak.index + lineBreak[0].length
  const next = text.slice(end, end + LINE_REACH).search(LINE_BREAK)
  return { lineStart, lineEnd: next >= 0 ? end + next : Math.min(text.length, end + LINE_REACH) }
}

// The number of a numbered heading, "3. REQUIREMENTS", "2.1) SCOPE": its dot is no sentence's end.
const HEADING_NUMBER = /^\s*\d{1,3}(?:\.\d{1,3})*[.)]\s+/u

// A question framed by ornaments is a heading too: "★ WHY CHOOSE US? ★" above a store listing's
// bullets. Unframed, "ARE YOU READY?" may be a call, and a "!" always is ("★ BUY NOW! ★").
const FRAMED_QUESTION = /\s?\?(?=\s*[★☆✦◆■●]+\s*$)/u

function isHeadingLine(text: string): boolean {
  const line = text.replace(HEADING_NUMBER, '').replace(FRAMED_QUESTION, '')
  if (/\p{Ll}/u.test(line) || /[.!?…]/.test(line)) return false
  const words = line.match(/\p{L}+/gu)?.length ?? 0
  return words > 0 && words <= HEADING_LINE_WORDS
}
