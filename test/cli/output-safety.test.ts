// Nothing the CLI prints lets data act on a terminal or on the GitHub Actions runner: hostile file
// names, file text, config keys and messages, rule ids and arguments, on both streams, in every
// format (src/cli/output-safety.ts says what the runner and terminals read). Each CLI test runs
// the CLI several times: the time limits are for a busy machine, not a measure.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatReports, FORMATS, type FileReport } from '../../src/cli/format.js'
import { SafeStream } from '../../src/cli/output-safety.js'
import { freshFolder, runCli, writeFiles, type CliRun } from './harness.js'

const folder = freshFolder('output-safety')
const write = (files: Record<string, string | Buffer>) => writeFiles(folder.path, files)
const run = (...argv: string[]) => runCli(folder.path, ...argv)

// A workflow command on a line of its own, an OSC 8 link, a window title, a screen clear (ESC and
// C1 CSI), BEL, and the runner's legacy command syntax.
const INJECTED = 'x\n::error file=README.md::Injected\r::warning::Also'
const TERMINAL = '\x1b]8;;https://evil.example\x07link\x1b]8;;\x07 \x1b]0;title\x07 \x1b[2J \u009b2J \x07'
const LEGACY = '##[error]legacy ##[stop-commands]token'
const HOSTILE = `${INJECTED} ${TERMINAL} ${LEGACY}`
// The same in a YAML double-quoted string (\e is ESC, \a BEL, \r CR).
const HOSTILE_YAML = JSON.stringify(HOSTILE).replace(/\\u001b/g, '\\e').replace(/\\u0007/g, '\\a')
// A file name may hold all of it but `/`; this one starts with `::` too (stylish starts a line with it).
const HOSTILE_FILE = `::error::start ${HOSTILE.replace(/\//g, '_')}.md`

const EN = 'We leverage our partners to reach customers who never heard of us before.\n'
// NEL (U+0085, a C1 control) and CR inside flagged phrases: the file's own text in `actual` and in messages.
const TEXT_WITH_CONTROLS = 'Our best-in\u0085class team will move the\rneedle.\n'
const CONFIG = `rules:\n  ${HOSTILE_YAML}: off\nphrases:\n  - phrase: partners\n    message: ${HOSTILE_YAML}\n`

/** The lines the runner reads (it splits at LF, CR and CRLF). */
const runnerLines = (s: string) => s.split(/\r\n|\r|\n/)
const OUR_COMMAND = /^::(error|warning|notice) file=[^:\r\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:\r\n]*::/

/** What a terminal or the runner would act on; `commands`: our own workflow commands may pass. */
function unsafe(output: string, commands = false): string[] {
  const found: string[] = []
  // Tab and LF are the only controls we print (no colour here: the runs are not on a terminal).
  const control = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.exec(output)
  if (control) found.push(`control character U+${control[0].charCodeAt(0).toString(16)}`)
  if (output.includes('##[')) found.push('##[')
  for (const line of runnerLines(output)) if (line.trimStart().startsWith('::') && !(commands && OUR_COMMAND.test(line))) found.push(`a line starting with :: (${line})`)
  return found
}

const expectSafe = (output: string, commands = false) => expect(unsafe(output, commands)).toEqual([])

function expectRunSafe(result: CliRun, commands = false) {
  expectSafe(result.stdout, commands)
  expectSafe(result.stderr)
}

