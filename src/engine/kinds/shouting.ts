// The `shouting` rule kind: ordinary words set in capitals ("BUY NOW", "GRATUITE"), and runs of
// exclamation marks. Capitals shout only when every word of the run is a word of the language's
// word list (issue #16: 70 of 71 findings on real copy were names, codes and acronyms, none of which
// is in the list); the layout and legal uses of capitals are left alone (shouting-context.ts).
import { isOrdinaryWord } from '../morphology/ordinary-words.js'
import { fieldsOf, type Language, type RuleBase } from '../rules/rule-data.js'
import type { TokenStream, WrittenWord } from '../text/tokens.js'
import { BoundedCache } from '../util/bounded-cache.js'
import type { RuleKind } from './kind.js'
import { runIsCode } from './shouting-code.js'
import { capitalsAreLayout, isTermOfArt, namedByNextPattern, runIsNamed, type NamedByNext } from './shouting-context.js'
import { runIsNamedByUse } from './shouting-names.js'
import { isImageAlt, isNamedInDocument, unescapeMarkdown, wordsIn } from './shouting-document.js'

export interface ShoutingRuleData extends RuleBase<'shouting'> {
  /** Acronyms that are also words of the language's list ("TV", "HR"): never shouting. */
  acronyms: string[]
  /** A lone word in capitals is shouting from this many letters (default 5). */
  minLength?: number
  /** Shorter words that shout alone all the same: words raised for emphasis ("NOT", "ALL"). */
  shortWords?: string[]
  /** The names of the letter case ("ALL CAPS", « MAJUSCULES »), written in it to show it: never shouting. */
  letterCase?: string[]
  /** Nouns that stand for a thing to fill in ("LINK", "IMAGE"): never shouting alone at the end of their clause. */
  placeholders?: string[]
  /** Nouns that name the word in capitals before them ("file", "button"): it is never shouting. */
  namedByNext?: string[]
}

const withDefaults = (data: ShoutingRuleData) => ({
  acronyms: data.acronyms ?? [],
  minLength: data.minLength ?? 5,
  shortWords: data.shortWords ?? [],
  letterCase: data.letterCase ?? [],
  placeholders: data.placeholders ?? [],
  namedByNext: data.namedByNext ?? [],
})

