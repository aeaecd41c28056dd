// Domain words imported from WordNet's topic domains (rules/domains/en.wordnet.yaml, written by
// scripts/import-wordnet-domains.mjs, merged into the hand-written domains by build-rules.mjs), and
// the entries that name them (issue #15, literal senses). Sentences written for this test.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { defaultRuleData } from '../../src/engine/generated/rules.js'
import { lint, loadMorphology } from '../../src/engine/index.js'
import type { RuleData } from '../../src/engine/kinds/index.js'

const root = join(import.meta.dirname, '../..')
const readYaml = (path: string) => parse(readFileSync(join(root, path), 'utf8')) as Record<string, string[]>
const handWritten = readYaml('rules/domains/en.yaml')
const imported = readYaml('rules/domains/en.wordnet.yaml')
const built = (defaultRuleData as RuleData).domains?.en ?? {}

beforeAll(async () => {
  await loadMorphology('en')
})

const flagged = (text: string, rule: string) => lint(text, { language: 'en' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

describe('the WordNet domain words', () => {
  it('are merged into the built domains, beside the hand-written words', () => {
    expect(built.medicine).toEqual(expect.arrayContaining([...handWritten.medicine, ...imported.medicine]))
    expect(built.law).toEqual(imported.law)
  })

  it('leave out the words marketing copy uses in its own sense', () => {
    const all = Object.values(imported).flat()
    expect(all).not.toEqual(expect.arrayContaining(['flagship']))
    expect(all).not.toEqual(expect.arrayContaining(['catalyst']))
    expect(all).not.toEqual(expect.arrayContaining(['dynamics']))
    // None occurs in the real copy the import measured against: it would silence real findings.
    const copy = ['test/corpus/real/en/dev', 'test/corpus/labelled/en'].flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((name) => name.endsWith('.md') && name !== 'README.md')
        .map((name) => readFileSync(join(root, dir, name), 'utf8').toLowerCase()),
    )
    const words = new Set(copy.join(' ').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu))
    expect(all.filter((word) => words.has(word.toLowerCase()))).toEqual([])
  })

  it('are what the import script writes today (the file drifted by 224 phrases once)', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/import-wordnet-domains.mjs'), '--check'], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  }, 60_000)
})

describe('entries with literal senses, cancelled by a word only the import brings', () => {
  it.each([
    ['The statute empowers the commission to levy fines.', 'buzzwords', 'law', 'statute'],
    ['Engineers streamlined the nose after the aerodynamics tests.', 'buzzwords', 'mechanics', 'aerodynamics'],
    ['Carrier proteins facilitate intracellular transport of glucose.', 'buzzwords', 'biology', 'intracellular'],
    ['The trial measured the synergy of two anticoagulants.', 'buzzwords', 'medicine', 'anticoagulant'],
    ['The battle-tested infantry regiment held the ridge.', 'hype', 'military', 'infantry'],
  ])('%s', (text, rule, domain, word) => {
    expect((handWritten[domain] ?? []).filter((listed) => listed === word || (listed.endsWith('*') && word.startsWith(listed.slice(0, -1))))).toEqual([])
    expect(imported[domain]).toContain(word)
    expect(flagged(text, rule)).toEqual([])
  })
})

describe('the same entries in marketing copy', () => {
  it.each([
    ['Our platform empowers teams to streamline their workflows.', 'buzzwords', ['empowers', 'streamline']],
    ['We facilitate synergy between sales and support.', 'buzzwords', ['facilitate', 'synergy']],
    ['Battle-tested, cutting-edge tooling for modern teams.', 'hype', ['Battle-tested', 'cutting-edge']],
    ['Innovation is in our DNA, and our secret sauce is the team.', 'cliches', ['in our DNA', 'secret sauce']],
  ])('%s', (text, rule, expected) => {
    expect(flagged(text, rule)).toEqual(expected)
  })
})
