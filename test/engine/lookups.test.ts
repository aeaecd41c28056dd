// A block's lookups, sorted once and searched (linear-work.test.ts counts their work), answer what
// reading every span, figure, piece of evidence or exception answers: the definitions they
// replaced are here, as the reference.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MatchContext, quotedSpans } from '../../src/engine/match/context.js'
import { resolveMatches, type RawMatch, type Role } from '../../src/engine/match/phrase-matcher.js'
import type { Unless } from '../../src/engine/rules/rule-data.js'
import type { Span } from '../../src/engine/span.js'
import { SortedSpans } from '../../src/engine/text/sorted-spans.js'
import type { TokenStream } from '../../src/engine/text/tokens.js'

const QUOTATIONS = /“[^”\n]*”|«[^»\n]*»|„[^“\n]*“|"[^"\n]*"/g

function referenceQuotedSpans(text: string, start: number, end: number): Span[] {
  return [...text.slice(start, end).matchAll(QUOTATIONS)].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length }))
}

/** The matches no shield covers, read shield by shield: `resolveMatches` keeps the longest of them. */
function referenceUncovered(raw: RawMatch[]): RawMatch[] {
  const shields = raw.filter((m) => m.role === 'exception' || m.role === 'accept')
  const shieldsFrom = (s: RawMatch, m: RawMatch) => s.role === 'accept' || (s.rule === m.rule && (s.entry === -1 || s.entry === m.entry))
  return raw.filter((m) => m.role === 'match' && !shields.some((s) => shieldsFrom(s, m) && s.first <= m.first && m.last <= s.last))
}

function referenceCancelled(unless: Unless, match: RawMatch, stream: TokenStream, evidence: readonly RawMatch[], links: readonly Span[]): boolean {
  const { tokens } = stream
  const sentence = tokens[match.first].sentence
  const window = unless.window ?? 0
  const inWindow = (s: number) => s >= sentence - window && s <= sentence + window
  const after = (position: number) => !unless.after || position > tokens[match.last].start
  const inScope = (s: number, position: number) => (unless.after ? s === sentence && after(position) : inWindow(s))
  if (unless.figures && stream.figures.some((f) => inScope(f.sentence, f.start))) return true
  const counts = (e: RawMatch) => e.rule === match.rule && (e.entry === -1 || e.entry === match.entry)
  if (evidence.some((e) => counts(e) && inScope(tokens[e.first].sentence, tokens[e.first].start))) return true
  if (unless.links) {
    const first = stream.sentences[Math.max(0, sentence - window)]
    const last = stream.sentences[Math.min(stream.sentences.length - 1, sentence + window)]
    if (first && last && links.some((l) => l.start < last.end && l.end > first.start)) return true
  }
  return false
}

const span = fc.tuple(fc.nat(60), fc.nat(12)).map(([start, length]): Span => ({ start, end: start + length }))

describe('lookups sorted once', () => {
  it('find the quotations the expression finds', () => {
    const text = fc.array(fc.constantFrom('“', '”', '«', '»', '„', '"', '\n', 'a', ' ', 'we'), { maxLength: 60 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const [start, end] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y)
        expect(quotedSpans(t, start, end)).toEqual(referenceQuotedSpans(t, start, end))
      }),
      { numRuns: 3000 },
    )
  })

  it('tell which spans overlap or hold a span', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), span, (spans, asked) => {
        const sorted = new SortedSpans(spans)
        expect(sorted.overlap(asked.start, asked.end)).toBe(spans.some((s) => s.start < asked.end && s.end > asked.start))
        expect(sorted.hold(asked.start, asked.end)).toBe(spans.some((s) => s.start <= asked.start && asked.end <= s.end))
      }),
      { numRuns: 3000 },
    )
  })

  it('keep the matches no exception or accepted phrase covers', () => {
    const raw = fc
      .tuple(fc.constantFrom<Role>('match', 'match', 'exception', 'accept'), fc.integer({ min: 0, max: 2 }), fc.integer({ min: -1, max: 2 }), fc.nat(20), fc.nat(3))
      .map(([role, rule, entry, first, length]): RawMatch => ({ role, rule: role === 'accept' ? -1 : rule, entry: role === 'accept' ? -1 : entry, first, last: first + length }))
    fc.assert(
      fc.property(fc.array(raw, { maxLength: 20 }), (matches) => {
        expect(resolveMatches(matches)).toEqual(resolveMatches(referenceUncovered(matches)))
      }),
      { numRuns: 3000 },
    )
  })

  it('find the figures, evidence and links that cancel a match', () => {
    // Tokens in order, sentences rising; figures, evidence and links somewhere among them.
    const stream = fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 30 }).map((steps) => {
      const s: TokenStream = { tokens: [], words: [], punctuation: [], sentences: [], figures: [], symbols: [] }
      let sentence = 0
      steps.forEach(([newSentence, figure], i) => {
        if (newSentence && i > 0) sentence++
        s.tokens.push({ key: 'w', text: 'w', start: i * 3, end: i * 3 + 1, word: i, sentence })
        if (figure) s.figures.push({ start: i * 3, sentence })
      })
      for (let n = 0; n <= sentence; n++) {
        const inIt = s.tokens.filter((t) => t.sentence === n)
        s.sentences.push({ start: inIt[0]?.start ?? 0, end: inIt.at(-1)?.end ?? 0, words: inIt.length })
      }
      return s
    })
    const unless = fc.record({ window: fc.integer({ min: 0, max: 2 }), figures: fc.boolean(), links: fc.boolean(), after: fc.boolean() }) as fc.Arbitrary<Unless>
    const rule = fc.integer({ min: 0, max: 1 })
    const entry = fc.integer({ min: -1, max: 1 })
    const seen = fc.array(fc.tuple(fc.nat(), fc.nat(1), rule, entry), { maxLength: 8 })
    fc.assert(
      fc.property(stream, unless, fc.array(span, { maxLength: 4 }), fc.nat(), fc.nat(1), seen, rule, entry, (s, u, links, at, length, evidenceAt, matchRule, matchEntry) => {
        const n = s.tokens.length
        const within = (first: number, extra: number) => {
          let last = first
          while (last < Math.min(n - 1, first + extra) && s.tokens[last + 1].sentence === s.tokens[first].sentence) last++
          return last
        }
        const first = at % n
        const match: RawMatch = { role: 'match', rule: matchRule, entry: matchEntry, first, last: within(first, length) }
        const evidence = evidenceAt.map(([e, l, r, en]): RawMatch => ({ role: 'evidence', rule: r, entry: en, first: e % n, last: within(e % n, l) }))
        expect(new MatchContext(s, evidence, links).cancels(u, match)).toBe(referenceCancelled(u, match, s, evidence, links))
      }),
      { numRuns: 3000 },
    )
  })
})
