// Everything the rules find in one block of prose, in the language it was given, as plain
// records with offsets into the block's piece of the document, so that a session can keep them
// while the block is unchanged and shift them when text before it changes.
import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast'
import { toNlcst } from 'mdast-util-to-nlcst'
import type { Root as NlcstRoot } from 'nlcst'
import { ParseEnglish } from 'parse-english'
import { ParseLatin } from 'parse-latin'
import { VFile } from 'vfile'
import { isPartOfName, MatchContext, quotedSpans } from '../match/context.js'
import type { Span } from '../span.js'
import { SortedSpans, sortedSpans } from '../text/sorted-spans.js'
import type { Draft, Drafter } from '../output/emit.js'
import { hardParagraph, longSentences } from '../kinds/measures.js'
import type { ProseUnit } from '../parse/parse.js'
import { resolveMatches } from '../match/phrase-matcher.js'
import type { CompiledRules } from '../rules/rules.js'
import type { Language } from '../rules/rule-data.js'
import { findShouting } from '../kinds/shouting.js'
import { inlineLeaves } from '../parse/inline-leaves.js'
import { sentencesOf } from '../text/latin-segmenter.js'
import { tokenize, tokenizeSentences, tokenizeText, type TokenStream } from '../text/tokens.js'

export interface UnitResult {
  language: Language
  /** Words of prose (never-linted spans excluded). */
  words: number
  findings: Array<{ start: number; end: number; draft: Draft }>
  /** Occurrences of density rules, judged once their scope is counted. */
  density: Array<{ rule: number; start: number; end: number; quoted: boolean }>
  /** Numerator and denominator words of ratio rules. */
  ratio: Array<{ rule: number; start: number; end: number; numerator: boolean; heading: boolean }>
}

const parsers: Record<Language, ParseEnglish | ParseLatin> = { en: new ParseEnglish(), fr: new ParseLatin() }

/** `bridged`: tokens through the parsers' trees only, the reference the tests hold the shortcuts to. */
export function checkUnit(unit: ProseUnit, text: string, masks: readonly Span[], links: readonly Span[], language: Language, compiled: CompiledRules, drafter: Drafter, bridged = false): UnitResult {
  const result: UnitResult = { language, words: 0, findings: [], density: [], ratio: [] }
  const stream = streamOf(unit, text, language, bridged)
  const masked = sortedSpans(masks)
  if (masked.overlap(unit.start, unit.end)) {
    for (const token of stream.tokens) if (token.key && masked.overlap(token.start, token.end)) token.key = ''
    for (const word of stream.words) if (masked.overlap(word.start, word.end)) word.masked = true
  }
  result.words = stream.words.filter((w) => !w.masked).length

  const { matcher, shouting, measures } = compiled.byLanguage[language]
  const quotations = unit.quoted ? [{ start: unit.start, end: unit.end }] : quotedSpans(text, unit.start, unit.end)
  const quotes = quotations.length > 0 ? new SortedSpans(quotations) : undefined
  const quoted = (start: number, end: number) => quotes?.hold(start, end) ?? false
  const say = (rule: number, start: number, end: number, extra: Parameters<Drafter['draft']>[3] = {}) => {
    const draft = drafter.draft(rule, text.slice(start, end), language, { quoted: quoted(start, end), ...extra })
    if (draft) result.findings.push({ start, end, draft })
  }

  const raw = matcher.match(stream.tokens)
  let context: MatchContext | undefined
  for (const m of resolveMatches(raw)) {
    const rule = compiled.rules[m.rule].data
    const entry = rule.entries?.[m.entry]
    const unless = entry?.unless ?? rule.unless
    if (unless && (context ??= new MatchContext(stream, raw.filter((e) => e.role === 'evidence'), links)).cancels(unless, m)) continue
    if (!unit.heading && isPartOfName(m, stream)) continue
    const start = stream.tokens[m.first].start
    const end = stream.tokens[m.last].end
    if (rule.kind === 'density') result.density.push({ rule: m.rule, start, end, quoted: quoted(start, end) })
    else say(m.rule, start, end, { suggestions: entry?.suggest })
  }
  for (const check of shouting) {
    for (const span of findShouting(stream, check.settings, unit.heading)) say(check.rule, span.start, span.end)
  }
  for (const index of measures) {
    const rule = compiled.rules[index].data
    if (rule.kind === 'sentence-length') {
      for (const m of longSentences(rule, stream)) say(index, m.start, m.end, { values: m.values })
    } else if (rule.kind === 'readability' && !unit.heading) {
      for (const m of hardParagraph(rule, stream, language, unit)) say(index, m.start, m.end, { values: m.values })
    }
  }
  for (const m of raw) {
    if (m.role !== 'numerator' && m.role !== 'denominator') continue
    const start = stream.tokens[m.first].start
    const end = stream.tokens[m.last].end
    // Someone else's "we" is not the company's; a heading's counts, but the finding goes on prose.
    if (!quoted(start, end)) result.ratio.push({ rule: m.rule, start, end, numerator: m.role === 'numerator', heading: unit.heading })
  }
  return result
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

// Each mdast node is shifted to its block's own offsets once, however often the block is read.
const shifted = new WeakSet<object>()

/** The block's nlcst tree, and the document offset its node offsets count from. */
function toTree(unit: ProseUnit, text: string, language: Language): { tree: NlcstRoot; offset: number } {
  const parser = parsers[language]
  if (!unit.node || tooLongToBridge(unit)) return { tree: parser.parse(text.slice(unit.start, unit.end)), offset: unit.start }
  // Give mdast-util-to-nlcst only this block's text: it indexes the lines of the whole file on
  // every call, which would make a long document quadratic.
  if (!shifted.has(unit.node)) {
    shiftOffsets(unit.node, -unit.start)
    shifted.add(unit.node)
  }
  return { tree: toNlcst(unit.node, new VFile(text.slice(unit.start, unit.end)), parser) as NlcstRoot, offset: unit.start }
}

function offsetOf(node: MdastNodes): number {
  return node.position?.start.offset ?? 0
}

function shiftOffsets(node: MdastNodes | MdastParents, delta: number): void {
  const position = node.position
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += delta
    if (position.end.offset !== undefined) position.end.offset += delta
  }
  if ('children' in node) for (const child of node.children) shiftOffsets(child, delta)
}
