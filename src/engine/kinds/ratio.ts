// The `ratio` rule kind: `numerator` phrases weighed against `denominator` phrases per scope (a
// section that says "we" and never "you"). With at least `minCount` of the first and more than
// `max` times as many as of the second, one hit on the first outside headings (else the first).
// Someone else's "we" is not the company's: quoted words are not counted. Nor is the "we" of a
// writer walking the reader through something: a scope with one of `inclusive` ("let's") is not
// judged (the Rust book's chapters, "let's look at…", "we'll fix it…", drew 19 of the 43 warnings
// on 66,785 words of clean English prose, all self-focus).
//
// A rule may also judge each paragraph on its own (`paragraph`), as the marking guidelines do
// (issue #16: 67 of the 94 clear F8 marks of the English development set are a paragraph's first
// "we"/"our", 48 of them in paragraphs with one or two): a paragraph that says "we" and never
// "you", in a section that says "we" more often than "you" (a manual talks to its reader in the
// next paragraph). The company's "we", not anyone's: the paragraph must name copy's business
// (customers, services, platform: the registers' corporate words), and it must not read as
// literature, narrate in the past or around a quotation (a novel's narrator says "we" and "our
// client") nor walk the reader through code (inline code: the Rust book's "we call `lock`").
// Without them, 196 paragraphs of clean English prose (66,785 words) would be flagged (a count by
// paragraph; with all of them the engine gives that prose 5 warnings more).
import type { Parents as MdastParents } from 'mdast'
import { fieldsOf, type Localised, type RuleBase, type Scope } from '../rules/rule-data.js'
import type { Counted } from '../pipeline/tally.js'
import { docQuoteList, type Block, type Hit, type RuleKind } from './kind.js'

export interface RatioRuleData extends RuleBase<'ratio'> {
  numerator: string[]
  denominator: string[]
  /** Highest numerator/denominator ratio allowed. */
  max: number
  scope: Scope
  /** The numerator must occur this often before the ratio is judged. */
  minCount: number
  /** Phrases that show the numerator takes the reader in ("let's"): a scope with one is not judged. */
  inclusive?: string[]
  /** Also judge each paragraph of copy: this many of the numerator and none of the denominator. */
  paragraph?: {
    minCount: number
    max: number
    message: Localised
    /** Paragraphs shorter than this are not judged: a line or a caption says too little about anyone. */
    minWords?: number
    /** Verbs that open a call to the reader as a sentence's first word ("See our…", "Help us…"): they speak to "you". */
    calls?: string[]
  }
}

const withDefaults = (data: RatioRuleData) => ({ ...data, max: data.max ?? 3, minCount: data.minCount ?? 6, calls: new Set(data.paragraph?.calls ?? []) })

