// scripts/build-rules.mjs on a copy of the rules with broken example marks: it refuses them, naming
// file and line, and compiles the examples without their marks.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const folders: string[] = []
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A folder with the rule build and the rules, `edit` applied to `file` (rules/en/hype.yaml); the build's result. */
function build(edit: (yaml: string) => string, file = 'rules/en/hype.yaml') {
  const dir = mkdtempSync(join(tmpdir(), 'cluetrain-build-rules-'))
  folders.push(dir)
  for (const path of ['scripts/build-rules.mjs', 'scripts/eval/marks.mjs', 'rules']) cpSync(join(ROOT, path), join(dir, path), { recursive: true })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  mkdirSync(join(dir, 'src/engine'), { recursive: true })
  const edited = join(dir, file)
  writeFileSync(edited, edit(readFileSync(edited, 'utf8')))
  const run = spawnSync(process.execPath, ['scripts/build-rules.mjs'], { cwd: dir, encoding: 'utf8' })
  return { ...run, dir }
}

/** The build's errors about `file` (rules/en/hype.yaml) after `edit`, their line numbers as N: the build must fail. */
function refusals(edit: (yaml: string) => string, file = 'rules/en/hype.yaml'): string[] {
  const { status, stderr } = build(edit, file)
  expect(status, stderr).toBe(1)
  return stderr.split('\n').filter((line) => line.includes(file)).map((line) => line.trim().replace(/:\d+:/, ':N:'))
}

