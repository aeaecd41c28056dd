// The fix test set (en.yaml, fr.yaml) stays well formed as rules and cases change: every case names
// a rule entry with suggestions, its flagged span is in its text, and each accepted sentence changes
// only that span and its neighbours, with one of the entry's suggestions.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain ESM script without types
import { heldoutOverlaps, overlaps } from '../../../scripts/eval/heldout-overlap.mjs'
// @ts-expect-error: a plain ESM script without types
import { checkCases, HELDOUT_SETS, LITERAL_DEV, LITERAL_DEV3, LITERAL_DEV4, LITERAL_DEV5, LITERAL_DEV6, readCases, readHeldout, readLiteralDev, readLiteralDev3, readLiteralDev4, readLiteralDev5, readLiteralDev6, ruleEntries, shortfalls, summary } from './check.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))

const base = {
  id: 'en-001', text: 'We streamlined the checkout last spring.', flagged: 'streamlined', rule: 'buzzwords',
  lemma: 'streamline', category: 'verb-ed', source: 'written', accept: ['We simplified the checkout last spring.'],
}

describe.each(['en', 'fr'])('fix test set (%s)', (lang) => {
  const cases = readCases(lang)
  it('has no malformed case', () => {
    expect(checkCases(lang, cases, ruleEntries(lang))).toEqual([])
  })
  it('meets the minimums of issue #15', () => {
    expect(shortfalls(summary(lang, cases))).toEqual([])
  })
})

describe.each(['en', 'fr'])('held-out literal senses (%s)', (lang) => {
  it('has no malformed case', () => {
    expect(checkCases(lang, readHeldout(lang), ruleEntries(lang), { heldout: true })).toEqual([])
  })
})

// Every held-out set of every language it declares, the second set (heldout2-LANG.yaml) included.
const heldoutFiles = Object.entries(HELDOUT_SETS as Record<string, string[]>).flatMap(([set, langs]) => langs.map((lang) => [set, lang]))
describe.each(heldoutFiles)('held-out set %s (%s)', (set, lang) => {
  const cases = readHeldout(lang, set)
  it('has no malformed case', () => {
    expect(checkCases(lang, cases, ruleEntries(lang), { heldout: set })).toEqual([])
  })
  it('holds its own sentences, none of another held-out set', () => {
    const others = heldoutFiles.filter(([s, l]) => l === lang && s !== set).flatMap(([s]) => readHeldout(lang, s).map((c: { text: string }) => c.text))
    expect(cases.filter((c: { text: string }) => others.includes(c.text))).toEqual([])
  })
})

// The second development set (literal-dev-LANG.yaml): well formed, at least 60 English and 30 French
// real sentences, none of them a sentence of a held-out set (compared, never printed).
describe.each(LITERAL_DEV.languages as string[])('second development set of literal senses (%s)', (lang) => {
  const cases = readLiteralDev(lang)
  it('has no malformed case', () => {
    expect(checkCases(lang, cases, ruleEntries(lang), { heldout: LITERAL_DEV.set })).toEqual([])
  })
  it('holds enough real sentences', () => {
    expect(cases.filter((c: { source: string }) => c.source !== 'written').length).toBeGreaterThanOrEqual(lang === 'en' ? 60 : 30)
  })
  it('holds no sentence of a held-out set', () => {
    const heldout = new Set(heldoutFiles.filter(([, l]) => l === lang).flatMap(([s]) => readHeldout(lang, s).map((c: { text: string }) => c.text)))
    expect(cases.filter((c: { text: string }) => heldout.has(c.text)).length).toBe(0)
  })
})

