// Where words in capitals are not shouting, though they are ordinary words (issue #16): layout,
// legal text and names of things, judged from the words around them. Read by kinds/shouting.ts.
import type { Language } from '../rules/rule-data.js'
import type { WrittenWord } from '../text/tokens.js'
import { isAdverb, runIsLabel } from './shouting-labels.js'

// Licence disclaimers are set in capitals because the law asks for them to be conspicuous (US
// Uniform Commercial Code § 2-316 for a disclaimer of merchantability): GPL, Apache and MIT
// licences do it. A block with one of these words in capitals is such a disclaimer.
// Terms of service set their waivers in capitals for the same reason (arbitration, indemnity, jury
// trial, jurisdiction, "provided AS-IS, WITH ALL FAULTS"), their acceptance clauses ("ANY USE…
// CONSTITUTES ACCEPTANCE OF THIS AGREEMENT", Eclipse Public License 1.0 § 1), and French licences
// their « GARANTIE » and « RESPONSABILITÉ » clauses.
const DISCLAIMER =
  /\b(?:WARRANT(?:Y|IES|S|ED)?|MERCHANTABILITY|LIABILITY|LIABLE|DISCLAIM(?:S|ER|ERS|ED)?|INDEMNIF(?:Y|IES|IED|ICATION)|ARBITRATION|JURY|WAIVE(?:R|S)?|AS[- ]IS|AS AVAILABLE|WITH ALL FAULTS|JURISDICTION|GOVERNING LAW|TERMS OF (?:SERVICE|USE)|THESE TERMS|THIS (?:AGREEMENT|LICENSE|LICENCE)|GARANTIES?|RESPONSABILITÉ)(?![\p{L}])/u
// A copyright notice is legal text too, its holders often in capitals ("Copyright (c) 2024 THE AUTHORS").
const COPYRIGHT = /\bcopyright\b|©/iu
// COPYRIGHT folds case by Unicode's rules, which slows its scan of every block (11 ms of CPU on
// readme-1m's paragraphs, 5 ms with this first): the word can only be there if ASCII case folding
// finds it (no other code point folds to a letter of "copyright" under /iu).
const COPYRIGHT_LETTERS = /copyright/i
const mayHaveCopyright = (text: string): boolean => (text.includes('©') || COPYRIGHT_LETTERS.test(text)) && COPYRIGHT.test(text)

// A short block all in capitals, with no sentence punctuation, is a heading set in plain text
// ("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", a job ad's "QUALIFICATIONS", a
// press release's "FOR IMMEDIATE RELEASE"); past 12 words it is prose.
const HEADING_WORDS = 12

/** Whether the capitals of a whole block are layout or law, not a raised voice. */
export function capitalsAreLayout(unitText: string): boolean {
  if (DISCLAIMER.test(unitText) || mayHaveCopyright(unitText)) return true
  if (/\p{Ll}/u.test(unitText) || /[.!?…]/.test(unitText)) return false
  return (unitText.match(/\p{L}+/gu)?.length ?? 0) <= HEADING_WORDS
}

// The requirement keywords of RFC 2119 (and RFC 8174), set in capitals by the convention that gives
// them their meaning in specifications and documentation: "clients MUST NOT retry".
const REQUIREMENT_KEYWORDS = new Set(['MUST', 'REQUIRED', 'SHALL', 'SHOULD', 'RECOMMENDED', 'MAY', 'OPTIONAL'])
// The literals of SQL, C and most configuration formats, written in capitals in the prose about them.
const LITERALS = new Set(['TRUE', 'FALSE', 'NULL'])

// The files a software project keeps at its top, named in capitals by convention ("see the NOTICE
// and LICENSE": the Apache licence's own words), in prose about them with or without "file".
const PROJECT_FILES = new Set(['README', 'LICENSE', 'LICENCE', 'NOTICE', 'CHANGELOG', 'CONTRIBUTING', 'AUTHORS', 'COPYING', 'MAINTAINERS', 'CODEOWNERS', 'LISEZMOI'])
// Release stages, written in capitals by convention in release notes and app listings: "now in BETA",
// and in Microsoft's documentation: "is currently in PREVIEW" (session 30: 3 of 40 findings on 100
// pages of MicrosoftDocs/azure-management-docs).
const RELEASE_STAGES = new Set(['ALPHA', 'BETA', 'PREVIEW'])
// The search path of every shell, in the install steps of READMEs: "add the folder to your PATH";
// and Git's name for the commit checked out, in every guide to Git: "a detached HEAD".
const ENVIRONMENT = new Set(['PATH', 'HEAD'])

