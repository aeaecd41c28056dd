// `cluetrain lint --format sarif` and `--format github`: the CI formats.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import AjvModule from 'ajv'
import { describe, expect, it } from 'vitest'
import { freshFolder, runCli, writeFiles } from './harness.js'
import { escapeData, escapeProperty } from '../../src/cli/github.js'
import { formatReports, type FileReport } from '../../src/cli/format.js'
import { defaultRuleData, lint, ruleUrl } from '../../src/engine/index.js'

const folder = freshFolder('formats')

const write = (files: Record<string, string | Buffer>) => writeFiles(folder.path, files)
const run = (...argv: string[]) => runCli(folder.path, ...argv)

const EN = 'We leverage our partners to reach customers who never heard of us before.\n'
const CAFE = 'docs/café notes.md'
// “leverage” on line 3, after CRLF line ends; “up to” (weasel-words, info) on line 4.
const CRLF = '# Notes\r\n\r\nWe leverage our partners.\r\nSwitch your energy plan and save up to 40% on your bills.\r\n'
const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version

// ---- SARIF ------------------------------------------------------------------------------------

type Json = any

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'))

// RFC 3986 characters only: a raw space, a non-ASCII character or a stray % fails.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/
const formats = {
  uri: (s: string) => URI_CHARS.test(s) && URL.canParse(s),
  'uri-reference': (s: string) => URI_CHARS.test(s) && URL.canParse(s, 'file:///base/'),
  'date-time': (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)),
}
const Ajv = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as new (o: object) => {
  compile(s: object): ((data: unknown) => boolean) & { errors?: unknown[] | null }
}
const validate = new Ajv({ strict: false, allErrors: true, formats }).compile(schema)

function expectValid(log: unknown) {
  const ok = validate(log)
  expect(validate.errors ?? []).toEqual([])
  expect(ok).toBe(true)
}

async function sarifOf(...paths: string[]) {
  const { code, stdout, stderr } = await run('lint', ...paths, '--format', 'sarif')
  return { code, stderr, stdout, log: JSON.parse(stdout) as Json }
}

