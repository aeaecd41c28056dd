import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/engine/index.js'
import { asciiEvidencePoints, assignLanguages, detectLanguage, evidencePoints, shortBlockGuess, type LanguageCandidate } from '../../src/engine/text/language.js'
import { countLetters, countWords, wordCharWidth } from '../../src/engine/text/letters.js'
import { parseDocumentText } from '../../src/engine/parse/parse.js'
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


const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/languages/${name}.md`, import.meta.url)), 'utf8')
/** Each block of a markdown document with the language it is given, as lint() gives it. */
function languagesOf(text: string): string[] {
  const { units } = parseDocumentText(text, 'markdown')
  const { languages } = assignLanguages(units.map((unit) => ({ text: unit.text })))
  return units.map((unit, i) => `${languages[i]} ${unit.text.split(/\s+/).slice(0, 3).join(' ')}`)
}
const englishCopy = `${english}\n\nOur partners reach customers in every region, and they tell us what those customers ask for.`
const frenchCopy = `${french}\n\nNos partenaires trouvent des clients dans chaque région et nous disent ce que ces clients demandent.`

describe('short blocks follow the document unless their own words clearly say otherwise', () => {
  it('keeps a title-cased English H1 in an English document English, however long', () => {
    expect(languagesOf(`# Acme Nimbus Launches World-Class Platform\n\n${englishCopy}`)[0]).toBe('en Acme Nimbus Launches')
    expect(summary(`# Acme Nimbus Launches Best-in-Class Collaboration Platform\n\n${englishCopy}`)[0]).toBe('en buzz Best-in-Class')
    expect(languagesOf(`# Connect Different Systems Across Various Environments\n\n${englishCopy}`)[0]).toBe('en Connect Different Systems')
  })

  it('gives a heading with a clear function word of the other language that language', () => {
    // "notre" is French only: a French heading above English copy is a French heading.
    expect(languagesOf(`## Notre offre\n\n${englishCopy}`)[0]).toBe('fr Notre offre')
    expect(languagesOf(`## Our offer\n\n${frenchCopy}`)[0]).toBe('en Our offer')
  })

  it('lets one-word headings, product names and weak hints (an accent, "le", a URL) follow the document', () => {
    const blocks = '# Introduction\n\n## Café\n\n- Nimbus Core\n- Nimbus Vault Pro\n- Le Monde Edition\n\n## FAQ\n\nSee https://www.example.fr/les-offres-de-la-semaine-du-mois-pour-vous'
    for (const [copy, language] of [[englishCopy, 'en'], [frenchCopy, 'fr']] as const) {
      const languages = languagesOf(`${blocks}\n\n${copy}`).map((l) => l.slice(0, 2))
      expect(languages).toEqual(languages.map(() => language))
    }
  })

  it('keeps a long run of Latin technical nouns with no French evidence in the English document English', () => {
    // franc alone reads both as French (12 words or more, so franc decides unless evidence does).
    const nouns = 'Breaks down a source map comment into groups: Groups: 1: media type, 2: MIME type, 3: charset, 4: encoding, 5: data.'
    const list = '- Make powerful queries: Built-in filtering, pagination, pattern search, bulk insert, update, delete mutations'
    expect(detectLanguage(nouns)).toBeUndefined()
    expect(languagesOf(`${nouns}\n\n${list}\n\n${englishCopy}`).map((l) => l.slice(0, 2))).toEqual(['en', 'en', 'en', 'en'])
    // The same nouns with one French word of their own stay French, in either document.
    const french = 'Découpe un commentaire de source map en groupes : media type, MIME type, charset, encoding, data.'
    expect(detectLanguage(french)).toBe('fr')
    expect(languagesOf(`${french}\n\n${englishCopy}`)[0].slice(0, 2)).toBe('fr')
  })

  it('reads English possessives and contractions (world’s, Paul’s, could’ve) as no French elision', () => {
    expect(shortBlockGuess('World’s Leading Cloud, Paul’s Choice')).toBeUndefined()
    expect(shortBlockGuess("Could've Won Ted's Vote")).toBeUndefined()
    expect(shortBlockGuess("l'offre d'une équipe")).toBe('fr')
  })

  it('keeps a French paragraph and quote French in an English document, and the reverse', () => {
    expect(languagesOf(fixture('english-with-french'))).toEqual([
      'en Acme Nimbus Launches', 'en Acme Nimbus helps', 'fr Notre offre', 'en The French office',
      "fr Nous lançons aujourd'hui", 'fr « Nous avons', 'en Teams in both', 'en You can move',
      'en Pricing', 'en Nimbus Core', 'en Nimbus Vault', 'en Nimbus Studio Pro', 'en FAQ', 'en Questions?', 'en Write to us',
    ])
    expect(languagesOf(fixture('french-with-english'))).toEqual([
      'fr Acme Nimbus lance', 'fr Acme Nimbus aide', 'en Our offer', 'fr Le bureau de', 'en We are launching',
      'en "We finally have', 'fr Les équipes des', 'fr Vous pouvez déplacer', 'fr Tarifs', 'fr Nimbus Core', 'fr Nimbus Vault',
      'fr Nimbus Studio Pro', 'fr FAQ', 'fr Des questions ?', 'fr Écrivez-nous : nous',
    ])
  })

  it('weighs blocks by their letters, not by the spaces and markup around them', () => {
    // 300 spaces before a short English paragraph once outweighed a longer French one.
    const blocks = [{ text: `${' '.repeat(300)}${english}` }, { text: `${french} ${french}` }, { text: 'Booster' }]
    expect(assignLanguages(blocks)).toEqual({ languages: ['en', 'fr', 'fr'], main: 'fr' })
  })
})

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

