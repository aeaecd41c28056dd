// The messages between the extension host and the live-lint worker (live-worker.ts). The worker
// keeps one LintSession per open document, so that a keystroke re-checks one paragraph; the host
// sends the whole text each time (a structured clone: about 1 ms per MB) and tags each request
// with the document's version, which the answer carries back. The findings come back in chunks of
// FINDINGS_PER_CHUNK, each serialised on its own (v8.serialize), which cross as bytes: the host
// deserialises one chunk at a time between yields. Measured in Node (CPU time, 12,000 findings):
// 11 to 55 ms to receive them as one structured clone, about 1 ms a chunk this way.
import type { Language, LintOptions, Score } from '../engine/index.js'

export const FINDINGS_PER_CHUNK = 1000

export interface LintRequest {
  type: 'lint'
  id: number
  /** The document's URI: the key of its session. */
  document: string
  version: number
  text: string
  options: LintOptions
}

/** The document was closed: its session goes. */
export interface ForgetRequest {
  type: 'forget'
  document: string
}

export type ToWorker = LintRequest | ForgetRequest

interface Answer {
  id: number
  document: string
  version: number
}

/** A LintResult and its score; the findings as serialised arrays of FINDINGS_PER_CHUNK at most. */
export interface LintAnswer extends Answer {
  language: Language
  words: number
  findings: Uint8Array[]
  score: Score
}

export type FromWorker = LintAnswer | (Answer & { error: string })
