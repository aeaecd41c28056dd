// What a rule kind is: one handler per kind (kinds/<kind>.ts), dispatched from one table
// (kinds/index.ts). A handler compiles its rule's data, checks a block for hits, counts what it
// judges over a paragraph, a section or the document into a tally, and judges the tally. Hits are
// plain data: the message is drafted later, once, from the hit (output: emit.ts).
import type { FixSpan } from '../fix/suggest-fix.js'
import type { MatchContext } from '../match/context.js'
import type { ProseUnit } from '../parse/parse.js'
import type { PhraseAdder, RawMatch } from '../match/phrase-matcher.js'
import type { Tally } from '../pipeline/tally.js'
import type { FieldList, Language, RuleBase, Scope } from '../rules/rule-data.js'
import type { TokenStream } from '../text/tokens.js'

/** What a check found: a rule, a span, and what its message needs. */
export interface Hit {
  /** Index of the rule in the compiled rule list. */
  rule: number
  start: number
  end: number
  /** undefined: the rule offers no wording; []: the advice is to cut it. */
  suggestions?: string[]
  /** Numbers for the message: {count}, {other}, {words}, {max}, {score}. */
  values?: Record<string, number>
  /** Inside a quotation or a block quote. */
  quoted: boolean
  /** The replacement the engine stands behind (offsets into the text, like start and end). */
  fix?: FixSpan
  /** Suggestions the engine could not put in the flagged word's form. */
  uninflected?: string[]
}

/** One block of prose, as every kind reads it. */
export interface Block {
  unit: ProseUnit
  text: string
  language: Language
  stream: TokenStream
  /** Words of prose (never-linted spans excluded). */
  words: number
  /** Everything the language's phrase matcher found in the block, shields and counted words included. */
  raw: readonly RawMatch[]
  /** The rule's matches that no exception or accepted phrase covers, in order. */
  matchesOf(rule: number): readonly RawMatch[]
  /** What cancels a match nearby (made on first use). */
  context(): MatchContext
  quoted(start: number, end: number): boolean
  /** Records a hit of `rule` on the span. */
  hit(rule: number, start: number, end: number, more?: Pick<Hit, 'suggestions' | 'values' | 'fix' | 'uninflected'>): void
}

/** What compiling a rule may use: its language's matcher, and the config's accepted words. */
export interface CompileContext {
  matcher: PhraseAdder
  accept: readonly string[]
}

/**
 * A rule kind. `S` is the rule compiled: its data with the kind's defaults, and what else its
 * checks need. A kind has `check`, or `count`, `scope` and `judge`, or both.
 */
export interface RuleKind<D extends RuleBase = RuleBase, S = unknown> {
  /** The fields its data has beyond RuleBase's (test/rule-schema.test.ts holds rules/schema.json to them). */
  fields: FieldList
  /** Adds its phrases to the matcher; returns what its checks need. */
  compile(data: D, rule: number, context: CompileContext): S
  /** Hits in one block (`block.hit`). */
  check?(block: Block, rule: number, compiled: S): void
  /**
   * Whether `check` or `count` can find or count anything in a block with no word and no mark (a
   * block of inline code alone: its sentences have 0 words). Without it, the kind reads words,
   * marks or the matches of its phrases only, and such a block is not given to it (unit-check.ts).
   */
  findsInWordless?(compiled: S): boolean
  /** `check` finds nothing in a block where the rule has no match that stands (`block.matchesOf(rule)` empty): it is not called there. */
  checksMatchesOnly?: boolean
  /** Adds one block's counts to the rule's tally. */
  count?(block: Block, rule: number, compiled: S, tally: Tally): void
  /** Where the counts are summed. */
  scope?(compiled: S): Scope
  /** Hits over a whole scope, from its summed tally (of rule `tally.rule`), on its counted matches. */
  judge?(tally: Tally, compiled: S): Hit[]
  /** What docs/rules.md says of the rule beyond what every rule has. */
  describe(data: D): string[]
}

// docs/rules.md is a Markdown table in places: a cell must not end early at a `|`.
export const docCell = (s: string) => s.replace(/\|/g, '\\|')
export const docQuoteList = (xs: readonly string[]) => xs.map((x) => `“${docCell(x)}”`).join(', ')
