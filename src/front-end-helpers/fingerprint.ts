// Fingerprints for baselines and SARIF: a finding keeps its fingerprint while the file is edited
// elsewhere, so a baseline recorded today still recognises it after lines are added above it.
// A fingerprint is built from the rule, the flagged words and a few words on each side within
// the same paragraph, all case- and spacing-folded; it contains no line number or offset.
// Re-wrapping a paragraph or fixing a typo in another sentence leaves it unchanged; rewording the
// phrase or the words right next to it gives a new fingerprint, which is the point.
import type { Finding } from '../engine/output/finding.js'

/** Words of context on each side; enough to tell two “leverage”s of one file apart. */
const CONTEXT_WORDS = 4
/** Characters looked at on each side before counting words (bounded work per finding). */
const CONTEXT_REACH = 120
const PARAGRAPH_BREAK = /\n[ \t]*\r?\n/

export function fingerprintOf(text: string, finding: Pick<Finding, 'ruleId' | 'offset' | 'endOffset'>): string {
  const before = text.slice(Math.max(0, finding.offset - CONTEXT_REACH), finding.offset).split(PARAGRAPH_BREAK).at(-1)!
  const after = text.slice(finding.endOffset, finding.endOffset + CONTEXT_REACH).split(PARAGRAPH_BREAK)[0]
  const key = [finding.ruleId, words(before).slice(-CONTEXT_WORDS).join(' '), words(text.slice(finding.offset, finding.endOffset)).join(' '), words(after).slice(0, CONTEXT_WORDS).join(' ')].join('\u0000')
  return hash(key)
}

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []
}

// cyrb53 twice with different seeds: 106 bits printed as hex. Not cryptographic, and need not
// be: a collision only hides one finding behind a baselined one of the same file.
function hash(key: string): string {
  return cyrb53(key, 0x9e3779b9) + cyrb53(key, 0x85ebca6b)
}

function cyrb53(key: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0')
}