const neutralWord = fc.constantFrom('Acme', 'Nimbus', 'Launches', 'World-Class', 'Platform', 'Vault', 'Pro', '2026', 'FAQ', 'Booster', 'Cloud', 'AI', '—', '!')
const neutralBlock = fc.array(neutralWord, { minLength: 1, maxLength: 11 }).map((words) => words.join(' '))
const lettersByRegex = (s: string) => [...s.matchAll(/\p{L}/gu)].length

describe('language detection on generated text', () => {
  it('counts letters as \\p{L} does, and word characters as [\\p{L}\\p{N}_], for every code point, lone surrogates included', () => {
    const miscounted: string[] = []
    for (let point = 0; point <= 0x10ffff; point++) {
      const s = String.fromCodePoint(point)
      if (countLetters(s, 2) !== lettersByRegex(s)) miscounted.push(`U+${point.toString(16)}`)
      if (wordCharWidth(s, 0) !== (/^[\p{L}\p{N}_]$/u.test(s) ? s.length : 0)) miscounted.push(`word U+${point.toString(16)}`)
    }
    expect(miscounted).toEqual([])
  })

  it('counts letters and words up to the cap on generated text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 250 }), (t, cap) => {
        expect(countLetters(t, cap)).toBe(Math.min(cap, lettersByRegex(t)))
        expect(countWords(t, cap)).toBe(Math.min(cap, t.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length))
      }),
      { numRuns: 3000, seed: 11 },
    )
  })

  it('gives a short block with no evidence of its own the language of the document', () => {
    fc.assert(
      fc.property(fc.array(neutralBlock, { minLength: 1, maxLength: 4 }), fc.constantFrom<[string, Language]>([english, 'en'], [french, 'fr']), (short, [copy, language]) => {
        const { languages, main } = assignLanguages([{ text: copy }, ...short.map((t) => ({ text: t }))])
        expect(main).toBe(language)
        expect(languages).toEqual(languages.map(() => language))
      }),
      { numRuns: 500, seed: 14 },
    )
  })

  it('assigns the same whether each block was detected beforehand, as a session does, or not', () => {
    const block = fc.record({ text, fixed: fc.constantFrom<Language>('en', 'fr') }, { requiredKeys: ['text'] })
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), fc.constantFrom<Language>('en', 'fr'), (blocks, fallback) => {
        const known = blocks.map((b): LanguageCandidate => {
          const detected = detectLanguage(b.text) ?? null
          return { ...b, detected, guess: detected ? null : shortBlockGuess(b.text) ?? null, letters: countLetters(b.text, Infinity) }
        })
        expect(assignLanguages(known, fallback)).toEqual(assignLanguages(blocks, fallback))
      }),
      { numRuns: 1500, seed: 13 },
    )
  })
})

// guessByEvidence reads ASCII text without lower-casing it or cutting out its words: its points
// must be those of the general count over the text lower-cased.
describe('the function words of ASCII text', () => {
  const PIECES = ['the', 'The', 'THE', 'thE', 'and', 'of', 'a', 'A', 'an', 'about', 'abouts', 'which', 'le', 'LA', 'de', 'les', 'notre', 'votre', 'leurs', 'qu', 'l', 'D', 'c', 'n', 's', 'x', 'theater', 'lea', '9', '_', '0x', "'", "''", ' ', ' ', '\n', '.', ',', '-', '@', '[', '`', '{', 'Z', 'z']
  it('gives the points of the general count', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        expect(asciiEvidencePoints(text)).toEqual(evidencePoints(text.toLowerCase()))
      }),
      { numRuns: 20_000 },
    )
  })
})
