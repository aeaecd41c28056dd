// Fix-all (issue #15): the findings' `fix`es and nothing else, never two that overlap or touch the
// same word, applied in one pass from the end; then the text is linted again, and a fix whose
// replacement carries a finding the text did not have is taken back, until none does. One
// implementation for the extension's Fix All, `source.fixAll.cluetrain`, and any CLI fix mode.
import type { Finding, Fix } from '../output/finding.js'

// Each fix was agreed with the words around it as they stand and re-linted in its sentence alone
// (standing-fixes.ts): the article before, up to five words after ("une expérience client
// disruptive" → "un service" and "nouvelle", each right alone, wrong together), and the sentence's
// length (two fixes of "synergies" → "combined efforts" carried a 40-word sentence to 41, flagged
// by long-sentences). So two fixes in one sentence are never applied together.

/** No end of sentence or line between. */
function sameSentence(text: string, from: number, to: number): boolean {
  return !/[.!?…;:\n]/.test(text.slice(from, to))
}

/**
 * The fixes of `findings` to apply together: by position, skipping any that overlaps or touches
 * (no character between) one kept, and, given the text, any in the sentence of one kept: that one
 * is applied by the next fix-all, re-agreed with the text the first left.
 */
export function chooseFixes(findings: readonly Finding[], text?: string): Fix[] {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset)
  const chosen: Fix[] = []
  let end = -1
  for (const fix of fixes) {
    // A fix's range is whole words: one that starts where the last ended would join or split a word.
    if (fix.offset <= end) continue
    if (text !== undefined && end >= 0 && sameSentence(text, end, fix.offset)) continue
    chosen.push(fix)
    end = fix.endOffset
  }
  return chosen
}

/** `text` with `fixes` (sorted, apart) applied, and where each replacement now stands. */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; placed: Array<{ fix: Fix; offset: number; endOffset: number }> } {
  let out = ''
  let last = 0
  const placed: Array<{ fix: Fix; offset: number; endOffset: number }> = []
  for (const fix of fixes) {
    out += text.slice(last, fix.offset)
    placed.push({ fix, offset: out.length, endOffset: out.length + fix.text.length })
    out += fix.text
    last = fix.endOffset
  }
  return { text: out + text.slice(last), placed }
}

// Each round drops at least one fix; a text that needs more rounds than this gets none applied.
const MAX_ROUNDS = 4

/**
 * Every fix of `findings` that can stand together: applied, re-linted with `lint`, and any whose
 * replacement carries a new finding (a rule and words the text's findings did not have) dropped,
 * until the rest stand. Returns the fixes kept and the text they make.
 */
export function fixAll(text: string, findings: readonly Finding[], lint: (text: string) => readonly Finding[]): { text: string; fixes: Fix[] } {
  const had = new Set(findings.map((f) => `${f.ruleId}\u0000${f.actual.toLowerCase()}`))
  let fixes = chooseFixes(findings, text)
  for (let round = 0; round < MAX_ROUNDS && fixes.length; round++) {
    const { text: fixed, placed } = applyFixes(text, fixes)
    const fresh = lint(fixed).filter((f) => !had.has(`${f.ruleId}\u0000${f.actual.toLowerCase()}`))
    const bad = new Set(placed.filter((p) => fresh.some((f) => f.offset < p.endOffset && f.endOffset > p.offset)).map((p) => p.fix))
    if (!bad.size) return { text: fixed, fixes }
    fixes = fixes.filter((f) => !bad.has(f))
  }
  // Still not standing after MAX_ROUNDS lints (or nothing left): apply nothing rather than guess.
  return { text, fixes: [] }
}
