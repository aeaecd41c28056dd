import { describe, expect, it } from 'vitest'
import { lint } from '../../src/engine/index.js'
import { testRules } from '../fixtures/rule-set.js'
import { actuals, check } from '../helpers.js'

const en = { language: 'en' } as const
const fr = { language: 'fr' } as const

describe('phrase matching', () => {
  it('ignores case and reports exact ranges', () => {
    expect(check('We LEVERAGE it.\nLeverage helps.', { ...en, config: { rules: { shout: 'off' } } })).toEqual(['1:4-1:12 buzz “LEVERAGE”', '2:1-2:9 buzz “Leverage”'])
  })

  it('treats hyphens and spaces alike', () => {
    expect(actuals('A best in class team. A best-in-class team.', en)).toEqual(['best in class', 'best-in-class'])
  })

  it('treats straight and curly apostrophes alike', () => {
    expect(actuals("In today’s fast-paced world. In today's fast paced world.", en)).toEqual(['today’s fast-paced world', "today's fast paced world"])
  })

  it('matches English inflections, unless the entry says not to', () => {
    expect(actuals('We leveraged it, leveraging more. Synergies abound.', en)).toEqual(['leveraged', 'leveraging', 'Synergies'])
    expect(actuals('What is the ask? The asking price rose.', en)).toEqual(['the ask'])
  })

  it('does not match inside other words', () => {
    expect(actuals('Leveraged buyouts aside, deleverage is a word.', en)).toEqual(['Leveraged'])
  })

  it('matches French gender and number', () => {
    expect(actuals('Des offres disruptives, un outil disruptif, des outils innovants et des solutions innovantes.', fr)).toEqual([
      'disruptives',
      'disruptif',
      'innovants',
      'innovantes',
    ])
  })

  it('matches French verb forms of anglicisms', () => {
    expect(actuals('Nous boostons les ventes, boostées par la pub ; cela impacte tout et a impacté le reste.', fr)).toEqual([
      'boostons',
      'boostées',
      'impacte',
      'impacté',
    ])
  })

  it('sees through French elision with either apostrophe, and missing accents or ligatures', () => {
    expect(actuals('L’expérience client compte. L\'experience client aussi. Placer le client au coeur !', fr)).toEqual([
      'L’expérience client',
      "L'experience client",
      'Placer le client au coeur',
    ])
  })

  it('sees through soft hyphens, zero-width characters, fullwidth letters and look-alike letters, reporting the text as written', () => {
    const hidden = ['lever\u00ADage', 'lever\u200Bage', 'lever\u200Cage', 'lever\u200Dage', 'lever\u2060age', 'l\u0435verage', 'lever\u0430ge', 'ｌｅｖｅｒａｇｅ', 'Ｌｅｖｅｒａｇｉｎｇ', 'lev\u03B5rage']
    for (const word of hidden) {
      for (const format of ['markdown', 'text'] as const) {
        const text = `We ${word} it, *we ${word}* it.`
        const findings = lint(text, { ruleData: testRules, language: 'en', format, config: { rules: { shout: 'off' } } }).findings
        expect(findings.map((f) => [f.ruleId, f.actual, text.slice(f.offset, f.endOffset)])).toEqual([
          ['buzz', word, word],
          ['buzz', word, word],
        ])
      }
    }
    // A phrase of several words, one of them hidden: the range spans them as written.
    expect(actuals('A best-in-cl\u200Bass team, a b\u0435st in class team.', en)).toEqual(['best-in-cl\u200Bass', 'b\u0435st in class'])
  })

  it('maps look-alike letters only inside an otherwise Latin word', () => {
    const config = { phrases: [{ phrase: 'eco' }] }
    // Latin e, then Cyrillic с and о: a Latin word in disguise. All three Cyrillic: a Russian word.
    expect(actuals('An e\u0441\u043E label, an \u0435\u0441\u043E label.', { ...en, config })).toEqual(['e\u0441\u043E'])
  })

  it('never crosses punctuation', () => {
    expect(actuals("Voici l'expérience. Client fidèle.", fr)).toEqual([])
    expect(actuals('best, in class', en)).toEqual([])
  })

  it('runs token patterns with alternatives and wildcards', () => {
    expect(check('We are the leading provider of tools. We are the best team in town.', en)).toEqual([
      '1:8-1:31 brag “the leading provider of”',
      '1:39-1:62 brag “We are the best team in”',
    ])
  })

  it('keeps the longest of overlapping matches of a rule', () => {
    expect(actuals('the foremost vendor of', en)).toEqual(['the foremost vendor of'])
  })
})