/** Whether a word in capitals is a term of art, written so by convention. */
export const isTermOfArt = (word: string, language: Language): boolean =>
  LITERALS.has(word) || PROJECT_FILES.has(word) || ENVIRONMENT.has(word) || RELEASE_STAGES.has(word) || (language === 'en' && REQUIREMENT_KEYWORDS.has(word))

const HTTP_METHODS = /^(?:GET|HEAD|POST|PUT|DELETE|CONNECT|OPTIONS|TRACE|PATCH)$/
const HTTP_METHODS_IN_TEXT = /\b(?:GET|HEAD|POST|PUT|DELETE|CONNECT|OPTIONS|TRACE|PATCH)\b/g

// The things a word in capitals names, written next to it: "the NOTICE file", "a DELETE request",
// "press the ENTER key", "the STOPPED state", "the PLUS plan", "the IDLE task" (the rule data's
// `namedByNext`; French names the thing first: « le fichier LISEZMOI », NAMED_BY_PREVIOUS).
const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether the text after a run starts with a thing that names it (`namedByNextPattern`). */
export interface NamedByNext {
  test(after: string): boolean
}

/**
 * The test of a thing named after the run, from the rule data's nouns: never true without any.
 * It says what `^(?:["”’']|\*\*|__)?\s+(?:text\s+|environment\s+|storage\s+)?(?:noun|…)\b` (with
 * the `u` flag) says, the reference test/engine/named-by-next.test.ts holds it to; but compiling
 * and first running that expression of the 129 English nouns cost 8–9 ms of CPU in a fresh
 * process (31 tests; 0.3 ms this way), where a noun of ASCII word characters is a lookup of the
 * run of them (which `\b` ends). Other nouns (with spaces, accents or marks) keep an expression.
 */
export function namedByNextPattern(nouns: readonly string[]): NamedByNext {
  if (nouns.length === 0) return /(?!)/
  const words = new Set(nouns.filter((noun) => ASCII_WORD.test(noun)))
  const others = nouns.filter((noun) => !ASCII_WORD.test(noun))
  let expression: RegExp | undefined
  const othersFollow = (after: string) => others.length > 0 && (expression ??= namedByNextExpression(others)).test(after)
  return { test: (after) => (words.size > 0 && isNamedByWord(after, words)) || othersFollow(after) }
}

function namedByNextExpression(nouns: readonly string[]): RegExp {
  const alternatives = [...nouns].sort((a, b) => b.length - a.length).map((noun) => escapeWord(noun).replace(/ /g, '\\s+'))
  return new RegExp(`^(?:["”’']|\\*\\*|__)?\\s+(?:text\\s+|environment\\s+|storage\\s+)?(?:${alternatives.join('|')})\\b`, 'u')
}

