// The editor (a LintSession, edit after edit) and the CLI and the audit (lint()) find the same in
// every document, and what they find is what a lint of the whole document in one piece finds: a
// piece parses as it does in the whole document, whatever else is in its piece.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lint, LintSession, type LintResult } from '../../src/engine/index.js'
import { contextDocument, document, typed } from './generated-documents.js'
import { referenceLint } from './reference-lint.js'

const RUNS = Math.ceil(Number(process.env.CLUETRAIN_PROPERTY_RUNS ?? 10_000) / 10)

// A line indented by 256 columns: the engine reads its block as plain text (pieces.ts).
const ABSURD_INDENT = /^[ \t]{256,}\S/m

const same = (actual: LintResult, expected: LintResult, what: string) => expect(JSON.stringify(actual), what).toBe(JSON.stringify(expected))

// Edits that take a text elsewhere and back: each deletes `removed` characters at `where` (a
// fraction of the length) and types `inserted` there.
const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(40), typed)
const documents = fc.oneof(
  { weight: 3, arbitrary: contextDocument.map((text) => ({ text, format: 'markdown' as const })) },
  { weight: 1, arbitrary: contextDocument.map((text) => ({ text, format: 'text' as const })) },
  { weight: 1, arbitrary: document },
)

describe(`the editor and the CLI on ${RUNS.toLocaleString('en')} generated documents`, () => {
  it('find the same: lint(), a new session, a session cutting at another size, and a session after edits there and back', () => {
    fc.assert(
      fc.property(documents, fc.oneof(fc.nat(400), fc.constant(16_000)), fc.array(edit, { maxLength: 5 }), ({ text, format }, pieceSize, edits) => {
        const expected = lint(text, { format })
        same(new LintSession({ format }).lint(text), expected, 'a new session')
        same(new LintSession({ format }, pieceSize).lint(text), expected, `a session cutting at ${pieceSize} characters`)
        // The edits, then undone one by one: every version on the way is linted by the session.
        const session = new LintSession({ format })
        const versions = [text]
        for (const [where, removed, inserted] of edits) {
          const last = versions[versions.length - 1]
          const at = Math.floor(where * last.length)
          versions.push(last.slice(0, at) + inserted + last.slice(at + removed))
        }
        for (const version of [...versions, ...versions.slice(0, -1).reverse()]) session.lint(version)
        same(session.lint(text), expected, 'a session after edits')
      }),
      { numRuns: RUNS },
    )
  }, 600_000)

  it('find what a lint of the whole document in one piece finds, but in blocks indented by 256 columns', () => {
    fc.assert(
      fc.property(documents, ({ text, format }) => {
        fc.pre(format === 'text' || !ABSURD_INDENT.test(text))
        same(lint(text, { format }), referenceLint(text, { format }), 'the whole document in one piece')
      }),
      { numRuns: RUNS },
    )
  }, 600_000)

  it('agree on plain text that starts with blank lines (a unit never starts with them)', () => {
    // Found by the property below: the whole-text parse counted 300 leading spaces into the
    // first unit's weight, and read the document as English where the pieces read French.
    const text = `${' '.repeat(300)}\n[^x]: A note where we leverage synergies.\n\u00a0\n \`\`\`\nindented fence leverage\n \`\`\`\n\n[We](https://x.io) **42** [ Details] \`https://example.com/leverage\` ![leverage][x]`
    same(lint(text, { format: 'text' }), referenceLint(text, { format: 'text' }), 'the whole document in one piece')
  })
})