describe('what the CLI prints', () => {
  it.skipIf(process.platform === 'win32')('is safe in every format, with hostile file names, file text, config keys and messages', async () => {
    write({ '.cluetrain.yaml': CONFIG, [HOSTILE_FILE]: EN + TEXT_WITH_CONTROLS, 'plain.md': EN })
    for (const format of FORMATS) {
      const result = await run('lint', '.', '--format', format)
      expect(result.code, format).toBe(0)
      expectRunSafe(result, format === 'github')
      // The unknown rule id (the config key) is named on stderr, visibly escaped, on one line.
      expect(result.stderr).toContain('unknown rule “x\\n::error file=README.md::Injected\\r::warning::Also \\u001B]8;;https://evil.example\\u0007link')
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
      if (format === 'json' || format === 'sarif') {
        // JSON escapes what it must, and the data comes back whole.
        const json = JSON.stringify(JSON.parse(result.stdout))
        expect(json).toContain(JSON.stringify(HOSTILE).slice(1, -1))
        expect(json).toContain(JSON.stringify('best-in\u0085class').slice(1, -1))
        const paths: string[] = format === 'json' ? JSON.parse(result.stdout).map((r: { path: string }) => r.path) : JSON.parse(result.stdout).runs[0].results.map((r: any) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri))
        expect(paths).toContain(HOSTILE_FILE)
      }
    }
    const stylish = (await run('lint', '.')).stdout
    expect(stylish).toContain('\\u003A:error::start x\\n::error file=README.md::Injected\\r::warning::Also \\u001B]8;;https:__evil.example')
    expect(stylish).toContain('\\u001B[2J \\u009B2J \\u0007 ##\\u005Berror]legacy ##\\u005Bstop-commands]token')
    expect(stylish).toContain('“best-in\\u0085class”')
  }, 60_000)

  it.skipIf(process.platform === 'win32')('is safe in the audit summary and its notices', async () => {
    write({ '.cluetrain.yaml': CONFIG, [HOSTILE_FILE]: EN + TEXT_WITH_CONTROLS, [`docs/${HOSTILE_FILE}`]: TEXT_WITH_CONTROLS })
    const result = await run('audit', '.', '--report', `${HOSTILE_FILE.slice(0, 40)}.html`, '--min-score', '100')
    expect(result.code).toBe(1)
    expectRunSafe(result)
    expect(result.stdout).toContain('       0  ::error::start x\\n::error file=README.md::Injected\\r::warning::Also \\u001B]8;;')
    expect(result.stdout).toContain('× “best-in\\u0085class”')
    expect(result.stderr).toMatch(/^cluetrain: wrote ::error::start x\\n::error file=README\.md:\.html \(file:/m)
  }, 60_000)

  it.skipIf(process.platform === 'win32')('is safe in every notice and error on stderr', async () => {
    const binary = HOSTILE_FILE.replace(/\.md$/, '.txt')
    write({ [binary]: Buffer.from('binary\0file'), 'a.md': EN })
    const runs: CliRun[] = [
      await run('lint', '.'), // skipped binary file
      await run('lint', `missing ${HOSTILE}`),
      await run('lint', 'a.md', '--format', HOSTILE),
      await run('lint', 'a.md', `--${HOSTILE.replace(/=/g, '')}`),
      await run(HOSTILE),
      await run('lint', 'a.md', '--baseline', `${HOSTILE_FILE}.json`),
      await run('lint', 'a.md', '--write-baseline', `${HOSTILE_FILE.slice(0, 60)}.json`),
      // A report that cannot be written (a file stands where its folder should be): Node's error names the path.
      await run('audit', 'a.md', '--report', `${binary}/report.html`),
    ]
    for (const result of runs) expectRunSafe(result)
    expect(runs.map((r) => r.code)).toEqual([0, 2, 2, 2, 2, 2, 0, 1])
    expect(runs[7].stderr).toMatch(/^cluetrain: Error: \w+: .*\/::error::start x\\n::error file=README\.md::Injected\\r/)
    expect(runs[0].stderr).toMatch(/^cluetrain: skipped ::error::start x\\n::error file=README\.md::Injected\\r.* ##\\u005Berror\]legacy .*\.txt: binary file/)
    write({ '.cluetrain.yaml': `${HOSTILE_YAML}: 1\n` })
    const broken = await run('lint', 'a.md')
    expect(broken.code).toBe(2)
    expectRunSafe(broken)
    expect(broken.stderr).toContain('unknown key “x\\n::error file=README.md::Injected')
  }, 60_000)

  it('is safe from the formatters themselves, whatever is in a report', () => {
    const finding = { ruleId: HOSTILE, source: 'cluetrain-lint', severity: 'warning', message: HOSTILE, line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1, actual: HOSTILE, expected: [HOSTILE], principle: { id: 'F1', name: HOSTILE }, theses: [1], url: 'https://example.com', language: 'en', fingerprint: HOSTILE }
    const reports = [{ path: HOSTILE_FILE, language: 'en', messages: [finding] }] as unknown as FileReport[]
    for (const format of FORMATS) {
      let printed = ''
      new SafeStream((s) => (printed += s), { colour: false }).print(formatReports(reports, format, false, { cwd: '/' }), format === 'github')
      expectSafe(printed, format === 'github')
      if (format === 'json') expect(JSON.parse(printed)).toEqual(reports)
    }
  })
})

describe('SafeStream', () => {
  const printed = (writes: string[], options = { colour: false }, commands = false) => {
    let out = ''
    const stream = new SafeStream((s) => (out += s), options)
    for (const w of writes) stream.print(w, commands)
    return out
  }

  it('catches what is cut across writes', () => {
    expect(printed(['a #', '#[error]x\n', '  ', '::error::y\n'])).toBe('a ##\\u005Berror]x\n  \\u003A:error::y\n')
    expect(printed(['a:', ':b\n'])).toBe('a::b\n')
  })

  it('lets our colours through on a terminal only, and our workflow commands only when asked', () => {
    expect(printed(['\x1b[31mred\x1b[39m \x1b]0;t\x07\n'], { colour: true })).toBe('\x1b[31mred\x1b[39m \\u001B]0;t\\u0007\n')
    expect(printed(['\x1b[31mred\x1b[39m\n'])).toBe('\\u001B[31mred\\u001B[39m\n')
    const command = '::warning file=a.md,line=1,col=1,endLine=1,endColumn=2,title=x::m\n'
    expect(printed([command], undefined, true)).toBe(command)
    expect(printed([command])).toBe(`\\u003A${command.slice(1)}`)
    expect(printed(['::add-mask::x\n'], undefined, true)).toBe('\\u003A:add-mask::x\n')
  })

  it('is safe however the writes are cut', () => {
    const piece = fc.string({ unit: fc.constantFrom('#', '[', ':', ' ', '\t', '\n', '\r', '\x1b', '\x9b', 'e', '\u00a0'), maxLength: 8 })
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (writes) => {
        if (unsafe(printed(writes)).length) throw new Error(JSON.stringify([writes, printed(writes), unsafe(printed(writes))]))
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps JSON valid and equal, and safe, whatever its strings hold', () => {
    // Any UTF-16 unit, lone surrogates too, and often what matters here: controls, `#[`, `::`, quotes.
    const unit = fc.oneof(fc.constantFrom('#', '[', ':', ' ', '\n', '\r', '\x1b', '\x9b', '\x7f', '\u2028', '\u202e', '\\', '"'), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)))
    const text = fc.string({ unit })
    const report = fc.dictionary(text, fc.oneof(text, fc.double(), fc.boolean(), fc.constant(null), fc.array(text), fc.dictionary(text, text)))
    fc.assert(
      fc.property(fc.array(report, { maxLength: 3 }), (data) => {
        for (const json of [JSON.stringify(data), JSON.stringify(data, null, 2)]) {
          const out = printed([json])
          if (unsafe(out).length || JSON.stringify(JSON.parse(out)) !== JSON.stringify(JSON.parse(json))) return false
        }
      }),
      { numRuns: 300 },
    )
  })
})