const ASCII_WORD = /^\w+$/
// A quote or a bold mark, then white space (an optional mark can only be skipped where white space
// starts the text, which a mark is not); each word after it is a whole run of `\w` (the `u` flag
// without `i` keeps `\b` and `\w` to ASCII).
const OPENING = /(?:["”’']|\*\*|__)?\s+/y
const SPACES = /\s+/y
const WORD_RUN = /\w*/y
const KIND_OF_TEXT = new Set(['text', 'environment', 'storage'])

function isNamedByWord(after: string, words: ReadonlySet<string>): boolean {
  OPENING.lastIndex = 0
  if (!OPENING.test(after)) return false
  WORD_RUN.lastIndex = OPENING.lastIndex
  const first = WORD_RUN.exec(after)![0]
  if (words.has(first)) return true
  if (!KIND_OF_TEXT.has(first)) return false
  SPACES.lastIndex = WORD_RUN.lastIndex
  if (!SPACES.test(after)) return false
  WORD_RUN.lastIndex = SPACES.lastIndex
  return words.has(WORD_RUN.exec(after)![0])
}

// Before it: "use code WELCOME", "text STOP to 12345", "type DELETE to confirm"; « le fichier
// LISEZMOI », « la touche ENTRÉE », « envoyez STOP au 36 180 ».
// In technical writing, the thing a word names stands before it too: "the file INSTALL",
// "environment variable PAGER", "New command MESSAGE", "the symbol SYMBOL", "array variable: GROUPS";
// « la variable d’environnement PAGER », « la directive SECTION » (session 29, French manual pages).
export const NAMED_BY_PREVIOUS: Record<Language, RegExp> = {
  en: /(?:^|\s)(?:code|coupon|password|text|reply|type|files?|variables?|options?|commands?|directives?|sections?|symbols?|constants?|macros?|signals?|functions?|keywords?|arguments?|parameters?)\s*:?\s+$/iu,
  fr: /(?:^|\s)(?:fichiers?|requêtes?|méthodes?|instructions?|commandes?|touches?|boutons?|variables?(?:\s+d[’']environnement)?|champs?|mots-clés?|balises?|menus?|onglets?|liens?|écrans?|statuts?|formules?|code(?:\s+promo)?|tapez|saisissez|envoyez|répondez|sections?|directives?|options?|paramètres?|constantes?|signal|signaux)\s+$/iu,
}

// The noun of a part of a document, before the heading it names.
const SECTION_BEFORE: Record<Language, RegExp> = {
  en: /\b(?:section|sections|chapter|paragraph|heading)\s+["“]?$/iu,
  fr: /\b(?:section|sections|paragraphe|partie|chapitre|rubrique)\s+(?:«\s*|["“])?$/iu,
}
// A verb that sends the reader to a heading, and what follows the heading's name.
const SEE_SECTION_BEFORE: Record<Language, RegExp> = {
  en: /\bsee\s+(?:also\s+)?["“]?$/iu,
  fr: /\b(?:voir|voyez|consulte[zr]|reportez-vous\s+à)\s+(?:aussi\s+)?(?:«\s*|["“])?$/iu,
}
const SEE_SECTION_AFTER: Record<Language, RegExp> = {
  en: /^\s*["”]?\s*(?:[.,;)]|$|(?:above|below|for|in)\b)/iu,
  fr: /^\s*(?:»|["”])?\s*(?:[.,;)]|$|(?:ci-dessous|ci-dessus|plus\s+(?:bas|haut)|pour|dans)\b)/iu,
}

// A button or menu label, set off in bold or quotes after the verb that works it: "click **SAVE
// CHANGES**", "appuyez sur « VALIDER »". Without the bold or quotes, "click NOW" is a call.
const UI_LABEL: Record<Language, RegExp> = {
  en: /\b(?:click|tap|press|select|choose|hit)\s+(?:on\s+)?(?:the\s+)?(?:\*\*|__|["“]|`)$/iu,
  fr: /\b(?:cliquez|appuyez|touchez|sélectionnez|choisissez)\s+(?:sur\s+)?(?:le\s+bouton\s+)?(?:\*\*|__|«\s*|["“]|`)$/iu,
}

/**
 * Whether the run words[i..j], all ordinary words in capitals, names something by where it stands:
 * a `[NOTICE]` in brackets, an acronym in parentheses, an HTTP method before its path ("DELETE /users"), a part of a path or
 * a namespace ("std::VECTOR"), a dateline at the start of a block ("NEW YORK, May 3 —"), or a
 * file, key or method named by the word beside it.
 */
export function runIsNamed(text: string, words: readonly WrittenWord[], i: number, j: number, language: Language, namedByNext: NamedByNext): boolean {
  const start = words[i].start
  const end = words[j].end
  const before = text.slice(Math.max(0, start - 40), start)
  const after = text.slice(end, end + 40)
  // "[DEPRECATED]", a GitHub alert's "[!NOTE]", "New Employee Orientation (NEO)",
  // "--(BUSINESS WIRE)--": a notice, an acronym after its expansion, a wire service's name.
  if ((/\[!?\s*$/.test(before) && /^\s*\]/.test(after)) || (/\($/.test(before) && /^\)/.test(after))) return true
  // "[!INCLUDE [notice](includes/notice.md)]", "> [!VIDEO https://…]": the directives of Microsoft
  // Learn's Markdown (DocFX), a "[!" then the directive's name (session 30: 34 of 40 findings on 100
  // pages of MicrosoftDocs/azure-management-docs).
  if (/\[!$/.test(before)) return true
  // Paths, namespaces, calls and key chords: "DELETE /users", "std::VECTOR", "CTRL+ALT+DELETE".
  // Menu paths too, "Settings > PRIVACY > CLEAR DATA", and assignments, "PORT=3000".
  // (a ">" between spaces, not the end of an HTML tag).
  // Code joined to it (session 29: identifiers and code were 32 of 200 findings sampled on the
  // READMEs and NEWS files of node_modules and /usr/share/doc): "AUDIT_*", "MSG{EXEC,FILTER}",
  // "--with-python[=PYTHON]", "~USER", "<FILE".
  if (/^\s*\/|^::|^\(|^\+|^=|^[_{}~]|^\s+>\s|^\s*[→›▸]/u.test(after) || /(?:\/|::|[-_.@#$+={~<])$|\S\s+>\s+$|[→›▸]\s*$/u.test(before)) return true
  if (UI_LABEL[language].test(before)) return true
  // A heading referred to: "see the section EXIT STATUS", « consultez la section CODES D’ÉTAT DE
  // PROCESSUS », « (voir VARIABLES D’ENVIRONNEMENT) » (session 29: 51 of the 148 French findings on
  // the French manual pages of /usr/share/man/fr).
  if (j - i < 6 && (SECTION_BEFORE[language].test(before) || (SEE_SECTION_BEFORE[language].test(before) && SEE_SECTION_AFTER[language].test(after)))) return true
  // "stat STAT", "user USER": a column's header after the key it heads, in a manual's table.
  if (i === j && words[i - 1]?.text === words[i].text.toLowerCase() && words[i].joinedToPrevious) return true
  // "**NOTE:** the cache…": a label in bold with its colon, at the start of its block.
  if (i === 0 && /(?:\*\*|__)$/.test(before) && /^(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:)/.test(after)) return true
  // "<b>OFFLINE MAPS</b> - …": a store listing's label, set in HTML bold at the start of its block.
  if (i === 0 && /<(?:b|strong)>\s*$/.test(before) && /^\s*<\/(?:b|strong)>/.test(after)) return true
  if (i === 0 && /^\s*(?:\([^)\n]{1,20}\)\s*)?(?:,[^—–\n]{1,40})?\s*(?:[—–]|--|-\s)/u.test(after)) return true
  // "GET, POST and DELETE": HTTP methods (RFC 9110), when two are named within 100 characters.
  if (i === j && HTTP_METHODS.test(words[i].text) && new Set(text.slice(Math.max(0, start - 100), end + 100).match(HTTP_METHODS_IN_TEXT)).size >= 2) return true
  // A label of up to three words: "the SAVE CHANGES button", "use code SPRING SALE".
  // ("Execute this command ONLY there": an adverb is no name.)
  if (j - i < 3 && (namedByNext.test(after) || (NAMED_BY_PREVIOUS[language].test(before) && !isAdverb(words[i].text, language)))) return true
  // "In the **FROM NEW DATA SOURCES** section": a longer label, set off in bold before the thing it names.
  if (j - i < 6 && /(?:\*\*|__)$/u.test(before) && namedByNext.test(after)) return true
  // "The TABLE `Block` object": a value before the code of its type, a name in capitals; not a
  // phrase before a command ("USE OF `omz update` HAS BEEN REMOVED" shouts).
  if (i === j && /^\s+`\p{Lu}[\p{L}\d]*`/u.test(after)) return true
  return runIsLabel(text, words, i, j, language)
}
