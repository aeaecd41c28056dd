// FranceTerme's official equivalents (rules/fr/anglicisms-franceterme.yaml, written by
// scripts/import-franceterme.mjs): the reader of the export, the selection, and the rule on sentences
// written for these tests (none from the real-copy corpus).
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { readFranceTermeXml } from '../scripts/franceterme/read.mjs'
import { englishPhrase, frenchSuggestion, selectEntries } from '../scripts/franceterme/select.mjs'
import { lint, loadMorphology } from '../src/engine/index.js'

const RULE = 'anglicisms-franceterme'
const official = (text: string) =>
  lint(text, { format: 'markdown', language: 'fr' }).findings.filter((f) => f.ruleId === RULE).map((f) => f.actual)

// As the CLI does before linting French. Loading took over 10 s (the default) on the 2-core machine
// with a benchmark running: the timeout guards against a hang, it measures nothing.
beforeAll(() => loadMorphology('fr'), 60_000)

describe('the FranceTerme reader', () => {
  it('reads the export: recommended term first, English equivalents only, domains, ISO date; withdrawn articles left out', async () => {
    const records = await readFranceTermeXml(new URL('./fixtures/franceterme/sample.xml', import.meta.url).pathname)
    expect(records).toEqual([
      { id: 'ECON1', french: ['contact confirmé', 'client, -e potentiel, -elle'], english: ['lead'], domains: ["Économie et gestion d'entreprise"], date: '2024-07-16' },
      { id: 'NUCL1', french: ['barrière ouvragée'], english: ['engineered barrier'], domains: ['Nucléaire'], date: '2025-10-14' },
      { id: 'AUDI1', french: ['vidéo de rattrapage'], english: ['catch-up video', 'replay video'], domains: ['Audiovisuel', 'Communication'], date: '2023-08-31' },
    ])
  })

  it('refuses a file that is not XML, naming it', async () => {
    await expect(readFranceTermeXml(new URL('./franceterme.test.ts', import.meta.url).pathname)).rejects.toThrow(/franceterme\.test\.ts: not a FranceTerme XML export/)
  })
})

describe('the selection', () => {
  it('turns FranceTerme’s notation into phrases and suggestions', () => {
    expect(englishPhrase('Data Lake')).toEqual({ phrase: 'data lake' })
    expect(englishPhrase('cryptostealer [logiciel]')).toEqual({ phrase: 'cryptostealer' })
    expect(englishPhrase('debunk (to)').reason).toMatch(/verb/)
    expect(englishPhrase('GenAI').reason).toMatch(/acronym/)
    expect(frenchSuggestion('client, -e potentiel, -elle')).toBe('client potentiel')
    expect(frenchSuggestion('joueur, -euse-animateur, -trice en direct')).toBe('joueur-animateur en direct')
    expect(frenchSuggestion('bande ultraétroite (à)')).toBe('bande ultraétroite')
  })

  it('keeps copy domains, English that is not French, what no rule lists yet; merges by phrase', () => {
    const record = (english: string[], domains: string[], french = ['terme']) => ({ id: '', french, english, domains, date: '2024-01-01' })
    const { entries, rejects } = selectEntries(
      [
        record(['lead'], ['Communication'], ['contact confirmé']),
        record(['engineered barrier'], ['Nucléaire']),
        record(['prospect'], ['Communication']),
        record(['roadmap'], ['Informatique']),
        record(['lead'], ['Économie générale'], ['piste']),
      ],
      { frenchWords: new Set(['prospect', 'barrière']), taken: new Set(['roadmap']) },
    )
    expect(entries.map((e: { phrase: string; suggest: string[] }) => [e.phrase, e.suggest])).toEqual([['lead', ['contact confirmé', 'piste']]])
    expect(rejects).toEqual([
      { english: 'prospect', reason: 'French word(s) too' },
      { english: 'roadmap', reason: 'already listed by a French rule' },
    ])
  })
})

describe('anglicisms-franceterme', () => {
  it('flags the official list’s English terms in French copy and offers FranceTerme’s term', () => {
    expect(official('Notre firewall protège le data lake de l’équipe.')).toEqual(['firewall', 'data lake'])
    expect(official('Les licornes de la tech misent sur le drop shipping et le cloud gaming.')).toEqual(['drop shipping', 'cloud gaming'])
    const [finding] = lint('Publiez une story chaque matin.', { language: 'fr' }).findings.filter((f) => f.ruleId === RULE)
    expect(finding.expected).toEqual(['microrécit vidéo'])
    expect(finding.message).toMatch(/FranceTerme/)
  })

  it('leaves alone English paragraphs, names, and French words FranceTerme also lists', () => {
    expect(official('Our data lake keeps every lead, and the unicorn team ships a story a day.')).toEqual([])
    expect(official('La société Data Lake Conseil ouvre à Lyon, près du bar Unicorn.')).toEqual([])
    expect(official('Le prospect a signé, le suspect a avoué, et le corner a été tiré.')).toEqual([])
  })

  it('cites its source and licence at the top of the file, and lists no phrase twice', () => {
    const text = readFileSync(new URL(`../rules/fr/${RULE}.yaml`, import.meta.url), 'utf8')
    expect(text).toMatch(/FranceTerme/)
    expect(text).toMatch(/Licence Ouverte/)
    const phrases = parse(text).entries.map((e: { phrase: string }) => e.phrase)
    expect(new Set(phrases).size).toBe(phrases.length)
  })
})