export const shouting: RuleKind<ShoutingRuleData, ShoutingSettings> = {
  fields: fieldsOf<Omit<ShoutingRuleData, keyof RuleBase>>()({ required: ['acronyms'], optional: ['minLength', 'shortWords', 'letterCase', 'placeholders', 'namedByNext'] }),
  compile(data, _rule, { accept }) {
    const { acronyms, minLength, shortWords, letterCase, placeholders, namedByNext } = withDefaults(data)
    // An accepted word in capitals (a product name, a client's acronym) is not shouting either.
    return { acronyms: new Set([...acronyms, ...accept.map((w) => w.toUpperCase())]), minLength, shortWords: new Set(shortWords), language: data.language, letterCase: new Set(letterCase), placeholders: new Set(placeholders), namedByNext: namedByNextPattern(namedByNext) }
  },
  check(block, rule, settings) {
    for (const span of findShouting(block.stream, settings, block.unit.heading, block.unit.text, block.text)) block.hit(rule, span.start, span.end)
  },
  describe(data) {
    const { acronyms, minLength, shortWords, letterCase, placeholders, namedByNext } = withDefaults(data)
    return [
      `A lone word in capitals of ${minLength} letters or more${shortWords.length ? ` (or one of ${shortWords.join(', ')})` : ''}, two or more words in capitals in a row, and \`!!\` are flagged, when every word in capitals is a word of the language's word list: names, codes and acronyms are not (a run with one of them is a name). Not flagged either: headings, a short paragraph all in capitals, licence disclaimers, \`[NOTICES]\` and \`[!NOTE]\` in brackets, an acronym in parentheses, \`**NOTE:**\` labels, datelines, HTTP methods named together or before a path, key chords (CTRL+ALT+DELETE), button labels in bold or quotes after "click", "tap", "press", copyright notices, RFC 2119 keywords (MUST, SHOULD), TRUE, FALSE and NULL, file names and keys before "file", "key", "button", "menu", "state", "plan"; labels before their colon (NOTE:, FIXED:, LOCATION:, and any at the head of a list item, not WARNING:), lines all in capitals heading the lines below (a question framed by ornaments too: ★ WHY US? ★), a store listing's label in bold at the head of its line that ends in "?" or "." or runs on into a new sentence (\`<b>WHY US?</b>\`, \`**FAST SYNC** Your notes…\`; not one ending in "!"), stock tickers, menu paths, keys pressed, promotion codes and words to type or text, signs quoted after "reads", the value a status or setting takes, release stages (BETA), a model's tier after its code (S24 ULTRA), licence and terms-of-service waivers; a noun the lexicon knows used as a name, as the subject of its verb or between a determiner and a noun (KISS is, the FUSE server), the letter case named in it (${letterCase.join(', ') || 'none listed'}), the value a setting defaults to, an item of a list of names or codes or of values in parentheses closed by "etc.", a status after its check mark, a Unicode character's name after its code point, and the \`!!!\` of a Markdown admonition (\`!!! note\`). Nor, in technical writing: the tag before an issue number or a commit (FEATURE #12), a placeholder (\`{HASH}\`, \`<NAME>\`, one "to be replaced", ${placeholders.join(', ') || 'none listed'} closing its clause), a table of contents' link to a heading, numbered heading lines, the value after "Severity:" or "Priority:", values quoted together or switched "between X and Y", a word that is part of an identifier or inline code nearby (SAVE beside SAVE_CONFIG), words joined to an identifier or to a thing named after them (COPY and MIRROR modes), a parameter said to be set, given or empty (If LIMIT is not given), and Git's HEAD. Nor, in any copy: a word the thing after it names (${namedByNext.length ? namedByNext.slice(0, 6).join(', ') + `… ${namedByNext.length} nouns` : 'none listed'}), a label in bold before the part of a screen it names, a value before the code of its type, a word the same document names elsewhere (in English: before a capitalised noun or a version: MAGIC Grants, GNOME 42; in parentheses; as code; after its expansion: Named Entities or DANE; adjectives and adverbs never), the alt text of an image, emphasised items of a list of names and formats (PDF or TIFF format), quoted text after "a string" or "contains", and placeholders written \`&lt;MODEL&gt;\`; Markdown's backslash escapes are read as the text shows them. Nor, in READMEs, change logs and manual pages: a word with no vowel (FTP, SSH), a word joined to code (AUDIT_*, {TERM,VALUE}, [=PYTHON], ~USER), a metavariable the block gives to an option (--eval=STRING, -x NAME), a file, section or variable named by the noun before it or after "see" (the file INSTALL, environment variable PAGER, « la directive SECTION »), a name before its initials (LINE FEED (LF)), the status of the function heading its line (gcry_md_copy CHANGED), a label of the list above in bold at the head of its line (**DEPRECATED** since 2.0), a word joined to a name in capitals that is no word (AUTHORS and THANKS), and the term a line defines before its dash (INSTALL - how to install). Nor, in vendor documentation, press releases and job ads: a label whose last word is a label of the list above (BASIC REQUIREMENTS:, EXECUTIVE CORE QUALIFICATIONS (ECQs):), a label of the list at the start of a sentence (… NOTE: …) or before its dash (**NOT SUPPORTED – …**), software before stack, framework or libraries (the LAMP stack), values given as alternatives in parentheses ((COPY or REPLACE)), the value a header is set to, a value matched at the end of its clause (begins with COMPANY), Microsoft Learn's directives ([!INCLUDE …], [!VIDEO …]) and the PREVIEW stage. Without the word list (morphology data not loaded) only \`!!\` is flagged. Acronyms that are also words, never flagged: ${acronyms.join(', ')}.`,
    ]
  },
}

export interface ShoutingSettings {
  acronyms: ReadonlySet<string>
  minLength: number
  shortWords: ReadonlySet<string>
  language: Language
  letterCase: ReadonlySet<string>
  placeholders: ReadonlySet<string>
  namedByNext: NamedByNext
}

export interface Span {
  start: number
  end: number
}

/** What a word written in capitals is: not capitals, an ordinary word, or a name, code or acronym. */
type Capitals = 'none' | 'word' | 'name'

const LETTERS = /\p{L}/gu
const UPPER = /\p{Lu}/gu