export const ratio: RuleKind<RatioRuleData, ReturnType<typeof withDefaults>> = {
  fields: fieldsOf<Omit<RatioRuleData, keyof RuleBase>>()({ required: ['numerator', 'denominator', 'max', 'scope', 'minCount'], optional: ['inclusive', 'paragraph'] }),
  compile(data, rule, { matcher }) {
    for (const phrase of data.numerator ?? []) matcher.addPhrase(phrase, false, { role: 'numerator', rule, entry: -1 })
    for (const phrase of data.denominator ?? []) matcher.addPhrase(phrase, false, { role: 'denominator', rule, entry: -1 })
    for (const phrase of data.inclusive ?? []) matcher.addPhrase(phrase, false, { role: 'inclusive', rule, entry: -1 })
    return withDefaults(data)
  },
  count(block, rule, { paragraph, calls }, tally) {
    const { tokens } = block.stream
    const matches = tally.matches as Counted[]
    const before = matches.length
    let other = 0
    let inclusive = 0
    for (const m of block.raw) {
      if (m.rule !== rule || (m.role !== 'numerator' && m.role !== 'denominator' && m.role !== 'inclusive')) continue
      const start = tokens[m.first].start
      const end = tokens[m.last].end
      if (block.quoted(start, end)) continue
      if (m.role === 'denominator') other++
      else if (m.role === 'inclusive') inclusive++
      else matches.push({ start, end, quoted: false, heading: block.unit.heading })
    }
    const count = matches.length - before
    tally.count += count
    tally.other += other
    tally.inclusive += inclusive
    // The paragraph's own judgement, kept on its first "we" for the section's judge to confirm.
    if (paragraph && count >= paragraph.minCount && block.words >= (paragraph.minWords ?? 1) && !other && !inclusive && !block.unit.heading && !opensCall(block, calls) && speaksAsCompany(block)) {
      matches[before] = { ...matches[before], opensParagraph: count }
    }
  },
  scope: (settings) => settings.scope,
  judge(tally, { max, minCount, paragraph }) {
    const { count, other, inclusive } = tally
    if (inclusive) return []
    const hits: Hit[] = []
    if (count >= minCount && count > max * other) {
      // A heading's words count, but the finding goes on prose if it can.
      const at = tally.matches.find((m) => !m.heading) ?? tally.matches[0]
      hits.push({ rule: tally.rule, start: at.start, end: at.end, quoted: false, values: { count, other, max } })
    }
    // Paragraphs are judged in a section that says "we" more than `paragraph.max` times as often
    // as "you": a manual that talks to its reader elsewhere is walking them through it.
    if (!paragraph || count <= paragraph.max * other) return hits
    for (const m of tally.matches) {
      if (!m.opensParagraph || hits.some((h) => h.start === m.start)) continue
      hits.push({ rule: tally.rule, start: m.start, end: m.end, quoted: false, values: { count: m.opensParagraph, other: 0 }, template: paragraph.message })
    }
    return hits.sort((a, b) => a.start - b.start)
  },
  describe(data) {
    const { scope, numerator, denominator, minCount, max, inclusive, paragraph } = withDefaults(data)
    const lines = [`In each ${scope}, ${docQuoteList(numerator)} are counted against ${docQuoteList(denominator)}: with ${minCount} or more and over ${max} times as many, the first is flagged.`]
    if (inclusive?.length) lines.push(`A ${scope} with ${docQuoteList(inclusive)} is not judged: its “we” takes the reader in.`)
    if (paragraph) {
      lines.push(
        `Each paragraph${paragraph.minWords ? ` of ${paragraph.minWords} words or more` : ''} is also judged on its own, in a ${scope} with more than ${paragraph.max} times as many of the first as of the second: one with ${paragraph.minCount} or more of the first and none of the second is flagged on its first, when it names copy's business (customers, services, platform…), opens no sentence on a call to the reader${paragraph.calls?.length ? ` (${docQuoteList(paragraph.calls)})` : ''}, and is neither literature, nor narration (two words in the past or defining: “was”, “had”) or around a quotation, nor a walk through code (inline code). Headings are not judged.`,
      )
    }
    return lines
  },
}

/**
 * Whether a paragraph's "we" is a company's talking of itself: it names copy's business, calls on
 * no reader ("Meet our…" speaks to them), holds no inline code, quotes no one, narrates little and
 * reads as no novel.
 */
function speaksAsCompany(block: Block): boolean {
  const context = block.context()
  return context.namesBusiness() && !context.callsReader() && !hasInlineCode(block.unit.node) && !quotesSomeone(block) && context.narration() < NARRATION && !context.readsAsLiterature()
}

/** Whether a sentence of the block opens on one of `calls` ("See our privacy policy", "Help us translate"). */
function opensCall(block: Block, calls: ReadonlySet<string>): boolean {
  if (!calls.size) return false
  const { tokens } = block.stream
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].key && (k === 0 || tokens[k - 1].sentence !== tokens[k].sentence) && calls.has(tokens[k].key)) return true
  }
  return false
}

// Two words that narrate in the past or define ("we had listened… it was a poky place"): a
// narrator's "we", or a history's. One is copy's too ("we were founded"); at 3, 34 warnings on the
// clean English prose (0.51 per 1,000 words), at 2, 33, with one mark of the 94 fewer found.
const NARRATION = 2

// Five words in quotation marks are someone speaking ("But you can understand," said our visitor):
// the paragraph's "we" narrates around them. A name in quotes ("Open Standard Business Platform") is shorter.
const QUOTATION_WORDS = 5

function quotesSomeone(block: Block): boolean {
  let quoted = 0
  for (const word of block.stream.words) if (block.quoted(word.start, word.end) && ++quoted >= QUOTATION_WORDS) return true
  return false
}

function hasInlineCode(node: MdastParents | undefined): boolean {
  if (!node) return false
  for (const child of node.children) {
    if (child.type === 'inlineCode') return true
    if ('children' in child && hasInlineCode(child as MdastParents)) return true
  }
  return false
}
