// Session 33: entries narrowed by their precision on all development copy (docs/quality-notes.md,
// "Session 33: precision on development copy, by cause"). Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest'
import { lint, loadAllMorphology } from '../src/engine/index.js'

const found = (text: string, language: 'en' | 'fr', rule: string) => lint(text, { format: 'markdown', language }).findings.filter((f) => f.ruleId === rule)

beforeAll(async () => {
  await loadAllMorphology()
})

describe('English readability: under 25, not 30', () => {
  const dense = 'The company provides infrastructure management for enterprise customers in several regions and many countries.'
  const plain = 'The company runs the servers for large customers in many regions and many countries.'
  it('leaves a paragraph scoring 26 alone', () => {
    expect(found([dense, plain, dense, plain, dense, plain].join(' '), 'en', 'readability')).toEqual([])
  })
  it('still flags one scoring 12', () => {
    const hits = found([dense, dense, dense, dense, dense, plain].join(' '), 'en', 'readability')
    expect(hits).toHaveLength(1)
    expect(hits[0].message).toContain('under 25')
  })
})

describe('entries with no right finding on the development copy', () => {
  it('are gone', () => {
    expect(found('Rackspace has run OpenStack clouds at scale since 2010.', 'en', 'buzzwords')).toEqual([])
    expect(found('Le plan finance la transformation numérique des collectivités.', 'fr', 'buzzwords')).toEqual([])
    expect(found('Vos données restent ici (en ce qui concerne cette application).', 'fr', 'light-verbs')).toEqual([])
    expect(found('Les progrès se mesurent en termes d’économie d’énergie.', 'fr', 'light-verbs')).toEqual([])
    expect(found('La commission a réuni un certain nombre de spécialistes.', 'fr', 'weasel-words')).toEqual([])
  })
  it('leave their neighbours flagged', () => {
    expect(found('La transformation digitale de nos équipes commence.', 'fr', 'anglicisms').map((f) => f.actual)).toEqual(['transformation digitale'])
    expect(found('Nous vous aidons en matière de sécurité.', 'fr', 'light-verbs').map((f) => f.actual)).toEqual(['en matière de'])
  })
})
