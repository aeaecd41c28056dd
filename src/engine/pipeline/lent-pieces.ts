// A document's pieces as plain data, for a lint that another thread does part of (the CLI on one
// large file: src/cli/split-lint.ts). The other thread lints the document's second part as a
// document of its own and lends its pieces: their parse summaries and what they found, without the
// parse trees (cloning those to another thread took 226 ms for half of the 1 MB README corpus, more
// than parsing them). The session linting the whole document takes a lent piece where its own cut
// and settling give the same text with the same definitions declared, and its findings where its
// units get the same languages; any other lent piece is parsed and checked again (session.ts), so
// the findings are those of one lint of the whole document, whatever the other thread guessed.
import type { LanguageCandidate } from '../text/language.js'
import type { DocumentFormat, ParsedDocument, ProseUnit } from '../parse/parse.js'
import { markdownPieces } from '../cut/pieces.js'
import type { PieceFindings } from './piece-findings.js'

/** A checked piece without its parse trees: what a session needs to reuse it. */
export interface LentPiece extends Omit<ParsedDocument, 'units' | 'masks' | 'links'> {
  text: string
  declared: string
  /** Each unit without its mdast node (its text is its candidate's). */
  units: Array<Omit<ProseUnit, 'node' | 'text'>>
  candidates: LanguageCandidate[]
  found: PieceFindings
}

/**
 * Where to split `text` for two threads: the top-level block start nearest `share` of its length
 * (0 when there is none but the first), so that both parts cut into the pieces the whole does.
 */
export function splitPoint(text: string, format: DocumentFormat, share: number): number {
  const cuts = markdownPieces(text, 0, format)
  const aim = text.length * share
  let best = 0
  for (const cut of cuts) if (Math.abs(cut - aim) < Math.abs(best - aim)) best = cut
  return best
}
