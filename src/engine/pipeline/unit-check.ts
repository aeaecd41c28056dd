// Everything the rules find in one block of prose, in the language it was given, as plain
// records with offsets into the block's piece of the document, so that a session can keep them
// while the block is unchanged and shift them when text before it changes: each rule's kind
// checks the block for hits and counts what it judges over a wider scope (kinds/index.ts).
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast'
import { toNlcst } from 'mdast-util-to-nlcst'
import type { Root as NlcstRoot } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import { ParseLatin } from 'parse-latin'
import { VFile } from 'vfile'
import { MatchContext, quotedSpans } from '../match/context.js'
import type { Span } from '../span.js'
import { SortedSpans, sortedSpans } from '../text/sorted-spans.js'
import type { Block, Hit } from '../kinds/kind.js'
import type { ProseUnit } from '../parse/parse.js'
import { resolveMatches, type RawMatch } from '../match/phrase-matcher.js'
import { newTally, type Tally } from './tally.js'
import type { CompiledRules } from '../rules/rules.js'
import type { Language } from '../rules/rule-data.js'
import { inlineLeaves } from '../parse/inline-leaves.js'
import { sentencesOf } from '../text/latin-segmenter.js'
import { tokenize, tokenizeSentences, tokenizeText, type TokenStream } from '../text/tokens.js'

export interface UnitResult {
  language: Language
  /** Words of prose (never-linted spans excluded). */
  words: number
  hits: Hit[]
  /** Counts of the rules judged over a scope, for those that counted something. */
  tallies: Tally[]
}

const parsers: Record<Language, ParseEnglish | ParseLatin> = { en: new ParseEnglish(), fr: new ParseLatin() }
const NO_MATCHES: readonly RawMatch[] = []

/** `bridged`: tokens through the parsers' trees only, the reference the tests hold the shortcuts to. */
export function checkUnit(unit: ProseUnit, text: string, masks: readonly Span[], links: readonly Span[], language: Language, compiled: CompiledRules, bridged = false): UnitResult {
  const stream = streamOf(unit, text, language, bridged)
  // A block of inline code, a link or a table cell with only code in it: 2,379 of readme-1m's
  // 9,905 blocks. No phrase can match it and no check reads anything else, unless one says so.
  if (stream.words.length === 0 && stream.punctuation.length === 0 && stream.symbols.length === 0 && !wordlessFindings(compiled, language)) return { language, words: 0, hits: [], tallies: [] }
  const masked = sortedSpans(masks)
  if (masked.overlap(unit.start, unit.end)) {
    for (const token of stream.tokens) if (token.key && masked.overlap(token.start, token.end)) token.key = ''
    for (const word of stream.words) if (masked.overlap(word.start, word.end)) word.masked = true
  }
  const hits: Hit[] = []
  const quotations = unit.quoted ? [{ start: unit.start, end: unit.end }] : quotedSpans(text, unit.start, unit.end)
  const quotes = quotations.length > 0 ? new SortedSpans(quotations) : undefined
  const quoted = (start: number, end: number) => quotes?.hold(start, end) ?? false
  const { matcher, checks, counts, domains, registers } = compiled.byLanguage[language]
  const raw = matcher.match(stream.tokens)
  // The matches that stand, by rule, in the order met (no table for the many blocks with none).
  const standing = raw.length ? resolveMatches(raw) : NO_MATCHES
  const byRule = standing.length ? new Map<number, RawMatch[]>() : undefined
  for (let i = 0; i < standing.length; i++) {
    const m = standing[i]
    const list = byRule!.get(m.rule)
    if (list) list.push(m)
    else byRule!.set(m.rule, [m])
  }
  let context: MatchContext | undefined
  const block: Block = {
    unit,
    text,
    language,
    stream,
    words: unmaskedWords(stream),
    raw,
    matchesOf: (rule) => byRule?.get(rule) ?? NO_MATCHES,
    context: () => (context ??= new MatchContext(stream, raw.filter((e) => e.role === 'evidence'), links, domains, registers, copyFindings(standing, compiled), densityMatches(standing, compiled), standing)),
    quoted,
    hit: (rule, start, end, more) => void hits.push({ rule, start, end, quoted: quoted(start, end), ...more }),
  }
  // Indexed loops: a for…of makes an iterator result per step until the JIT optimises the
  // function, and a cold 1 MB lint calls this for each of its 8,000 blocks.
  // A phrase rule with no match here is not called: ~40 rules a language, and most blocks match none.
  for (let c = 0; c < checks.length; c++) {
    const index = checks[c]
    const rule = compiled.rules[index]
    if (rule.kind.checksMatchesOnly && !byRule?.has(index)) continue
    rule.kind.check!(block, index, rule.compiled)
  }
  const tallies: Tally[] = []
  for (let c = 0; c < counts.length; c++) {
    const index = counts[c]
    const rule = compiled.rules[index]
    const tally = newTally(index, rule.kind.scope!(rule.compiled))
    rule.kind.count!(block, index, rule.compiled, tally)
    if (tally.words || tally.count || tally.other || tally.inclusive) tallies.push(tally)
  }
  return { language, words: block.words, hits, tallies }
}