describe('the rule build and the marks of rule examples', () => {
  it('compiles the examples without their marks', { timeout: 60_000 }, () => {
    const { status, stderr, dir } = build((yaml) => yaml)
    expect(status, stderr).toBe(0)
    const generated = readFileSync(join(dir, 'src/engine/generated/rules.ts'), 'utf8')
    expect(generated).toContain('Our world-class team builds industry-leading, next-generation software.')
    expect(generated).not.toContain('[[')
  })

  it('refuses a bad example with no mark, a broken mark, a family or an unknown rule as label, and a marked good example', { timeout: 60_000 }, () => {
    const errors = refusals((yaml) =>
      yaml
        .replace('"Our [[world-class]] team', '"Our [[F2|world-class]] team')
        .replace('[[revolutionary]]', '[[no-such-rule|revolutionary]]')
        .replace('[[state-of-the-art]]', '[[state-of-the-art]')
        .replace('"[[Award-winning]], [[cutting-edge]] design', '"Award-winning, cutting-edge design')
        .replace(/(good:\n {4}- ")/, '$1[[x]] '),
    )
    expect(errors).toEqual([
      'rules/en/hype.yaml:N: examples.bad[0]: “[[F2|…]]” names a family; a mark in an example names a rule id or nothing',
      'rules/en/hype.yaml:N: examples.bad[2]: mark left open at offset 6',
      'rules/en/hype.yaml:N: examples.bad[3] marks nothing: mark what the rule flags, as in “We [[leverage]] our [[synergies]].”',
      'rules/en/hype.yaml:N: examples.good[0] has marks: a good example is not flagged at all',
      'rules/en/hype.yaml:N: a mark names “no-such-rule”, which is not a rule of rules/en/',
    ])
  })

  it('refuses an entry naming a domain rules/domains/ does not have', { timeout: 60_000 }, () => {
    const { status, stderr } = build((yaml) => yaml.replace('domains: [history', 'domains: [alchemy, history'))
    expect(status).toBe(1)
    expect(stderr).toMatch(/rules\/en\/hype\.yaml:\d+: unknown domain “alchemy” \(rules\/domains\/en\.yaml has: medicine, biology, /)
  })

  it('refuses an entry whose `beside` names a domain rules/domains/ does not have', { timeout: 60_000 }, () => {
    const { status, stderr } = build((yaml) => yaml.replace('beside: [polity]', 'beside: [polity, alchemy]'))
    expect(status).toBe(1)
    expect(stderr).toMatch(/rules\/en\/hype\.yaml:\d+: unknown domain “alchemy” \(rules\/domains\/en\.yaml has: medicine, biology, /)
  })

  it('refuses outsideCopy on an entry that names no field of plain senses', { timeout: 60_000 }, () => {
    const { status, stderr } = build((yaml) => yaml.replace(/\n {2}- phrase: game-changer\n/, '\n  - phrase: game-changer\n    unless: { outsideCopy: true }\n'))
    expect(status).toBe(1)
    expect(stderr).toMatch(/rules\/en\/hype\.yaml:\d+: outsideCopy needs `domains` naming a field of the plain senses other than literature/)
  })

  it('refuses a slot naming a word set rules/word-sets/ does not have, a part of speech it does not know, and a bare <pos> first', { timeout: 60_000 }, () => {
    const problems = refusals((yaml) => `${yaml.trimEnd()}\n${['@no-such-set platform', 'powerful <adjx>', '<adj> platform', '@hype-adjectives <verb:3xx>'].map((p) => `  - { pattern: "${p}", suggest: [] }\n`).join('')}`)
    expect(problems).toHaveLength(4)
    expect(problems[0]).toMatch(/^rules\/en\/hype\.yaml:N: unknown word set “@no-such-set” \(rules\/word-sets\/ has: hype-adjectives, /)
    expect(problems.slice(1)).toEqual([
      'rules/en/hype.yaml:N: “<adjx>” is not a part of speech (noun, verb, adj, adjective, adv, adverb, det, prep, pron, conj, participle)',
      'rules/en/hype.yaml:N: a pattern cannot start with a bare <pos> slot: start it with a word, a lemma or a set',
      'rules/en/hype.yaml:N: “3xx” is not a feature (sg, pl, m, f, 1…3 with sg/pl, a mood, a tense or an English verb form)',
    ])
  })

  it('refuses a sense whose suggestion is not one of its entry', { timeout: 60_000 }, () => {
    const { status, stderr } = build((yaml) => yaml.replace(/(\n {4}suggest: \[[^\]\n]+\]\n)/, '$1    senses:\n      - suggest: [nowhere]\n        words: [crowbar]\n'))
    expect(status).toBe(1)
    expect(stderr).toMatch(/rules\/en\/hype\.yaml:\d+: sense suggestion “nowhere” is not in the entry's suggest list/)
  })

  it('compiles the register lists and refuses a register file the engine would misread', { timeout: 60_000 }, () => {
    const good = build((yaml) => yaml)
    expect(readFileSync(join(good.dir, 'src/engine/generated/rules.ts'), 'utf8')).toContain('\\"registers\\":{\\"en\\":{\\"corporate\\":[\\"customer\\"')
    const errors = refusals(
      (yaml) =>
        yaml
          .replace(/\ncorporate:\n  \[\n    customer,/, '\ncorporate:\n  [\n    Customer, customers,')
          .replace(/\nadverbs:\n/, '\nadverb:\n')
          .replace(/\nunits:\n  \[[^\]]*\]\n/, '\nunits: kg\n'),
      'rules/registers/en.yaml',
    )
    expect(errors).toEqual([
      'rules/registers/en.yaml: register list “adverbs” is missing (the en lists: corporate, copy-vocabulary, writer, reader, expository, problem-openers, imperatives, irregular-past, adjectival, adverbs, units, reasoning-verbs, shared-nouns)',
      'rules/registers/en.yaml:N: register list corporate: “Customer” is not one folded word (lower case, no accents, straight apostrophe: “customer”)',
      'rules/registers/en.yaml:N: register list corporate: “customers” is listed twice',
      'rules/registers/en.yaml:N: “adverb” is not a register list the engine reads for en (corporate, copy-vocabulary, writer, reader, expository, problem-openers, imperatives, irregular-past, adjectival, adverbs, units, reasoning-verbs, shared-nouns)',
      'rules/registers/en.yaml:N: register list units: a non-empty list of words',
    ])
    // The generated file adds to the hand-written lists, and may not repeat their words.
    expect(refusals((yaml) => yaml.replace(/\n {2}- wholesalers\n/, '\n  - wholesalers\n  - pricing\n'), 'rules/registers/en.wordnet.yaml')).toEqual([
      'rules/registers/en.wordnet.yaml:N: register list copy-vocabulary: “pricing” is listed twice',
    ])
  })
})
