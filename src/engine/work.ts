// What the engine's paths through a long paragraph count as they go, so that tests hold them to
// the paragraph's length without timing them (test/engine/linear-work.test.ts), and what the
// fixes read for a document that repeats its sentences (test/engine/fix-work.test.ts). Only ever added to.
export const work = {
  /** Nodes the merge steps copied or moved (latin-siblings.ts and the steps). */
  moved: 0,
  /** Characters searched for words not where they were placed (tokens.ts). */
  scanned: 0,
  /** Spans and places compared by binary searches (sorted-spans.ts). */
  compared: 0,
  /** Sentences the fixes split into words to read the flagged word in (fix/sentence-words.ts). */
  sentencesRead: 0,
  /** Texts micromark parsed with GFM's extensions, and without them (no GFM sign in it: parse.ts). */
  gfmParses: 0,
  commonmarkParses: 0,
}