// The families whose phrases only copy writes, whatever else the block holds: jargon (F1), hype
// (F2), claims without evidence (F3), mission statements (F8), people as segments (F9),
// anglicisms (F11). Not those a textbook or a history writes too: weasel words and vague sources
// (F4: "some historians argue"), intensifiers (F5), passives (F6), light verbs and nominalisations
// (F7), clichés (F10: "at the end of the day").
const COPY_FAMILIES = new Set(['F1', 'F2', 'F3', 'F8', 'F9', 'F11'])

/**
 * The block's matches that are evidence of copy for another match (register.ts, corporate-speak
 * comes in clusters): matches of copy's families whose entry names no field of plain senses
 * (literature aside: a novel's « incomparable » is literary.ts's to judge).
 */
function copyFindings(standing: readonly RawMatch[], compiled: CompiledRules): RawMatch[] {
  return standing.filter((m) => {
    const rule = compiled.rules[m.rule]
    if (!COPY_FAMILIES.has(rule.data.family)) return false
    const data = rule.data as { entries?: readonly { unless?: { domains?: readonly string[] } }[] }
    return !(data.entries?.[m.entry]?.unless?.domains ?? []).some((name) => name !== 'literature')
  })
}

/** The block's matches of bureaucratic density's phrase rules (F7: light verbs, padding, nominalisations), for `unless.plainSentence`. */
function densityMatches(standing: readonly RawMatch[], compiled: CompiledRules): RawMatch[] {
  return standing.filter((m) => compiled.rules[m.rule].data.family === 'F7')
}

function unmaskedWords(stream: TokenStream): number {
  let words = 0
  for (let i = 0; i < stream.words.length; i++) if (!stream.words[i].masked) words++
  return words
}

const wordless = new WeakMap<CompiledRules, Partial<Record<Language, boolean>>>()

/** Whether a rule of `language` can find or count anything in a block with no word and no mark (RuleKind.findsInWordless). */
function wordlessFindings(compiled: CompiledRules, language: Language): boolean {
  let known = wordless.get(compiled)
  if (!known) wordless.set(compiled, (known = {}))
  const { checks, counts } = compiled.byLanguage[language]
  const finds = (index: number) => compiled.rules[index].kind.findsInWordless?.(compiled.rules[index].compiled) ?? false
  return (known[language] ??= checks.some(finds) || counts.some(finds))
}

const MAX_BRIDGED_BLOCK = 50_000

// mdast-util-to-nlcst spreads a text node's tokens into one call's arguments, which overflows the
// stack past ~100,000 tokens: such a block is read as plain text (its inline code, HTML and
// autolinks are masked anyway), whichever way its words are split.
const tooLongToBridge = (unit: ProseUnit) => unit.end - unit.start > MAX_BRIDGED_BLOCK

/**
 * The block's tokens, its words and sentences split directly (latin-segmenter.ts: the parsers'
 * steps, without their trees, over the nodes mdast-util-to-nlcst would give them, in linear time
 * whatever the text). `bridged`: through the parsers' nlcst tree (mdast-util-to-nlcst for
 * Markdown blocks), the reference the tests hold this to; its steps splice arrays, and take the
 * square of a paragraph's length where many words merge.
 */
export function streamOf(unit: ProseUnit, text: string, language: Language, bridged = false): TokenStream {
  const english = language === 'en'
  if (!bridged) {
    const inline = unit.node && !tooLongToBridge(unit) ? inlineLeaves(unit.node, text, unit.start - offsetOf(unit.node)) : undefined
    if (!inline) return tokenizeText(text, unit.start, unit.end, english)
    const sentences = sentencesOf(inline.text, inline.leaves, inline.marks, english)
    return tokenizeSentences(text, unit.start, unit.end, sentences, inline.text, inline.shift)
  }
  const { tree, offset } = toTree(unit, text, language)
  return tokenize(tree, text, unit.start, unit.end, offset)
}

/** The block's nlcst tree, and the document offset its node offsets count from. */
function toTree(unit: ProseUnit, text: string, language: Language): { tree: NlcstRoot; offset: number } {
  const parser = parsers[language]
  if (!unit.node || tooLongToBridge(unit)) return { tree: parser.parse(text.slice(unit.start, unit.end)), offset: unit.start }
  // Give mdast-util-to-nlcst only this block's text (it indexes the lines of the whole file on
  // every call, which would make a long document quadratic), and a copy of the block's nodes
  // with offsets into that text: the parse's own nodes are left as they are.
  const node = shiftedCopy(unit.node, -unit.start)
  return { tree: toNlcst(node, new VFile(text.slice(unit.start, unit.end)), parser) as NlcstRoot, offset: unit.start }
}

function offsetOf(node: MdastNodes): number {
  return node.position?.start.offset ?? 0
}

/** A copy of `node` and its descendants (the data they hold is shared) with offsets moved by `delta`. */
function shiftedCopy<N extends MdastNodes | MdastParents>(node: N, delta: number): N {
  const copy = { ...node }
  const position = node.position
  if (position) {
    const move = <P extends { offset?: number }>(point: P): P => (point.offset === undefined ? { ...point } : { ...point, offset: point.offset + delta })
    copy.position = { ...position, start: move(position.start), end: move(position.end) }
  }
  if ('children' in node) (copy as MdastParents).children = node.children.map((child) => shiftedCopy(child, delta)) as MdastParents['children']
  return copy
}
