import fc from 'fast-check'
import { franc } from 'franc-min'
import { describe, expect, it } from 'vitest'
import { generateDocument } from '../../scripts/bench/corpus.mjs'
import { lint } from '../../src/engine/index.js'
import { assignLanguages, countLetters, detectLanguage, shortBlockGuess, type LanguageCandidate } from '../../src/engine/text/language.js'
import { parseDocumentText } from '../../src/engine/parse/parse.js'
import { markdownPieces } from '../../src/engine/cut/pieces.js'
import type { Language } from '../../src/engine/rules/rule-data.js'
import { testRules } from '../fixtures/rule-set.js'

const run = (text: string, options = {}) => lint(text, { ruleData: testRules, ...options })
const summary = (text: string, options = {}) => run(text, options).findings.map((f) => `${f.language} ${f.ruleId} ${f.actual}`)

const english = 'We leverage our partners to reach customers who never heard of us before, and we listen to them.'
const french = 'Il faut booster les ventes de nos magasins pour que nos clients reviennent plus souvent chez nous.'

describe('language per paragraph', () => {
  it('checks each paragraph of a mixed document with its own language’s rules', () => {
    expect(summary(`${english}\n\n${french}`)).toEqual(['en buzz leverage', 'fr anglicisms booster'])
  })

  it('gives short paragraphs the language of the document', () => {
    const result = run(`${french}\n\nBooster !\n\n${french}`)
    expect(result.language).toBe('fr')
    expect(result.findings.map((f) => f.actual)).toEqual(['booster', 'Booster', 'booster'])
  })

  it('keeps a short block whose function words are clearly of the other language', () => {
    expect(summary(`We leverage the best of the web\n\n${french}\n\n${french}`)[0]).toBe('en buzz leverage')
  })

  // franc alone reads these as French: corporate English is Latin vocabulary.
  it('reads short corporate English as English, beside French or on its own', () => {
    expect(summary(`Nous allons booster la croissance de nos ventes en France.\n\nWe leverage synergies across our business units.`)).toEqual(['fr anglicisms booster', 'en buzz leverage', 'en buzz synergies'])
    const repeated = run('We leverage partners.\n\n'.repeat(3))
    expect(repeated.language).toBe('en')
    expect(repeated.findings.map((f) => f.language)).toEqual(['en', 'en', 'en'])
  })

  it('obeys the language option', () => {
    expect(summary(english, { language: 'fr' })).toEqual([])
    expect(summary(french, { language: 'en' })).toEqual([])
  })

  it('obeys the language directive from where it stands', () => {
    const text = `${english}\n\n<!-- cluetrain-language fr -->\n\nBooster leverage.\n\n<!-- cluetrain-language auto -->\n\n${english}`
    expect(summary(text)).toEqual(['en buzz leverage', 'fr anglicisms Booster', 'en buzz leverage'])
  })
})

