// The phrase kinds: `existence` flags phrases, `substitution` offers plainer wording for each,
// `pattern` flags token sequences ([a|b] alternatives, ? optional, * any word). All three share
// the language's one phrase matcher; a match is a hit unless its context cancels it.
import { partOfSpeechStands, suggestFix } from '../fix/suggest-fix.js'
import { standsAsFrenchNoun } from '../match/french-noun-place.js'
import { verbStandsAsFrenchNoun } from '../match/french-verb-place.js'
import { writtenAsAnotherWord } from '../match/accents.js'
import { isPartOfName } from '../match/context.js'
import type { RawMatch } from '../match/phrase-matcher.js'
import { fieldsOf, type EntryData, type PhraseFields, type RuleBase } from '../rules/rule-data.js'
import { blockReadsAs, isCodeOrName } from './borrowed-words.js'
import { docCell, docQuoteList, type Block, type CompileContext, type RuleKind } from './kind.js'

export interface PhraseRuleData extends RuleBase<'existence' | 'substitution' | 'pattern'>, PhraseFields {}

/** Adds a phrase kind's entries, exceptions and evidence to the matcher. */
export function addPhrases(data: PhraseFields, rule: number, { matcher }: CompileContext): PhraseFields {
  const ruleInflect = data.inflect ?? true
  for (const phrase of data.unless?.words ?? []) matcher.addPhrase(phrase, true, { role: 'evidence', rule, entry: -1 })
  for (const phrase of data.exceptions ?? []) matcher.addPhrase(phrase, ruleInflect, { role: 'exception', rule, entry: -1 })
  data.entries.forEach((entry, e) => {
    const inflect = entry.inflect ?? ruleInflect
    const terminal = { role: 'match' as const, rule, entry: e }
    if (entry.pattern) matcher.addPattern(entry.pattern, inflect, terminal)
    for (const phrase of entryPhrases(entry)) matcher.addPhrase(phrase, inflect, terminal)
    for (const phrase of entry.exceptions ?? []) matcher.addPhrase(phrase, inflect, { role: 'exception', rule, entry: e })
    for (const pattern of entry.exceptionPatterns ?? []) matcher.addPattern(pattern, inflect, { role: 'exception', rule, entry: e })
    for (const phrase of entry.unless?.words ?? []) matcher.addPhrase(phrase, true, { role: 'evidence', rule, entry: e })
  })
  return data
}

const entryPhrases = (entry: EntryData) => entry.phrases ?? (entry.phrase ? [entry.phrase] : [])

/** The fields of the kinds that look for phrases. */
export const PHRASE_FIELDS = fieldsOf<PhraseFields>()({ required: ['entries'], optional: ['inflect', 'exceptions', 'unless', 'borrowedFrom'] })

/**
 * Calls `found` for each of the rule's phrases in the block that stands: those whose `unless`
 * context is absent and, outside headings, that are not part of a capitalised name; for a rule of
 * borrowed words, not in a block of the language they come from, nor in a name or code.
 */
export function forEachPhrase(block: Block, rule: number, data: PhraseFields, found: (start: number, end: number, entry: EntryData | undefined, m: RawMatch) => void): void {
  const { tokens } = block.stream
  const matches = block.matchesOf(rule)
  const borrowed = data.borrowedFrom
  if (borrowed && matches.length && blockReadsAs(block, borrowed, matches)) return
  for (const m of matches) {
    if (borrowed && isCodeOrName(block.text, block.stream, m)) continue
    const entry = data.entries[m.entry]
    const unless = entry?.unless ?? data.unless
    if (unless && block.context().cancels(unless, m)) continue
    if (!block.unit.heading && isPartOfName(m, block.stream)) continue
    if (!partOfSpeechStands(block.text, block.stream, m, entry, block.language) || standsAsFrenchNoun(block.stream, m, entry, block.language) || verbStandsAsFrenchNoun(block.stream, m, entry, block.language)) continue
    if (writtenAsAnotherWord(block.stream, m, entry, block.language)) continue
    found(tokens[m.first].start, tokens[m.last].end, entry, m)
  }
}