const resultFor = (log: Json, actual: string) => log.runs[0].results.find((r: Json) => r.locations[0].physicalLocation.region.snippet.text === actual)

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, and the check can fail', async () => {
    write({
      'a.md': EN,
      [CAFE]: CRLF,
      'b.txt': 'Il faut booster les ventes de nos magasins pour que nos clients reviennent plus souvent.\n',
      'strict/.cluetrain.yaml': 'rules:\n  buzzwords: error\n',
      'strict/c.md': EN,
      'team/.cluetrain.yaml': 'phrases:\n  - phrase: partners\n    suggest: [friends]\n',
      'team/d.md': EN,
    })
    const { log, stdout } = await sarifOf('.')
    expect(stdout.endsWith('\n')).toBe(true)
    expect(log.runs[0].results.length).toBeGreaterThan(4)
    expectValid(log)

    const broken = (change: (copy: Json) => void) => {
      const copy = structuredClone(log)
      change(copy)
      return validate(copy)
    }
    expect(broken(() => {})).toBe(true)
    expect(broken((l) => (l.runs[0].results[0].level = 'fatal'))).toBe(false)
    expect(broken((l) => delete l.runs[0].tool)).toBe(false)
    expect(broken((l) => (l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0))).toBe(false)
    expect(broken((l) => (l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = CAFE))).toBe(false)
    expect(broken((l) => (l.runs[0].tool.driver.rules[0].helpUri = 'not a uri'))).toBe(false)
    expect(broken((l) => (l.version = '2.0.0'))).toBe(false)
  })

  it('describes the tool and every bundled rule, once, with its help page and default level', async () => {
    write({ 'a.md': EN })
    const { log } = await sarifOf('a.md')
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const [run0] = log.runs
    expect(run0.columnKind).toBe('utf16CodeUnits')
    expect(run0.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(folder.path).href}/` } })
    const { driver } = run0.tool
    expect(driver).toMatchObject({ name: 'Cluetrain Lint', semanticVersion: PACKAGE_VERSION })
    expect(URL.canParse(driver.informationUri)).toBe(true)

    const ids = [...new Set(defaultRuleData.rules.map((r) => r.id))]
    expect(driver.rules.map((r: Json) => r.id)).toEqual(ids)
    const level = { error: 'error', warning: 'warning', info: 'note' } as const
    for (const rule of driver.rules) {
      const data = defaultRuleData.rules.filter((r) => r.id === rule.id)
      const family = defaultRuleData.families[data[0].family]
      expect(rule.helpUri).toBe(ruleUrl(rule.id))
      expect(rule.shortDescription.text).toBeTruthy()
      expect(rule.fullDescription.text).toBe(data[0].why.en)
      expect(rule.help.text).toContain(data[0].why.en)
      expect(rule.defaultConfiguration.level).toBe(level[data[0].severity])
      expect(rule.properties.tags).toEqual([data[0].family, family.en])
      expect(rule.properties.principle).toEqual({ id: data[0].family, name: family.en })
      expect(rule.properties.theses).toEqual(data[0].theses)
      expect(rule.properties.languages).toEqual(data.map((r) => r.language))
    }
    expect(driver.rules.find((r: Json) => r.id === 'weasel-words').defaultConfiguration.level).toBe('note')
    expect(driver.rules.find((r: Json) => r.id === 'anglicisms').properties.languages).toEqual(['fr'])
    for (const result of run0.results) expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId)
  })

  it('places a finding after CRLF line ends in a file whose name needs percent-encoding', async () => {
    write({ [CAFE]: CRLF })
    const { log } = await sarifOf('docs')
    const leverage = resultFor(log, 'leverage')
    const { artifactLocation, region } = leverage.locations[0].physicalLocation
    expect(artifactLocation).toEqual({ uri: 'docs/caf%C3%A9%20notes.md', uriBaseId: '%SRCROOT%' })
    const offset = CRLF.indexOf('leverage')
    expect(region).toEqual({ startLine: 3, startColumn: 4, endLine: 3, endColumn: 12, charOffset: offset, charLength: 8, snippet: { text: 'leverage' } })

    // The URI, resolved against %SRCROOT%, is the file; the region is the word in it.
    const file = fileURLToPath(new URL(artifactLocation.uri, log.runs[0].originalUriBaseIds['%SRCROOT%'].uri))
    expect(file).toBe(join(folder.path, CAFE))
    const text = readFileSync(file, 'utf8')
    expect(text.slice(region.charOffset, region.charOffset + region.charLength)).toBe('leverage')
    expect(text.split(/\r\n|\r|\n/)[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1)).toBe('leverage')

    expect(leverage).toMatchObject({ ruleId: 'buzzwords', level: 'warning' })
    expect(leverage.message.text).toMatch(/^“leverage” is corporate jargon /)
  })

  it('percent-encodes #, % and spaces, and keeps the folders', async () => {
    write({ 'odd/100% #1 [draft].md': EN })
    const { log } = await sarifOf('odd')
    expect(resultFor(log, 'leverage').locations[0].physicalLocation.artifactLocation.uri).toBe('odd/100%25%20%231%20%5Bdraft%5D.md')
    expectValid(log)
  })

  it('maps error, warning and info to error, warning and note', async () => {
    write({ 'a.md': CRLF, 'strict/.cluetrain.yaml': 'rules:\n  buzzwords: error\n', 'strict/b.md': CRLF })
    const { log, code } = await sarifOf('.')
    expect(code).toBe(1)
    const levels = log.runs[0].results.map((r: Json) => `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.ruleId} ${r.level}`)
    expect(levels).toContain('a.md buzzwords warning')
    expect(levels).toContain('strict/b.md buzzwords error')
    expect(levels).toContain('a.md weasel-words note')
  })

  it('offers the engine’s fix, and none when the advice is to cut', async () => {
    write({ [CAFE]: CRLF })
    const { log } = await sarifOf('.')
    const leverage = resultFor(log, 'leverage')
    const { artifactLocation, region } = leverage.locations[0].physicalLocation
    const { snippet, ...deletedRegion } = region
    expect(snippet).toEqual({ text: 'leverage' })
    expect(leverage.fixes).toEqual([
      {
        description: { text: 'Replace “leverage” with “use”.' },
        artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion, insertedContent: { text: 'use' } }] }],
      },
    ])
    const reports = JSON.parse((await run('lint', '.', '--format', 'json')).stdout) as FileReport[]
    const noSuggestion = reports[0].messages.find((m) => !m.expected.length)
    expect(noSuggestion).toBeDefined()
    expect(resultFor(log, noSuggestion!.actual).fixes).toBeUndefined()
  })

  it('describes the team’s own phrases as the rule `custom`', async () => {
    write({ '.cluetrain.yaml': 'phrases:\n  - phrase: partners\n    suggest: [friends]\n', 'a.md': EN })
    const { log } = await sarifOf('a.md')
    const custom = resultFor(log, 'partners')
    const rule = log.runs[0].tool.driver.rules[custom.ruleIndex]
    expect(rule).toMatchObject({ id: 'custom', defaultConfiguration: { level: 'warning' }, properties: { tags: ['F1', 'buzzwords and jargon'], languages: ['en'] } })
    expect(custom.properties.expected).toEqual(['friends'])
    // “partners” is plural and “friends” is not in the inflection table: shown, never applied (issue #15).
    expect(custom.fixes).toBeUndefined()
    expectValid(log)
  })

  it('adds partialFingerprints exactly when a finding has a fingerprint', async () => {
    write({ 'a.md': EN })
    const { log } = await sarifOf('a.md')
    const [report] = JSON.parse((await run('lint', 'a.md', '--format', 'json')).stdout) as FileReport[]
    expect(log.runs[0].results).toHaveLength(report.messages.length)
    report.messages.forEach((m, i) => {
      const result = log.runs[0].results[i]
      if (typeof m.fingerprint === 'string') expect(result.partialFingerprints).toEqual({ 'cluetrain/v1': m.fingerprint })
      else expect(result.partialFingerprints).toBeUndefined()
    })

    // And the formatter alone, either way.
    const finding = lint(EN, { format: 'markdown', language: 'en' }).findings[0]
    const sarifFor = (messages: FileReport['messages']) => JSON.parse(formatReports([{ path: 'a.md', language: 'en', messages }], 'sarif', false, { cwd: folder.path, version: '1.2.3' }))
    expect(sarifFor([{ ...finding, fingerprint: 'abc123' }]).runs[0].results[0].partialFingerprints).toEqual({ 'cluetrain/v1': 'abc123' })
    const { fingerprint: _, ...plain } = finding as typeof finding & { fingerprint?: string }
    expect(sarifFor([plain]).runs[0].results[0]).not.toHaveProperty('partialFingerprints')
    expect(sarifFor([]).runs[0].tool.driver.semanticVersion).toBe('1.2.3')
  })

  it('is deterministic and valid with nothing to report', async () => {
    write({ 'a.md': 'We fix bikes in Lyon. Bring yours on Tuesday and we will tell you what it needs.\n' })
    const first = await sarifOf('a.md')
    const second = await sarifOf('a.md')
    expect(first.code).toBe(0)
    expect(first.stdout).toBe(second.stdout)
    expect(first.log.runs[0].results).toEqual([])
    expect(first.stdout).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/)
    expectValid(first.log)
  })
})

// ---- GitHub Actions ---------------------------------------------------------------------------

describe('--format github', () => {
  it('prints one workflow command per finding and nothing else', async () => {
    write({ 'a.md': EN, [CAFE]: CRLF })
    const { code, stdout, stderr } = await run('lint', '.', '--format', 'github')
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const lines = stdout.split('\n')
    expect(lines.pop()).toBe('')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe('::warning file=a.md,line=1,col=4,endLine=1,endColumn=12,title=buzzwords::“leverage” is corporate jargon (F1 buzzwords and jargon, theses 11, 14, 15, 16, 68). Try “use” or “build on”.')
    expect(lines[1]).toBe('::warning file=docs/café notes.md,line=3,col=4,endLine=3,endColumn=12,title=buzzwords::“leverage” is corporate jargon (F1 buzzwords and jargon, theses 11, 14, 15, 16, 68). Try “use” or “build on”.')
    expect(lines[2]).toBe('::notice file=docs/café notes.md,line=4,col=29,endLine=4,endColumn=39,title=weasel-words::“save up to” hedges the promise (F4 weasel words and hedges, theses 22, 27, 61, 62).')
  })

  it('uses ::error for errors and exits 1', async () => {
    write({ '.cluetrain.yaml': 'rules:\n  buzzwords: error\n', 'a.md': EN })
    const { code, stdout } = await run('lint', 'a.md', '--format', 'github')
    expect(code).toBe(1)
    expect(stdout).toMatch(/^::error file=a\.md,line=1,col=4,endLine=1,endColumn=12,title=buzzwords::“leverage”/)
  })

  it('prints nothing and exits 0 on clean copy; --max-warnings still counts', async () => {
    write({ 'a.md': 'We fix bikes in Lyon. Bring yours on Tuesday and we will tell you what it needs.\n', 'b.md': EN })
    expect(await run('lint', 'a.md', '--format', 'github')).toEqual({ code: 0, stdout: '', stderr: '' })
    expect((await run('lint', 'b.md', '--format', 'github', '--max-warnings', '0')).code).toBe(1)
    expect((await run('lint', 'b.md', '--format', 'sarif', '--max-warnings', '0')).code).toBe(1)
  })

  it.skipIf(process.platform === 'win32')('escapes %, CR, LF in messages and also : and , in file names', async () => {
    write({
      '.cluetrain.yaml': 'phrases:\n  - phrase: partners\n    message: "100% “{actual}”, no:\\r\\nreally"\n',
      'x,y:z 50%.md': EN,
    })
    const { stdout } = await run('lint', '.', '--format', 'github')
    const line = stdout.split('\n').find((l) => l.includes('title=custom'))
    expect(line).toBe(
      '::warning file=x%2Cy%3Az 50%25.md,line=1,col=17,endLine=1,endColumn=25,title=custom::100%25 “partners”, no:%0D%0Areally (F1 buzzwords and jargon, theses 11, 14, 15, 16, 68).',
    )
    for (const l of stdout.trimEnd().split('\n')) expect(l).toMatch(/^::(error|warning|notice) file=x%2Cy%3Az 50%25\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[\w-]+::[^\r\n]+$/)
  })

  it('escapes like the Actions toolkit', () => {
    expect(escapeData('50% off:\r\nnow, here')).toBe('50%25 off:%0D%0Anow, here')
    expect(escapeProperty('a%b:c,d\ne')).toBe('a%25b%3Ac%2Cd%0Ae')
  })
})