// French "L’INSEE", "D’UNIX": the elided article is not part of the word; nor is a possessive 'S.
const ELISION = /^\p{L}{1,5}['’]/u
// "NODE_ENV", "AS2", "FOO.BAR": identifiers and codes, never words.
const CODE = /[\d_.]/
// "FTP", "SSH", "HTTP": a word with no vowel is an acronym, read letter by letter, whatever a word
// list holds (the Lefff has « ftp » and « ssh »: 19 of 174 findings on the French manual pages,
// session 29). Words of English and French have one ("TRY", "MY", "FLY" with their y).
const VOWEL = /[AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÆŒ]/u

// Every word is asked, and prose repeats its words: each answer is kept, per set of acronyms
// (bounded, for long audits). Answers given before the word list is loaded are not kept.
const answers = new WeakMap<ReadonlySet<string>, BoundedCache<string, Capitals>>()

function capitalsOf(written: string, settings: ShoutingSettings): Capitals {
  if (isPlainlyNotCapitals(written)) return 'none'
  let known = answers.get(settings.acronyms)
  if (!known) answers.set(settings.acronyms, (known = new BoundedCache(50_000)))
  let answer = known.get(written)
  if (answer === undefined) {
    const read = readCapitals(written, settings)
    // No word list loaded: fewer findings, not more (every word in capitals reads as a name).
    if (read === undefined) return 'name'
    known.set(written, (answer = read))
  }
  return answer
}

/**
 * Whether `written` is ASCII with no capital letter, or with a small letter and no apostrophe:
 * then `readCapitals` says 'none' (fewer than two letters, or letters that are not all capitals;
 * without an apostrophe it cuts no elision or "'S", so the small letter stays). Most words are:
 * they skip the table, whose lookups took 40–50 ms (sampled) of a cold 1 MB lint (session 28);
 * words with a capital and a small letter ("The", "GitHub") were most of the 8,231 lookups left on
 * an unseen readme-1m, 10.8 ms sampled (~1.3 µs a lookup: the table is out of cache by then).
 */
export function isPlainlyNotCapitals(written: string): boolean {
  let capital = false
  let small = false
  let apostrophe = false
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i)
    if (code >= 0x80) return false
    if (code >= 0x41 && code <= 0x5a) capital = true
    else if (code >= 0x61 && code <= 0x7a) small = true
    else if (code === 0x27) apostrophe = true
  }
  return !capital || (small && !apostrophe)
}