describe('exceptions and accepted words', () => {
  it('skips literal senses listed as exceptions, for the rule and for one entry', () => {
    expect(actuals('The financial leverage rose. Drug synergy is real. Team synergy is not.', en)).toEqual(['synergy'])
    expect(actuals('Une empreinte digitale, une stratégie digitale.', fr)).toEqual(['digitale'])
  })

  it('never flags accepted words, in any form', () => {
    const options = { ...en, config: { accept: ['leverage'] } }
    expect(actuals('We leverage and leveraged synergy.', options)).toEqual(['synergy'])
  })

  it('accepted phrases shield the words inside them', () => {
    expect(actuals('La Stratégie Digitale est notre marque. Une stratégie digitale.', { ...fr, config: { accept: ['Stratégie Digitale'] } })).toEqual([])
  })
})

describe('findings', () => {
  it('carry every field of the contract', () => {
    const [f] = lint('We leverage it.', { ruleData: testRules, language: 'en' }).findings
    expect(f).toEqual({
      ruleId: 'buzz',
      source: 'cluetrain-lint',
      severity: 'warning',
      message: '“leverage” is jargon (F1 buzzwords and jargon, theses 14). Try “use” or “build on”.',
      line: 1,
      column: 4,
      endLine: 1,
      endColumn: 12,
      offset: 3,
      endOffset: 11,
      actual: 'leverage',
      expected: ['use', 'build on'],
      principle: { id: 'F1', name: 'buzzwords and jargon' },
      theses: [14],
      url: 'https://github.com/cluetrain-lint/cluetrain-lint/blob/main/docs/rules.md#buzz',
      language: 'en',
    })
  })

  it('speaks the language of the text unless a locale is asked for', () => {
    const text = 'Il faut booster les ventes.'
    expect(lint(text, { ruleData: testRules }).findings[0].message).toBe('« booster » est du jargon (F11 anglicismes, thèses 14). Essayez « stimuler ».')
    expect(lint(text, { ruleData: testRules, locale: 'en' }).findings[0].message).toBe('“booster” is jargon (F11 anglicisms in French copy, theses 14). Try “stimuler”.')
  })

  it('capitalises suggestions like the text they replace, and an empty list means cut it', () => {
    const [leverage, synergy] = lint('Leverage our synergy.', { ruleData: testRules, language: 'en' }).findings
    expect(leverage.expected).toEqual(['Use', 'Build on'])
    expect(synergy.expected).toEqual([])
    expect(synergy.message).toMatch(/Cut it, or replace it with a fact\.$/)
  })

  it('takes severity from the config and drops rules turned off', () => {
    const text = 'We leverage it. We are the leading vendor of tools.'
    const result = lint(text, { ruleData: testRules, language: 'en', config: { rules: { buzz: 'error', brag: 'off' } } })
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['buzz', 'error']])
  })

  it('adds the team’s own phrases as the rule “custom”', () => {
    const config = { phrases: [{ phrase: 'rockstar', suggest: ['engineer'], message: 'Say what “{actual}” does' }] }
    const [f] = lint('Hiring a rockstar.', { ruleData: testRules, language: 'en', config }).findings
    expect([f.ruleId, f.actual, f.expected, f.message]).toEqual(['custom', 'rockstar', ['engineer'], 'Say what “rockstar” does (F1 buzzwords and jargon, theses 14). Try “engineer”.'])
  })
})

describe('entry exceptions', () => {
  it('shield only their own entry', () => {
    // “drug synergy” is an exception of the synergy entry only: “leverage” next to it is still flagged.
    expect(actuals('Drug synergy leverage.', { language: 'en', ruleData: testRules })).toEqual(['leverage'])
    const rules = structuredClone(testRules)
    rules.rules[0].entries![0].exceptions = ['leverage synergy']
    expect(actuals('We leverage synergy.', { language: 'en', ruleData: rules })).toEqual(['synergy'])
  })
})

describe('French typography', () => {
  it('a phrase ending in a number still matches before a full stop', () => {
    const rules = structuredClone(testRules)
    rules.rules[3].entries!.push({ phrase: 'vision 360', suggest: ['vue d’ensemble'] })
    expect(actuals('Une vision 360. Une vision 360 !', { language: 'fr', ruleData: rules })).toEqual(['vision 360', 'vision 360'])
  })
})
