// The rule kinds: their data in step with rules/schema.json, the readability formula a rule names,
// and the parse's nodes left as they were when a block is read through its nlcst tree.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { defaultRuleData, lint, LintSession, type RuleData } from '../../src/engine/index.js'
import { KINDS, kindOf } from '../../src/engine/kinds/index.js'
import { parseDocumentText } from '../../src/engine/parse/parse.js'
import { checkUnit } from '../../src/engine/pipeline/unit-check.js'
import { compileRules } from '../../src/engine/rules/rules.js'
import { BASE_FIELDS } from '../../src/engine/rules/rule-data.js'

interface KindBlock {
  if: { properties: { kind: { const: string } } }
  then: { required: string[]; propertyNames: { anyOf: [unknown, { enum: string[] }] } }
}
const schema = JSON.parse(readFileSync(new URL('../../rules/schema.json', import.meta.url), 'utf8'))
const blocks: KindBlock[] = schema.allOf
const sorted = (xs: readonly string[]) => [...xs].sort()

describe('RuleData and rules/schema.json', () => {
  it('name the same kinds, one block each', () => {
    expect(sorted(schema.properties.kind.enum)).toEqual(sorted(Object.keys(KINDS)))
    expect(sorted(blocks.map((b) => b.if.properties.kind.const))).toEqual(sorted(Object.keys(KINDS)))
  })

  it('agree on the fields every rule has (the build adds id and language)', () => {
    expect(sorted([...schema.definitions.ruleField.enum, 'id', 'language'])).toEqual(sorted([...BASE_FIELDS.required, ...BASE_FIELDS.optional]))
    expect(sorted([...schema.required, 'id', 'language'])).toEqual(sorted(BASE_FIELDS.required))
  })

  it.each(Object.entries(KINDS))('agree on the fields of a %s rule, and which are required', (name, kind) => {
    const block = blocks.find((b) => b.if.properties.kind.const === name)!
    expect(sorted(block.then.propertyNames.anyOf[1].enum)).toEqual(sorted([...kind.fields.required, ...kind.fields.optional]))
    expect(sorted(block.then.required)).toEqual(sorted(kind.fields.required))
    // Every field the kind has is described once, at the top of the schema.
    for (const field of [...kind.fields.required, ...kind.fields.optional]) expect(schema.properties[field]).toBeDefined()
  })

  it('hold every bundled rule to its kind’s fields', () => {
    for (const rule of defaultRuleData.rules) {
      const { fields } = kindOf(rule)
      const allowed = new Set([...BASE_FIELDS.required, ...fields.required, ...fields.optional])
      expect(Object.keys(rule).filter((k) => !allowed.has(k)), `${rule.language}/${rule.id}`).toEqual([])
    }
  })

  it('refuse a kind the table lacks, naming it', () => {
    const rule = { ...defaultRuleData.rules[0], kind: 'mystery' } as unknown as RuleData
    expect(() => compileRules({}, { ...defaultRuleData, rules: [rule] })).toThrow(/unknown kind “mystery” \(known kinds: existence,/)
  })
})

describe('readability', () => {
  // One French paragraph of 80 words: Kandel–Moles reads it easier than Flesch's English terms.
  const paragraph = Array(10).fill('Les équipes commerciales examinent attentivement les propositions techniques.').join(' ')
  // No paragraph reaches a score of 1000: each is flagged, and its message gives its score.
  const score = (formula: 'flesch' | 'kandel-moles') => {
    const rule: RuleData = {
      id: 'hard', language: 'fr', family: 'F7', theses: [15], kind: 'readability', severity: 'info', formula, min: 1000, minWords: 20,
      message: { en: 'reading ease {score}', fr: 'lisibilité {score}' }, why: { en: 'Why.', fr: 'Pourquoi.' }, sources: ['test'], examples: { bad: ['x'], good: ['y'] },
    }
    const [finding] = lint(paragraph, { language: 'fr', ruleData: { families: defaultRuleData.families, rules: [rule] } }).findings
    return Number(/lisibilité (-?\d+)/.exec(finding.message)?.[1])
  }

  it('scores by the formula the rule names', () => {
    // Kandel & Moles weigh syllables per word by 73.6, Flesch by 84.6: French reads easier by the first.
    expect(score('kandel-moles') - score('flesch')).toBeGreaterThan(10)
  })
})

describe('a block with no word and no mark', () => {
  // Inline code alone: one sentence of 0 words. checkUnit gives such a block to no rule unless its
  // kind says it can find something there (findsInWordless): rule data the schema refuses can.
  const rule = (fields: Partial<RuleData>): RuleData =>
    ({ id: 'r', language: 'en', family: 'F7', theses: [15], severity: 'info', message: { en: 'm {count}{score}', fr: 'm' }, why: { en: 'Why.', fr: 'Pourquoi.' }, sources: ['test'], examples: { bad: ['x'], good: ['y'] }, ...fields }) as RuleData
  const found = (fields: Partial<RuleData>, text = '`npm install`\n') => lint(text, { language: 'en', ruleData: { families: defaultRuleData.families, rules: [rule(fields)] } }).findings.map((f) => f.ruleId)

  it('is a long sentence where the max is under 0, and scored where minWords is not over 0', () => {
    expect(found({ kind: 'sentence-length', max: -1 } as Partial<RuleData>)).toEqual(['r'])
    expect(found({ kind: 'sentence-length', max: 0 } as Partial<RuleData>)).toEqual([])
    expect(found({ kind: 'readability', formula: 'flesch', min: 1000, minWords: 0 } as Partial<RuleData>)).toEqual(['r'])
    expect(found({ kind: 'readability', formula: 'flesch', min: 1000, minWords: 1 } as Partial<RuleData>)).toEqual([])
  })

  it('finds nothing with the bundled rules, in either language', () => {
    for (const language of ['en', 'fr'] as const) expect(lint('`npm install`\n\n[`Location`](#location)\n\n| `a` | `b` |\n|---|---|\n| `c` | `d` |\n', { language }).findings).toEqual([])
  })
})

describe('a block read through its nlcst tree', () => {
  it('leaves the parse’s nodes and their offsets as they were', () => {
    const text = '# Title\n\nFirst paragraph.\n\nWe leverage *synergies* with [a link](https://example.com).\n'
    const parsed = parseDocumentText(text, 'markdown', false)
    const before = JSON.stringify(parsed.units.map((u) => u.node))
    const compiled = compileRules()
    for (const unit of parsed.units) checkUnit(unit, text, parsed.masks, parsed.links, 'en', compiled, true)
    expect(JSON.stringify(parsed.units.map((u) => u.node))).toBe(before)
  })
})

describe('density and ratio scopes in a session', () => {
  // Short paragraphs with two intensifiers each: every one is a paragraph scope with findings.
  const text = Array.from({ length: 40 }, (_, i) => `${i % 10 ? '' : `## Part ${i}\n\n`}It is truly, incredibly fast ${i}.`).join('\n\n')

  it('judges again only the scopes whose counts changed, and moves the others’ findings', () => {
    const session = new LintSession()
    const first = session.lint(text)
    expect(first.findings.filter((f) => f.ruleId === 'intensifiers')).toHaveLength(80)
    expect(session.stats.judged).toBeGreaterThanOrEqual(40)
    const edited = text.replace('fast 21.', 'fast, twenty-one.')
    expect(session.lint(edited)).toEqual(lint(edited))
    expect(session.stats.judged).toBe(1)
    const moved = `A new first paragraph.\n\n${edited}`
    expect(session.lint(moved)).toEqual(lint(moved))
    expect(session.stats.judged).toBeLessThanOrEqual(1)
  })
})

describe('a ratio rule with `opening` (self-focus: a paragraph that opens on “we” and never says “you”)', () => {
  const selfFocus = (text: string) => lint(text, { format: 'markdown', language: 'en' }).findings.filter((f) => f.ruleId === 'self-focus')
  // A section that says "we" more often than "you", under the count's 6: only the opening judges it.
  const plain = 'The post is in Leeds, four days a week, and pays £38,000.'

  it('flags the first word of such a paragraph, in a section the count alone leaves alone', () => {
    const text = `# Jobs\n\nWe need a designer who cares about our customers. Our team ships every week.\n\n${plain}`
    const found = selfFocus(text)
    expect(found).toHaveLength(1)
    expect(text.slice(found[0].offset, found[0].endOffset)).toBe('We')
  })

  it('leaves alone a paragraph whose “we” is inside the sentence, one with inline code, a narrator in the past, and one sentence alone', () => {
    expect(selfFocus(`# Jobs\n\nWe need a designer who cares about our customers.\n\n${plain}`)).toHaveLength(0)
    expect(selfFocus(`# Jobs\n\nThis year we need a designer who cares about our customers. Our team ships every week.\n\n${plain}`)).toHaveLength(0)
    expect(selfFocus(`# Loops\n\nWe call \`lock\` first, and our team waits. Our loop ends.\n\n${plain}`)).toHaveLength(0)
    expect(selfFocus(`# Chapter 3\n\nWe walked to the harbour with our customers. Our boat was gone.\n\n${plain}`)).toHaveLength(0)
    expect(selfFocus(`# Jobs\n\nWe need a designer who cares about our customers and about you. Our team ships every week.\n\n${plain}`)).toHaveLength(0)
    // no word of copy's business (a textbook's "we"), and advice
    expect(selfFocus(`# Limits\n\nWe will now return to our set of functions. Our next step is their limits.\n\n${plain}`)).toHaveLength(0)
    expect(selfFocus(`# Install\n\nWe strongly recommend the signed build, which our team publishes weekly. It is on the releases page.\n\n${plain}`)).toHaveLength(0)
  })

  it('adds nothing in a section the count already flags, nor in one that talks to the reader more', () => {
    const brochure = 'We build it. We test it. We ship it. We fix it. We love it. Our team sells it.'
    expect(selfFocus(`# About\n\n${brochure}\n\nWe need a designer who cares about our customers.`)).toHaveLength(1)
    expect(selfFocus(`# Jobs\n\nWe need a designer who cares about our customers.\n\nSend your CV: you will hear from your recruiter, and you can call your contact.`)).toHaveLength(0)
  })
})

describe('a ratio rule with `inclusive` phrases (self-focus and “let’s”)', () => {
  const brochure = 'We build it. We test it. We ship it. We fix it. We love it. Our team sells it.'
  const selfFocus = (text: string) => lint(text, { format: 'markdown', language: 'en' }).findings.filter((f) => f.ruleId === 'self-focus')

  it('does not judge a section whose “we” takes the reader in, wherever the “let’s” stands in it', () => {
    expect(selfFocus(`# Loops\n\n${brochure}`)).toHaveLength(1)
    expect(selfFocus(`# Loops\n\nLet’s write a loop.\n\n${brochure}`)).toHaveLength(0)
    expect(selfFocus(`# Loops\n\n${brochure}\n\n- and let's see why it failed`)).toHaveLength(0)
  })

  it('judges the other sections, a quoted “let’s”, and “let us know” (the company again)', () => {
    expect(selfFocus(`# Loops\n\nLet’s write a loop.\n\n# About\n\n${brochure}`)).toHaveLength(1)
    expect(selfFocus(`# About\n\nThey said “let’s go”.\n\n${brochure}`)).toHaveLength(1)
    expect(selfFocus(`# About\n\nLet us know.\n\n${brochure}`)).toHaveLength(1)
  })

  it('in a session, a “let’s” typed in or deleted elsewhere in the section changes the verdict', () => {
    const session = new LintSession()
    let text = `# Loops\n\nIntro.\n\n${brochure}`
    expect(session.lint(text).findings.filter((f) => f.ruleId === 'self-focus')).toHaveLength(1)
    text = text.replace('Intro.', 'Let’s begin.')
    expect(session.lint(text)).toEqual(lint(text))
    expect(session.lint(text).findings.filter((f) => f.ruleId === 'self-focus')).toHaveLength(0)
    text = text.replace('Let’s begin.', 'Intro.')
    expect(session.lint(text)).toEqual(lint(text))
    expect(session.lint(text).findings.filter((f) => f.ruleId === 'self-focus')).toHaveLength(1)
  })
})
