// Link reference definitions ("[x]: https://…") and footnote definitions ("[^1]: …") hold for the
// whole document: "[details][x]" is a link wherever "[x]: …" stands, before or after it. A piece
// parsed alone knows only its own, so the session collects every piece's definitions and parses a
// piece that refers to one made elsewhere with that label declared to micromark beforehand (its
// parser's `defined` and `gfmFootnotes` lists, which its own definitions fill as it reads them).
// Then the piece parses as it does inside the whole document, and no text is added to it.
import type { Definition, FootnoteDefinition } from 'mdast'
import type { Construct, Extension, ParseContext, State, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'

/** A definition's key: micromark's normalised label, with "^" before a footnote's. */
export type DefinitionKey = string

/** micromark's `normalizeIdentifier`: white space collapsed and trimmed, case folded. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase()
}

// A label: up to 999 characters, brackets only escaped.
const LABEL = /\[((?:[^\\[\]]|\\[^]){1,999})\]/g
const DEFINITION_LABEL = /\[((?:[^\\[\]]|\\[^]){1,999})\]:/y

/** The key of a definition node, read from its source (`text` is what its offsets count in). */
export function definitionKey(node: Definition | FootnoteDefinition, text: string): DefinitionKey | undefined {
  DEFINITION_LABEL.lastIndex = node.position?.start.offset ?? 0
  const label = DEFINITION_LABEL.exec(text)?.[1]
  if (label === undefined) return undefined
  return node.type === 'footnoteDefinition' ? `^${normalizeLabel(label.slice(1))}` : normalizeLabel(label)
}

/** Whether `text` may hold a definition: a label followed by a colon. */
export function mayDefine(text: string): boolean {
  return text.includes(']:')
}

/**
 * Every label in brackets in `text`, as the keys of the definitions it could refer to: a superset
 * of its references ("[a][x]", "[x][]", "[x]", "[^x]").
 */
export function referenceKeys(text: string): Set<DefinitionKey> {
  const keys = new Set<DefinitionKey>()
  if (!text.includes('[')) return keys
  for (const [, label] of text.matchAll(LABEL)) keys.add(label.startsWith('^') ? `^${normalizeLabel(label.slice(1))}` : normalizeLabel(label))
  return keys
}

// The definitions declared to the parse under way (parses are synchronous: one at a time).
let declared: readonly DefinitionKey[] = []
// The parse they were declared to, known by its list of definitions: a parser built once
// (reusable-parser.ts) gets a new list for each document, where remark-parse makes a new parser.
let declaredTo: ParseContext['defined'] | undefined

/** The definitions declared to the parse under way. */
export function declaredDefinitions(): readonly DefinitionKey[] {
  return declared
}

/** Runs `parse` with the definitions `keys` declared to micromark, as if the text held them. */
export function withDefinitions<T>(keys: readonly DefinitionKey[], parse: () => T): T {
  if (!keys.length) return parse()
  // Within another's: both hold (the plain-block shortcut declares those of the blocks it built).
  const outer = declared
  declared = outer.length ? [...outer, ...keys] : keys
  declaredTo = undefined
  try {
    return parse()
  } finally {
    declared = outer
    declaredTo = undefined
  }
}

// Every reference has a "[" and a "]", and micromark decides whether a label is defined at its
// "]" (links, images) or after its "[" (footnote calls): the first of them in a parse declares the
// definitions, then lets the constructs that read them go on as if it had not been there.
const declare: Construct = {
  tokenize(this: TokenizeContext, _effects, _ok, nok): State {
    if (declared.length && declaredTo !== this.parser.defined) {
      declaredTo = this.parser.defined
      const parser = this.parser as ParseContext & { gfmFootnotes?: string[] }
      for (const key of declared) {
        if (key.startsWith('^')) (parser.gfmFootnotes ??= []).push(key.slice(1))
        else parser.defined.push(key)
      }
    }
    return nok
  },
}
const declareDefinitions: Extension = { text: { 91: declare, 93: declare } }

/** The remark plugin that makes `withDefinitions` work; `use` it after remark-gfm. */
export function remarkDeclaredDefinitions(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(declareDefinitions)
}