// language.ts before letters were counted in a loop: the reference its answers are held to.
const reference = (() => {
  const FRANC_CODES: Record<string, Language> = { eng: 'en', fra: 'fr' }
  const atLeastLetters = (n: number) => new RegExp(`^(?:\\P{L}*\\p{L}){${n}}`, 'u')
  const ENOUGH_LETTERS = atLeastLetters(40)
  const NOT_SHORT = atLeastLetters(200)
  const FRENCH_SIGNS = /\b(le|la|les|des|du|une|est|et|pour|avec|nous|vous|notre|votre|dans|sur|au|aux)\b|[éèêàçùœ]|[dlj][’']/g
  const ENGLISH_SIGNS = /\b(the|and|is|are|for|with|we|you|our|your|to|of|in|on)\b/g
  function occurrences(pattern: RegExp, text: string): number {
    pattern.lastIndex = 0
    let count = 0
    while (pattern.test(text)) count++
    return count
  }
  function guessByFunctionWords(blocks: readonly LanguageCandidate[], margin: number): Language | undefined {
    const text = blocks.map((b) => b.text).join(' ').toLowerCase()
    const french = occurrences(FRENCH_SIGNS, text)
    const english = occurrences(ENGLISH_SIGNS, text)
    if (Math.abs(french - english) < margin) return undefined
    return french > english ? 'fr' : 'en'
  }
  function detectLanguage(text: string): Language | undefined {
    if (!ENOUGH_LETTERS.test(text)) return undefined
    return guessByFunctionWords([{ text }], NOT_SHORT.test(text) ? 6 : 2) ?? FRANC_CODES[franc(text, { only: ['eng', 'fra'], minLength: 1 })]
  }
  const shortBlockGuess = (text: string) => guessByFunctionWords([{ text }], 2)
  function assignLanguages(blocks: readonly LanguageCandidate[], fallback: Language = 'en'): { languages: Language[]; main: Language } {
    const guesses = blocks.map((b) => b.fixed ?? (b.detected === undefined ? detectLanguage(b.text) : b.detected ?? undefined))
    const weight: Record<Language, number> = { en: 0, fr: 0 }
    guesses.forEach((g, i) => {
      if (g) weight[g] += blocks[i].text.length
    })
    guesses.forEach((g, i) => {
      if (!g) guesses[i] = blocks[i].guess === undefined ? shortBlockGuess(blocks[i].text) : blocks[i].guess ?? undefined
    })
    let main: Language
    if (weight.en || weight.fr) main = weight.fr > weight.en ? 'fr' : 'en'
    else main = detectLanguage(blocks.map((b) => b.text).join('\n')) ?? guessByFunctionWords(blocks, 1) ?? fallback
    return { languages: guesses.map((g) => g ?? main), main }
  }
  return { detectLanguage, shortBlockGuess, assignLanguages }
})()

// Function words of both languages in both cases, the characters the French signs look for,
// letters of every kind (astral ones too), and what is not a letter: combining accents, emoji,
// lone surrogates, digits; İ and the Kelvin sign lower-case to ASCII.
const pieces = [
  'the ', 'The ', 'and ', 'AND ', 'is ', 'you ', 'of ', 'in ', 'with ', 'and’', 'le ', 'Les ', 'des ', 'nous ', 'NOUS ', 'est ', 'et ', 'aux ', "l'", 'd’', 'J’',
  'é', 'É', 'ç', 'œ', 'Œ', 'ù', 'a', 'Z', 'word ', 'leverage ', 'booster ', 'ß', 'ж', '中', 'ª', '𝒜', '𐐀',
  ' ', '\n', '.', ',', '1', '-', '’', "'", '\u0301', '😀', '\ud835', '\udc9c', 'İ', '\u212a', '_',
]
const letterRun = fc.tuple(fc.constantFrom('a', 'é', '𝒜', 'ab '), fc.integer({ min: 1, max: 210 })).map(([s, n]) => s.repeat(n))
const text = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: letterRun }), { maxLength: 120 })
  .map((parts) => parts.join(''))
const lettersByRegex = (s: string) => [...s.matchAll(/\p{L}/gu)].length

describe('language detection against the regex-counting reference', () => {
  it('counts letters as \\p{L} does, for every code point, lone surrogates included', () => {
    const miscounted: string[] = []
    for (let point = 0; point <= 0x10ffff; point++) {
      const s = String.fromCodePoint(point)
      if (countLetters(s, 2) !== lettersByRegex(s)) miscounted.push(`U+${point.toString(16)}`)
    }
    expect(miscounted).toEqual([])
  })

  it('counts letters up to the cap on generated text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 250 }), (t, cap) => {
        expect(countLetters(t, cap)).toBe(Math.min(cap, lettersByRegex(t)))
      }),
      { numRuns: 3000, seed: 11 },
    )
  })

  it('answers as the reference does on generated text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(detectLanguage(t)).toBe(reference.detectLanguage(t))
        expect(shortBlockGuess(t)).toBe(reference.shortBlockGuess(t))
      }),
      { numRuns: 3000, seed: 12 },
    )
  })

  it('assigns languages as the reference does to generated documents', () => {
    const candidate = fc.record(
      { text, fixed: fc.constantFrom<Language>('en', 'fr'), detected: fc.constantFrom<Language | null>('en', 'fr', null), guess: fc.constantFrom<Language | null>('en', 'fr', null) },
      { requiredKeys: ['text'] },
    )
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 6 }), fc.constantFrom<Language>('en', 'fr'), (blocks, fallback) => {
        expect(assignLanguages(blocks, fallback)).toEqual(reference.assignLanguages(blocks, fallback))
      }),
      { numRuns: 1500, seed: 13 },
    )
  })

  it('answers as the reference does on every block of the bench documents', () => {
    for (const language of ['en', 'fr'] as const) {
      const document = generateDocument(language, 200_000)
      const cuts = [...markdownPieces(document), document.length]
      const blocks = cuts.slice(1).flatMap((end, i) => parseDocumentText(document.slice(cuts[i], end), 'markdown').units.map((unit) => unit.text))
      expect(blocks.map(detectLanguage)).toEqual(blocks.map(reference.detectLanguage))
      expect(blocks.map(shortBlockGuess)).toEqual(blocks.map(reference.shortBlockGuess))
    }
  })
})