// The third and fourth development sets (literal-dev3-LANG.yaml: old and literary French, English
// novels of 1840-1920; literal-dev4-LANG.yaml: expository prose, OpenStax textbooks no held-out set
// quotes and French essays and treatises of OBVIL's criticism corpus): well formed, enough real sentences, none of them a text of another test file (compared
// folded, never printed).
const LATER_DEV_SETS = [
  ...(LITERAL_DEV3.languages as string[]).map((lang) => ({ name: 'third', lang, file: `literal-dev3-${lang}.yaml`, set: LITERAL_DEV3.set, read: readLiteralDev3, least: 80 })),
  ...(LITERAL_DEV4.languages as string[]).map((lang) => ({ name: 'fourth', lang, file: `literal-dev4-${lang}.yaml`, set: LITERAL_DEV4.set, read: readLiteralDev4, least: lang === 'en' ? 120 : 100 })),
  // literal-dev5-en.yaml (session 35): an encyclopaedia of computing and a law textbook.
  ...(LITERAL_DEV5.languages as string[]).map((lang) => ({ name: 'fifth', lang, file: `literal-dev5-${lang}.yaml`, set: LITERAL_DEV5.set, read: readLiteralDev5, least: 80 })),
  // literal-dev6-en.yaml (session 36): statistics and a general dictionary's many fields.
  ...(LITERAL_DEV6.languages as string[]).map((lang) => ({ name: 'sixth', lang, file: `literal-dev6-${lang}.yaml`, set: LITERAL_DEV6.set, read: readLiteralDev6, least: 80 })),
]
describe.each(LATER_DEV_SETS)('$name development set of literal senses ($lang)', ({ lang, file, set, read, least }) => {
  const cases = read(lang)
  it('has no malformed case', () => {
    expect(checkCases(lang, cases, ruleEntries(lang), { heldout: set })).toEqual([])
  })
  it(`holds at least ${least} real sentences`, () => {
    expect(cases.filter((c: { source: string }) => c.source !== 'written').length).toBeGreaterThanOrEqual(least)
  })
  it('shares no sentence with another test text', () => {
    expect(heldoutOverlaps(join(here, file)).length).toBe(0)
  })
})

describe('the checker of the second held-out set', () => {
  const rules = ruleEntries('en')
  const heldout2 = {
    id: 'en-heldout2-001', text: 'The cutting edge of a knife that has been sharpened has a smaller surface area than a dull knife.', flagged: null,
    rule: 'hype', category: 'literal-sense', source: 'https://example.org/chemistry (CC BY 4.0)',
  }
  const problems = (changes: object) => checkCases('en', [{ ...heldout2, ...changes }], rules, { heldout: 'heldout2' })

  it('accepts a good case', () => expect(problems({})).toEqual([]))
  it('reports an id of the first held-out set', () => {
    expect(problems({ id: 'en-heldout-001' })).toEqual([expect.stringMatching(/LANG-heldout2-NNN/)])
  })
  it('reports an id of the other language', () => {
    expect(problems({ id: 'fr-heldout2-001' })).toEqual([expect.stringMatching(/LANG-heldout2-NNN/)])
  })
  it('reports a malformed case: a flagged span, a rule that does not exist', () => {
    expect(problems({ flagged: 'cutting edge', rule: 'no-such-rule' })).toEqual([expect.stringMatching(/no rule file/), expect.stringMatching(/flagged: null/)])
  })
})

// The French second set is checked as the English one is: a malformed French case is reported.
describe('the checker of the second held-out set, in French', () => {
  const rules = ruleEntries('fr')
  const heldout2 = {
    id: 'fr-heldout2-001', text: "L'heure de pointe est la période de la journée pendant laquelle un trafic est le plus important.", flagged: null,
    rule: 'hype', category: 'literal-sense', source: 'https://example.org/transport (CC BY-SA 4.0)', read_at: 'http://mirror.example/transport',
  }
  const problems = (changes: object) => checkCases('fr', [{ ...heldout2, ...changes }], rules, { heldout: 'heldout2' })

  it('is declared, so that the tests above check heldout2-fr.yaml', () => expect(HELDOUT_SETS.heldout2).toContain('fr'))
  it('accepts a good case', () => expect(problems({})).toEqual([]))
  it('reports an id of the English set or of the first French set', () => {
    expect(problems({ id: 'en-heldout2-001' })).toEqual([expect.stringMatching(/LANG-heldout2-NNN/)])
    expect(problems({ id: 'fr-heldout-001' })).toEqual([expect.stringMatching(/LANG-heldout2-NNN/)])
  })
  it('reports a flagged span, a source without its licence and a read_at that is no address', () => {
    expect(problems({ flagged: 'de pointe', source: 'https://example.org/transport', read_at: 'a mirror' })).toEqual([
      expect.stringMatching(/read_at/), expect.stringMatching(/source/), expect.stringMatching(/flagged: null/),
    ])
  })
})

