// The self-focus rule's paragraph judgement (issue #16, kinds/ratio.ts): a paragraph of copy that
// says "we"/« nous » and never "you"/« vous », in a section that says "we" more often than "you",
// flagged once on its first "we", in both languages; and the "we" that is not a company's left alone.
import { describe, expect, it } from 'vitest'
import { lint, LintSession, type Finding } from '../../src/engine/index.js'

const selfFocus = (text: string, language: 'en' | 'fr' = 'en'): Finding[] => lint(text, { format: 'markdown', language }).findings.filter((f) => f.ruleId === 'self-focus')
const flagged = (text: string, language: 'en' | 'fr' = 'en') => selfFocus(text, language).map((f) => f.actual)

describe('self-focus: a paragraph judged on its own (English)', () => {
  const copy = 'Our team serves 40 clients in Leeds, and we answer every call ourselves.'

  it('flags a paragraph of copy about “we” on its first “we”, with the paragraph message', () => {
    const [finding, ...rest] = selfFocus(copy)
    expect(rest).toEqual([])
    expect(finding.actual).toBe('Our')
    expect(finding.severity).toBe('warning')
    expect(finding.message).toMatch(/^This paragraph says “we”\/“our” and never “you”: talk about the reader \(F8 /)
  })

  it('leaves a paragraph that talks to the reader, or calls on them', () => {
    expect(flagged('Our team serves 40 clients in Leeds, and you can call us any day.')).toEqual([])
    expect(flagged('Meet our team: 12 engineers who serve 40 clients in Leeds.')).toEqual([])
  })

  it('judges each paragraph of a section that says “we” more than “you”, none where “you” keeps up', () => {
    const section = `# About\n\n${copy}\n\nOur customers in York get the same service.\n\nYou can book online.`
    expect(selfFocus(section).map((f) => [f.line, f.actual])).toEqual([
      [3, 'Our'],
      [5, 'Our'],
    ])
    expect(flagged(`# About\n\n${copy}\n\nYou can book online, and you pay when you collect your bike.`)).toEqual([])
  })

  it('leaves the “we” that is not a company’s: no word of business, a walk through code, a narrator, a quotation, a heading', () => {
    expect(flagged('We walked to the river and we sat on the bank until dark.')).toEqual([])
    expect(flagged('We call `sort` on the list of customers, then we print what comes back.')).toEqual([])
    expect(flagged('We were late: the train had stopped at York, and we missed our meeting with the clients.')).toEqual([])
    expect(flagged('Our visitor, a client of the bank, smiled. “I have heard of your firm and its services,” he said.')).toEqual([])
    expect(flagged('# Our services\n\nYou can book a repair online.')).toEqual([])
  })

  it('does not judge a paragraph in a section with “let’s”, nor count quoted words', () => {
    expect(flagged(`# Loops\n\nLet’s write a loop.\n\n${copy}`)).toEqual([])
    expect(flagged('The clients said: “we love our new dashboard”.')).toEqual([])
  })

  it('flags a word once when the section and its paragraph both judge it, with the section message', () => {
    const brochure = 'We build it. We test it. We ship it. We fix it. We love it. Our team sells it.'
    const findings = selfFocus(brochure)
    expect(findings.map((f) => f.actual)).toEqual(['We'])
    expect(findings[0].message).toMatch(/^This section says “we”\/“our” 6 times/)
  })

  it('in a session, a “you” typed into another paragraph of the section changes the verdict', () => {
    const session = new LintSession()
    let text = `# About\n\n${copy}\n\nWe also repair bikes.`
    expect(session.lint(text)).toEqual(lint(text))
    expect(session.lint(text).findings.filter((f) => f.ruleId === 'self-focus')).toHaveLength(1)
    text = text.replace('We also repair bikes.', 'You can bring your bike; you pay when you collect it.')
    expect(session.lint(text)).toEqual(lint(text))
    expect(session.lint(text).findings.filter((f) => f.ruleId === 'self-focus')).toHaveLength(0)
  })
})

describe('self-focus: un paragraphe jugé seul (French)', () => {
  const copy = 'Notre équipe accompagne 40 clients à Lyon, et nous répondons nous-mêmes à chaque appel.'

  it('signale un paragraphe de plaquette qui dit « nous » sur son premier « nous »/« notre »', () => {
    const [finding, ...rest] = selfFocus(copy, 'fr')
    expect(rest).toEqual([])
    expect(finding.actual).toBe('Notre')
    expect(finding.message).toMatch(/^Ce paragraphe dit « nous »\/« notre » et jamais « vous » : parlez du lecteur \(F8 /)
  })

  it('laisse le paragraphe qui parle au lecteur ou l’appelle', () => {
    expect(flagged('Notre équipe accompagne 40 clients à Lyon, et vous pouvez nous appeler chaque jour.', 'fr')).toEqual([])
    expect(flagged('Découvrez notre équipe : 12 ingénieurs au service de 40 clients à Lyon.', 'fr')).toEqual([])
  })

  it('laisse le « nous » du récit, du tutoriel et d’un paragraphe sans mot d’affaires', () => {
    expect(flagged('Nous étions en retard : le train avait stoppé à Dijon, et nous avions manqué notre rendez-vous avec les clients, qui furent patients.', 'fr')).toEqual([])
    expect(flagged('Nous appelons `trier` sur la liste des clients, puis nous affichons le résultat.', 'fr')).toEqual([])
    expect(flagged('Nous avons marché jusqu’à la rivière et nous nous sommes assis sur la berge.', 'fr')).toEqual([])
  })
})