/** undefined when the answer needs the word list and it is not loaded. */
export function readCapitals(written: string, settings: ShoutingSettings): Capitals | undefined {
  // English has no elision to cut: "DON'T" is one word (the word list knows its clitics).
  const word = (settings.language === 'fr' ? written.replace(ELISION, '') : written).replace(/[’']S$/, '')
  const letters = word.match(LETTERS)?.length ?? 0
  // Scripts without case (Japanese, Chinese) have letters that are not capitals: never shouting.
  if (letters < 2 || (word.match(UPPER)?.length ?? 0) !== letters) return 'none'
  if (CODE.test(word) || !VOWEL.test(word) || settings.acronyms.has(word) || isTermOfArt(word, settings.language)) return 'name'
  const ordinary = isOrdinaryWord(word, settings.language)
  return ordinary === undefined ? undefined : ordinary ? 'word' : 'name'
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u
const MODEL = /^(?:\p{L}+\d[\p{L}\d]*|\d+\p{L}[\p{L}\d]*|\p{Ll}+\p{Lu}\p{L}*)$/u

/**
 * The spans of `stream` that shout. `heading`: the block is a heading; `unitText`: the block's own
 * text (capitalsAreLayout); `text`: the piece's.
 */
export function findShouting(stream: TokenStream, settings: ShoutingSettings, heading: boolean, unitText: string, text = ''): Span[] {
  const spans: Span[] = []
  // Only a word in capitals starts a run: most blocks have none, and then need neither the layout
  // test (three expressions over the block's text: 7.7 ms sampled of a cold 1 MB lint of README
  // files) nor the escapes' copy of every word. Words before the first are passed by the loop below.
  const first = heading ? -1 : firstInCapitals(stream.words, settings)
  if (first >= 0 && !capitalsAreLayout(unitText)) {
    // "engine \(SPICE\)", "KEY\_VALUE": the contexts are read in the text Markdown shows.
    const unescaped = unescapeMarkdown(text)
    const words = unescaped ? wordsIn(stream.words, unescaped) : stream.words
    const shown = unescaped?.text ?? text
    // An end is the offset after a character: it maps back after that character, not after the escape that follows.
    const back = (offset: number) => (unescaped ? unescaped.toOld[offset] : offset)
    const backEnd = (offset: number) => (unescaped && offset > 0 ? unescaped.toOld[offset - 1] + 1 : offset)
    for (let i = first; i < words.length; i++) {
      if (words[i].masked || capitalsOf(words[i].text, settings) === 'none') continue
      let j = i
      while (j + 1 < words.length && words[j + 1].joinedToPrevious && !words[j + 1].masked && capitalsOf(words[j + 1].text, settings) !== 'none') j++
      if (shouts(words, i, j, settings, shown)) spans.push({ start: back(words[i].start), end: backEnd(words[j].end) })
      i = j
    }
  }
  for (const mark of stream.punctuation) {
    if ((mark.text.match(/!/g)?.length ?? 0) >= 2 && !isAdmonition(text, mark.start, mark.end)) spans.push({ start: mark.start, end: mark.end })
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** The index of the first word not masked and in capitals (wordsIn keeps texts and masks), or -1. */
function firstInCapitals(words: readonly WrittenWord[], settings: ShoutingSettings): number {
  for (let i = 0; i < words.length; i++) if (!words[i].masked && capitalsOf(words[i].text, settings) !== 'none') return i
  return -1
}

/** Whether the run of words in capitals words[i..j] shouts. */
function shouts(words: readonly WrittenWord[], i: number, j: number, settings: ShoutingSettings, text: string): boolean {
  // "Par Denis MEIMOUN": a surname in capitals after a first name, inside a sentence; "Galaxy S24
  // ULTRA", "iPhone MAX": a model's tier after its code or its name in mixed case ("2X FASTER" is no model).
  const previous = words[i - 1]
  // The word before must be inside the sentence: after "etc." the next sentence's first word is
  // joined to it ("… our PRs, etc. We DO NOT recommend…": Metabase's README, session 36).
  const inside = previous?.joinedToPrevious && words[i - 2]?.sentence === previous.sentence
  if (previous && words[i].joinedToPrevious && inside && TITLE_CASE.test(previous.text)) return false
  if (previous && words[i].joinedToPrevious && MODEL.test(previous.text) && !/^\d+x$/iu.test(previous.text)) return false
  // A loop, not Math.max(...): a run of 200,000 words in capitals would overflow the stack.
  let longest = 0
  for (let w = i; w <= j; w++) {
    // "SHERLOCK HOLMES", "MICROSOFT OFFICE", "GSA IT": one name or code makes the run a name.
    if (capitalsOf(words[w].text, settings) === 'name') return false
    longest = Math.max(longest, words[w].text.match(LETTERS)?.length ?? 0)
  }
  if (!((j > i && longest >= 3) || longest >= settings.minLength || (j === i && settings.shortWords.has(words[i].text)))) return false
  if (runIsNamed(text, words, i, j, settings.language, settings.namedByNext) || runIsCode(text, words, i, j, settings.language, settings.placeholders, settings.namedByNext)) return false
  if (runIsNamedByUse(text, words, i, j, settings.language, settings.letterCase) || isImageAlt(text, words[i].start, words[j].end)) return false
  // "MAGIC Grants … by MAGIC": a name the document gives as one elsewhere.
  return !(j - i < 2 && words.slice(i, j + 1).some((word) => isNamedInDocument(text, word.text, settings.language, settings.namedByNext)))
}

// "!!! warning "Title"": the admonitions of Python-Markdown and MkDocs open a line with "!!!" and
// the admonition's type, in lower case or (as the markup allows) a capitalised type of theirs
// alone, before its title or at the line's end ("!!! Tip"); that is markup, not a raised voice
// ("!!! Sign up", "!!! Note the price" are).
const isAdmonition = (text: string, start: number, end: number): boolean =>
  end - start === 3 && /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) && (/^ +\p{Ll}/u.test(text.slice(end, end + 20)) || ADMONITION_TYPE.test(text.slice(end, end + 40)))

// The types Material for MkDocs and Python-Markdown's admonition extension style (reStructuredText's among them).
const ADMONITION_TYPE = /^ +(?:note|abstract|summary|tldr|info|todo|tip|hint|important|success|check|done|question|help|faq|warning|caution|attention|failure|fail|missing|danger|error|bug|example|snippet|quote|cite|seealso)(?:[ \t]*(?:\r?\n|$)| +")/i