/** What cancels a rule's findings, for docs/rules.md. */
export function describeContext(data: PhraseFields): string[] {
  const out: string[] = []
  if (data.borrowedFrom) out.push(`Words borrowed from ${data.borrowedFrom === 'en' ? 'English' : 'French'}: not flagged in a paragraph written in it, in a capitalised name inside a sentence, nor joined to other word characters by \`::\`, \`-\`, \`/\`, \`_\`, \`.\` (code, paths, file names).`, '')
  if (data.exceptions?.length) out.push(`Never flagged inside: ${docQuoteList(data.exceptions)}`, '')
  if (data.unless) {
    const u = data.unless
    const what = [u.figures && 'a figure, percentage or amount', u.links && 'a link', u.words?.length && docQuoteList(u.words), u.domains?.length && domainList(u.domains)].filter(Boolean).join(', ')
    if (what) out.push(`Not flagged when ${what} stands ${u.after ? 'after it in its sentence' : u.window ? `in its sentence or within ${u.window} sentence(s) of it` : 'in its sentence'}.`, '')
    if (u.beside?.length) out.push(`Not flagged when ${domainList(u.beside)} stands within three words before it or two after it, with no preposition between.`, '')
    if (u.plainSenses) out.push('Its words have plain senses of their own: not flagged in a sentence that reads as expository prose (a date, a past after its subject, a definition) in a block with no word of copy.', '')
    if (u.outsideCopy) out.push('Not flagged in a block with no evidence of copy (no word of copy or trade, no currency sign, product name, call to the reader or other finding of copy).', '')
    if (u.literaryStyle) out.push('An author’s style in literature: not flagged in a block with no evidence of copy on any single piece of literature’s evidence (the imperfect after a noun included).', '')
  }
  return out
}

const domainList = (domains: readonly string[]) => `a word of ${domains.map((d) => `[${d}](#domains)`).join(' or ')}`

/** The table of a rule's entries (`patterns`: its entries are patterns), for docs/rules.md. */
export function describeEntries(data: PhraseFields, patterns = false): string[] {
  const out = [patterns ? '| pattern | suggestions |' : '| phrase | suggestions | not inside |', patterns ? '|---|---|' : '|---|---|---|']
  for (const entry of data.entries) {
    const suggestions = entry.suggest === undefined ? '' : entry.suggest.length ? docQuoteList(entry.suggest) : '*(cut it)*'
    if (entry.pattern) out.push(`| \`${docCell(entry.pattern)}\` | ${suggestions} |`)
    else out.push(`| ${docQuoteList(entryPhrases(entry))}${entry.inflect === false ? ' (exact form)' : ''}${entry.pos ? ` (${entry.pos})` : ''} | ${suggestions} | ${[docQuoteList(entry.exceptions ?? []), (entry.exceptionPatterns ?? []).map((p) => `\`${docCell(p)}\``).join(', '), entry.unless?.domains?.length ? `a sentence with ${domainList(entry.unless.domains)}` : '', entry.unless?.beside?.length ? `${domainList(entry.unless.beside)} beside it` : '', entry.unless?.outsideCopy ? 'a block with no evidence of copy' : '', entry.unless?.plainSenses ? 'a sentence of expository prose in a block with no word of copy' : '', entry.unless?.narratedPast ? 'a sentence that narrates the past' : '', entry.unless?.motion ? 'a predicate or a complement of motion' : '', entry.unless?.causeSubject ? 'an abstract cause as its subject, in a block with no word of copy' : '', entry.unless?.literaryStyle ? 'one piece of literature in a block with no evidence of copy' : ''].filter(Boolean).join('; ')} |`)
  }
  return out
}

/**
 * A hit, with its fix, for each of the rule's phrases in the block that stands. The callback is made
 * only for blocks with a match (checksMatchesOnly): a closure per rule and block was 10 MB of the
 * 284 MB an unseen 1 MB lint allocates, sampled; and V8 makes the context a closure reads when the
 * function holding it is entered, so a return before it still made that (4.6 MB of 256 MB, sampled).
 */
function hitPhrases(block: Block, rule: number, data: PhraseFields): void {
  forEachPhrase(block, rule, data, (start, end, entry, m) => block.hit(rule, start, end, suggestFix(block.text, block.stream, m, entry, block.language, start, end)))
}

/** A phrase kind; `patterns`: one whose entries are token patterns. */
function phraseKind(patterns: boolean): RuleKind<PhraseRuleData, PhraseFields> {
  return {
    fields: PHRASE_FIELDS,
    compile: addPhrases,
    // Most blocks match none of a rule's phrases: checkUnit does not call `check` for them.
    checksMatchesOnly: true,
    check: hitPhrases,
    describe: (data) => [...describeContext(data), ...describeEntries(data, patterns)],
  }
}

export const existence = phraseKind(false)
export const substitution = phraseKind(false)
export const pattern = phraseKind(true)
