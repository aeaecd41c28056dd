// What a piece needs from the rest of its document, settled after the cut, so that each piece
// parses as it does inside the whole document whatever else is in its piece (session.ts):
// - the definitions it refers to that other pieces make ("[x]: …" below "[details][x]"), declared
//   to its parse (definitions.ts);
// - the end of a fenced code or HTML block it leaves open: the cutter's line reading
//   (verbatim.ts) does not follow containers, so it can take a fence inside a list item for one at
//   the top level and a real fence after it for a closing one. The parse knows better: a piece
//   that ends inside a block is joined with the pieces up to the line that closes it.
import { mayDefine, referenceKeys, type DefinitionKey } from '../parse/definitions.js'
import type { DocumentFormat, ParsedDocument } from '../parse/parse.js'
import { blockStarts } from './pieces.js'
import { verbatimBlockEnd } from '../parse/verbatim.js'

/** A parse of a piece, and the definitions declared to it (joined). */
export interface SettledParse extends ParsedDocument {
  declared: string
}

/** A piece of text, and its parse in the document as it now is. */
export interface Source<P extends SettledParse> {
  text: string
  parsed?: P
  /** What its brackets could refer to (read once, when the document has definitions). */
  references?: Set<DefinitionKey>
}

/** What settling needs from the session: how to parse a piece, and the piece it had with a text. */
export interface Settling<P extends SettledParse> {
  text: string
  format: DocumentFormat
  /** Parses a text with definitions declared to it. */
  parse: (text: string, declared: DefinitionKey[]) => P
  /** A piece with this text: one from the last lint if there was one (it keeps its parse). */
  sourceOf: (text: string) => Source<P>
}

/**
 * Parses what needs parsing among `sources` (the pieces of the text, in order), each with the
 * definitions it refers to that other pieces make, and joins pieces that end inside a block with
 * those that follow up to its end.
 */
export function settle<P extends SettledParse>(settling: Settling<P>, sources: Array<Source<P>>): Array<Source<P>> {
  const { parse } = settling
  if (settling.format !== 'markdown') {
    for (const source of sources) source.parsed ??= parse(source.text, [])
    return sources
  }
  let settled = sources
  for (;;) {
    // A piece's own definitions do not depend on what is declared to it: those that may make
    // some are parsed first, with what they need of the definitions known so far.
    let defined = definitionsOf(settled)
    for (const source of settled) if (!source.parsed && mayDefine(source.text)) parseIn(source, defined, parse)
    defined = definitionsOf(settled)
    for (const source of settled) parseIn(source, defined, parse)
    const joined = joinOpenBlocks(settling, settled)
    if (joined === settled) return settled
    settled = joined
  }
}

function definitionsOf(sources: ReadonlyArray<Source<SettledParse>>): Set<DefinitionKey> {
  const defined = new Set<DefinitionKey>()
  for (const { parsed } of sources) if (parsed) for (const key of parsed.defines) defined.add(key)
  return defined
}

/** Parses `source` with the definitions it refers to among `defined`, unless it already is. */
function parseIn<P extends SettledParse>(source: Source<P>, defined: Set<DefinitionKey>, parse: (text: string, declared: DefinitionKey[]) => P): void {
  const own = source.parsed?.defines
  const declared: DefinitionKey[] = []
  if (defined.size) {
    source.references ??= referenceKeys(source.text)
    for (const key of source.references) if (defined.has(key) && !own?.includes(key)) declared.push(key)
    declared.sort()
  }
  const key = declared.join('\n')
  if (source.parsed?.declared !== key) source.parsed = parse(source.text, declared)
}

/**
 * `sources` with each piece that ends inside a block joined with the next up to its end (the same
 * array if none does). The joined piece runs from the last cut before the open block that no
 * block runs across (parse.ts `openBlock`) to the first cut after its end, whatever the pieces
 * were: what it holds is then the same however the text was cut (it may be read as plain text,
 * see pieces.ts `hasAbsurdIndent`), and the rest of the pieces it takes from are pieces of their own.
 */
function joinOpenBlocks<P extends SettledParse>(settling: Settling<P>, sources: Array<Source<P>>): Array<Source<P>> {
  const { text, format } = settling
  let joined: Array<Source<P>> | undefined
  let base = 0
  for (let i = 0; i < sources.length; i++) {
    const { parsed, text: pieceText } = sources[i]
    const open = parsed!.openBlock
    if (open === undefined || i === sources.length - 1) {
      joined?.push(sources[i])
      base += pieceText.length
      continue
    }
    joined ??= sources.slice(0, i)
    const blockEnd = verbatimBlockEnd(text, base + open.at) ?? text.length
    const from = base + open.from
    let end = base + pieceText.length
    while (i + 1 < sources.length && end <= blockEnd) end += sources[++i].text.length
    const lastBase = end - sources[i].text.length
    const to = Math.min(blockStarts(text, format, lastBase, blockEnd).find((cut) => cut > blockEnd) ?? end, end)
    for (const [start, stop] of [[base, from], [from, to], [to, end]]) if (stop > start) joined.push(settling.sourceOf(text.slice(start, stop)))
    base = end
  }
  return joined ?? sources
}
