// urlMasks finds URLs with the regex's URL branch alone and e-mail addresses by short scans around each '@', instead of one regex
// tried at every word character; it must give exactly what that regex gives, overlaps included.
import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateDocument } from '../../scripts/bench/corpus.mjs'
import { urlMasks } from '../../src/engine/parse/url-masks.js'

// The regex parseDocumentText ran before urlMasks: the reference.
const URLISH = /\b(?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^\s<>()"'«»]+|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/gi
const byRegex = (text: string) => [...text.matchAll(URLISH)].map((m) => ({ start: m.index, end: m.index + m[0].length }))

const expectSameMasks = (text: string) => expect(urlMasks(text)).toEqual(byRegex(text))

// Pieces that decide where the regex starts and stops: its prefixes in any case, the characters of
// each part of an address, what ends a URL, non-ASCII look-alikes of \w, and runs around the
// 64-character local part and 63-character label bounds.
const pieces = [
  'http://', 'https://', 'HTTP://', 'hTtPs://', 'ftp://', 'FTP://', 'mailto:', 'MAILTO:', 'www.', 'WWW.', 'wWw.', 'http:/', 'www', ':', '/',
  '@', '@', '@', '.', '.', '+', '-', '_', 'a', 'Z', '9', 'b.c', 'x@y.z',
  ' ', '\n', '\t', '\u00a0', '<', '>', '(', ')', '"', "'", '«', '»', 'é', 'ſ', '\u212a', 'İ', '😀', '’',
]
const runLength = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 61, max: 66 }), fc.integer({ min: 1, max: 140 }))
const run = fc.tuple(fc.constantFrom('a', '-', '.', '_', '9', 'a.', 'b-'), runLength).map(([s, n]) => s.repeat(n))
const label = fc.tuple(fc.constantFrom('b', '-', 'B_9'), runLength).map(([s, n]) => s.repeat(n).slice(0, n))
const address = fc
  .tuple(fc.constantFrom('', '+', '.', 'x'), runLength, fc.array(label, { minLength: 1, maxLength: 11 }))
  .map(([local, n, labels]) => `${local.repeat(n)}@${labels.join('.')}`)
const text = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: run }, { weight: 1, arbitrary: address }), { maxLength: 40 })
  .map((parts) => parts.join(''))

const repoMarkdown = ['README.md', 'CHANGELOG.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].map((f) => readFileSync(f, 'utf8'))

describe('urlMasks against the regex it replaces', () => {
  it('agrees on generated text of prefixes, addresses, stops and long runs', () => {
    fc.assert(
      fc.property(text, (t) => {
        expectSameMasks(t)
      }),
      { numRuns: 5000, seed: 20260416 },
    )
  })

  it('agrees on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'w', '.', '@', 'h', 't', 'p', ':', '/', ' ', '-', 'é'), maxLength: 60 }), (t) => {
        expectSameMasks(t)
      }),
      { numRuns: 3000, seed: 7 },
    )
  })

  it.each([
    ['a URL holding an address', 'see http://user@example.com/x and more'],
    ['mailto: with an address', 'write to mailto:x@y.com today'],
    ['prefixes in capitals', 'HTTP://A.B WWW.EXAMPLE.COM Ftp://f MailTo:me'],
    ['a prefix inside a word', 'xhttp://a.b _www.c 9www.d'],
    ['a prefix with nothing after it', 'http:// www. (mailto:)'],
    ['an address after a long word', `${'a'.repeat(70)}@example.com ${'a'.repeat(64)}@b.co ${'a'.repeat(63)}@b.co`],
    ['dots, pluses and hyphens around the @', '.a+b-@-c.d- +@x.y .@.a @a.b a@.b a@b. a@b..c'],
    ['labels at the bounds', `a@${'b'.repeat(63)}.c a@${'b'.repeat(64)}.c a@b.${'c'.repeat(63)} a@b.${'c'.repeat(70)}.d`],
    ['more than eight dotted labels', 'a@b.c.d.e.f.g.h.i.j.k.l'],
    ['addresses sharing characters', 'a@b.c@d.e a@b@c.d a@@b.c x@y.z@w.v'],
    ['an address next to a URL', 'a@b.chttp://x.y www.x@y.z'],
  ])('agrees on %s', (_, t) => {
    expectSameMasks(t)
  })

  it('agrees on the bench documents and this repository’s Markdown', () => {
    const documents = [generateDocument('en', 1_000_000), generateDocument('fr', 1_000_000), ...repoMarkdown]
    for (const document of documents) expectSameMasks(document)
    expect(repoMarkdown.some((d) => urlMasks(d).length > 0)).toBe(true)
  })
})
