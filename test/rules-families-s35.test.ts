// Session 35 (issue #16): entries moved to the rule of the family the marking guide gives them
// (test/corpus/labelled/README.md; docs/quality-notes.md, "Session 35: families against the
// marking guide"). Each moved group is reported under its new rule and family, and no longer under
// the old one; the entries split off keep the old rule. Sentences written for this test. Each of
// the "moved" cases fails on main (the old rule reports it).
import { beforeAll, describe, expect, it } from 'vitest'
import { lint, loadMorphology } from '../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('en')
  await loadMorphology('fr')
}, 60_000)

const reported = (text: string, language: 'en' | 'fr') => lint(text, { language }).findings.map((f) => `${f.ruleId} ${f.principle.id} ${f.actual}`)

describe('moved to the guide’s family', () => {
  it.each([
    ['Customer care is in our DNA, so call us any day.', 'en', 'cliches F10 in our DNA', 'mission-statements'],
    ['Listening is part of our DNA at the bakery.', 'en', 'cliches F10 part of our DNA', 'mission-statements'],
    ['Our staff is our greatest asset, and they answer the phone.', 'en', 'cliches F10 Our staff is our greatest asset', 'mission-statements'],
    ['The startup is shaping the future of payroll.', 'en', 'cliches F10 shaping the future of', 'hype-patterns'],
    ['Come to the fair and rethink what’s possible.', 'en', 'cliches F10 rethink what’s possible', 'hype-patterns'],
    ['The new editor offers infinite possibilities for your photos.', 'en', 'cliches F10 infinite possibilities', 'hype-patterns'],
    ['The update unlocks new possibilities for teachers.', 'en', 'cliches F10 unlocks new possibilities', 'buzzwords'],
    ['Le service de proximité fait partie de notre ADN.', 'fr', 'cliches F10 fait partie de notre ADN', 'buzzwords'],
    ['La mairie réunit les forces vives du quartier.', 'fr', 'people-as-segments F9 forces vives', 'cliches'],
    ['Le cabinet pilote la transformation digitale des mutuelles.', 'fr', 'anglicisms F11 transformation digitale', 'buzzwords'],
  ] as const)('%s', (text, language, now, before) => {
    const found = reported(text, language)
    expect(found).toContain(now)
    expect(found.filter((f) => f.startsWith(`${before} `))).toEqual([])
  })
})

describe('left with the old rule where the copy marks it so', () => {
  it.each([
    ['The platform has unlimited potential for shops.', 'en', 'hype-patterns F2 unlimited potential'],
    ['The update unlocks new efficiencies for teachers.', 'en', 'buzzwords F1 unlocks new efficiencies'],
    // Both halves corporate-speak (« révolution numérique » is listed too): the buzzword's.
    ['Le cabinet pilote la révolution digitale des mutuelles.', 'fr', 'buzzwords F1 révolution digitale'],
  ] as const)('%s', (text, language, finding) => {
    expect(reported(text, language)).toContain(finding)
  })
})