describe('the checker of the held-out set', () => {
  const rules = ruleEntries('en')
  const heldout = {
    id: 'en-heldout-001', text: 'The debt that a firm uses is often referred to as financial leverage.', flagged: null,
    rule: 'buzzwords', category: 'literal-sense', source: 'https://example.org/finance (CC BY 4.0)',
  }
  const problems = (changes: object) => checkCases('en', [{ ...heldout, ...changes }], rules, { heldout: true })

  it('accepts a good case, with the address read', () => expect(problems({ read_at: 'http://mirror.example/finance' })).toEqual([]))
  it('reports an id of the main set', () => {
    expect(problems({ id: 'en-literal-001' })).toEqual([expect.stringMatching(/LANG-heldout-NNN/)])
  })
  it('reports a case that is not a literal sense', () => {
    expect(problems({ category: 'verb-ed', flagged: 'leverage' })).toEqual(expect.arrayContaining([expect.stringMatching(/held-out case is a literal-sense case/)]))
  })
  it('reports a flagged span', () => {
    expect(problems({ flagged: 'leverage' })).toEqual([expect.stringMatching(/flagged: null/)])
  })
  it('reports a source without its licence', () => {
    expect(problems({ source: 'https://example.org/finance' })).toEqual([expect.stringMatching(/source must be/)])
  })
})

describe('the checker', () => {
  const rules = ruleEntries('en')
  const problems = (changes: object) => checkCases('en', [{ ...base, ...changes }], rules)

  it('accepts a good case', () => expect(problems({})).toEqual([]))
  it('reports a flagged span missing from the text', () => {
    expect(problems({ flagged: 'streamlines' })).toEqual([expect.stringMatching(/flagged "streamlines" is not in the text/)])
  })
  it('reports a lemma that no entry with suggestions has', () => {
    expect(problems({ lemma: 'streamlining thing' })).toEqual([expect.stringMatching(/no phrase of an entry/)])
  })
  it('reports an accepted sentence that rewrites the rest of the sentence', () => {
    expect(problems({ text: 'We streamlined the checkout for all of our shoppers in the spring of last year.', accept: ['We simplified the checkout for all of our shoppers in the autumn of last year.'] }))
      .toEqual([expect.stringMatching(/outside the flagged span/)])
  })
  it('reports an accepted sentence that uses none of the suggestions', () => {
    expect(problems({ accept: ['We redesigned the checkout last spring.'] })).toEqual([expect.stringMatching(/none of the suggestions/)])
  })
  it('reports a repeated id', () => {
    expect(checkCases('en', [base, base], rules)).toEqual([expect.stringMatching(/duplicate id/)])
  })
})

// The third French held-out set (heldout3-fr.yaml) is declared, so the tests above check its format
// and keep its sentences apart from the other held-out sets; a malformed case is reported.
describe('the checker of the third held-out set', () => {
  const rules = ruleEntries('fr')
  const heldout3 = {
    id: 'fr-heldout3-001', text: 'Ce sont des vers que le compositeur va mettre en musique.', flagged: null,
    rule: 'buzzwords', category: 'literal-sense', source: 'https://example.org/music (public domain)',
  }
  const problems = (changes: object) => checkCases('fr', [{ ...heldout3, ...changes }], rules, { heldout: 'heldout3' })

  it('is declared for French', () => expect(HELDOUT_SETS.heldout3).toEqual(['fr']))
  it('accepts a good case', () => expect(problems({})).toEqual([]))
  it('reports an id of another held-out set', () => {
    expect(problems({ id: 'fr-heldout2-001' })).toEqual([expect.stringMatching(/LANG-heldout3-NNN/)])
  })
  it('reports a flagged span and a case that is not a literal sense', () => {
    expect(problems({ flagged: 'mettre en musique' })).toEqual([expect.stringMatching(/flagged: null/)])
    expect(problems({ flagged: 'mettre en musique', category: 'infinitive' })).toEqual(expect.arrayContaining([expect.stringMatching(/held-out case is a literal-sense case/)]))
  })
})

// No sentence of a held-out set is a text of another test file (compared folded, never printed).
describe('held-out overlap check', () => {
  it('finds a sentence typed with other apostrophes and spaces, inside a longer text', () => {
    const found = overlaps([{ id: 'fr-heldout3-001', text: "L'ami ment à l'ami." }], ['Il dit : « L’ami  ment à l’ami. »'])
    expect(found.map((c: { id: string }) => c.id)).toEqual(['fr-heldout3-001'])
  })
  it('ignores a short case text inside a held-out sentence', () => {
    expect(overlaps([{ id: 'x', text: 'Il faut un must pour tout le monde.' }], ['un must'])).toEqual([])
  })
  it('finds no overlap between the third French held-out set and the other test texts', () => {
    expect(heldoutOverlaps(join(here, 'heldout3-fr.yaml')).length).toBe(0)
  })
})
