// No fix may create a finding (issue #15): a hit's fix is applied to its sentence, the sentence is
// linted again, and the fix is dropped when a finding that the sentence did not have before lands
// on the replacement. A document repeats its sentences and fixes: each verdict is kept, per rule
// set, on the fix (shared by every copy of its sentence: suggest-fix.ts) and by the text around it
// (bounded), so a re-lint of a long document lints no sentence twice.
import type { Hit } from '../kinds/kind.js'
import type { Finding } from '../output/finding.js'
import type { CompiledRules } from '../rules/rules.js'
import type { Language } from '../rules/rule-data.js'
import { BoundedCache } from '../util/bounded-cache.js'

/** The findings of one sentence linted alone, as plain text in `language`. */
export type SentenceLint = (sentence: string, language: Language) => readonly Finding[]

// Characters either side of a fix that its re-lint reads, at most: more than any rule's reach
// around a replacement (a pattern of eight words, agreement five words ahead), cut at a space.
const REACH = 400

function windowStart(text: string, sentenceStart: number, at: number): number {
  if (at - sentenceStart <= REACH) return sentenceStart
  const space = text.indexOf(' ', at - REACH)
  return space < 0 || space >= at ? at - REACH : space + 1
}

function windowEnd(text: string, at: number, sentenceEnd: number): number {
  if (sentenceEnd - at <= REACH) return sentenceEnd
  const space = text.lastIndexOf(' ', at + REACH)
  return space <= at ? at + REACH : space
}

const verdicts = new WeakMap<CompiledRules, BoundedCache<string, boolean>>()

/** `hits` with the fixes that create a finding taken off (the others are the same objects). */
export function withStandingFixes(hits: readonly Hit[], text: string, language: Language, compiled: CompiledRules, lintSentence: SentenceLint): Hit[] {
  let cache = verdicts.get(compiled)
  if (!cache) verdicts.set(compiled, (cache = new BoundedCache(20_000)))
  return hits.map((hit) => {
    const fix = hit.fix
    if (!fix) return hit
    const known = fix.verdicts?.get(compiled)
    if (known !== undefined) return known ? hit : { ...hit, fix: undefined }
    // The sentence, or in a long one the words around the fix: a sentence of 100,000 words (a
    // paragraph with no full stop) re-linted for each of its fixes would be quadratic.
    const sentenceStart = windowStart(text, fix.sentenceStart, fix.start)
    const sentenceEnd = windowEnd(text, fix.end, fix.sentenceEnd)
    const before = text.slice(sentenceStart, fix.start)
    const old = text.slice(sentenceStart, sentenceEnd)
    const now = before + fix.text + text.slice(fix.end, sentenceEnd)
    const key = `${language}\u0000${old}\u0000${now}`
    let stands = cache.get(key)
    if (stands === undefined) {
      const had = new Set(lintSentence(old, language).map((f) => `${f.ruleId}\u0000${f.actual}`))
      const from = before.length
      const to = from + fix.text.length
      stands = !lintSentence(now, language).some((f) => f.offset < to && f.endOffset > from && !had.has(`${f.ruleId}\u0000${f.actual}`))
      cache.set(key, stands)
    }
    fix.verdicts?.set(compiled, stands)
    return stands ? hit : { ...hit, fix: undefined }
  })
}
