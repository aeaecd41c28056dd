// The unified plugin (`cluetrain-lint/unified`): remark and retext pipelines, unified-engine, and
// the package's own `exports` as a user meets them (built files, imported by the package's name).
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { ParseEnglish } from 'parse-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import { unified, type Processor } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { lint } from '../src/engine/index.js'
import cluetrain, { type CluetrainMessage, type Options } from '../src/unified/index.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DOCS = 'https://github.com/cluetrain-lint/cluetrain-lint/blob/main/docs/rules.md'
const run = promisify(execFile)

// Lint only: parse and run, as remark-lint users do when they do not need the output.
async function check(processor: Processor<any, any, any, any, any>, value: VFile | string | Uint8Array): Promise<VFile> {
  const file = value instanceof VFile ? value : new VFile(value)
  await processor.run(processor.parse(file), file)
  return file
}

const remark = (options?: Options) => unified().use(remarkParse).use(cluetrain, options)
const retext = (options?: Options) => unified().use(retextEnglish).use(cluetrain, options)

/** "line:column-line:column ruleId actual" per message, after checking offsets against the text. */
function placed(file: VFile): string[] {
  return file.messages.map((m) => {
    const { start, end } = m.place as { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } }
    expect(String(file).slice(start.offset, end.offset)).toBe(m.actual)
    return `${start.line}:${start.column}-${end.line}:${end.column} ${m.ruleId} ${m.actual}`
  })
}

describe('remark pipeline', () => {
  it('reports an English finding with its exact place and the vfile message fields', async () => {
    const file = await check(remark(), 'Intro.\n\nWe leverage synergies.\n')
    expect(file.messages).toHaveLength(2)
    const [m] = file.messages as CluetrainMessage[]
    expect(m.reason).toBe('“leverage” is corporate jargon (F1 buzzwords and jargon, theses 11, 14, 15, 16, 68). Try “use” or “build on”.')
    expect(m.place).toEqual({ start: { line: 3, column: 4, offset: 11 }, end: { line: 3, column: 12, offset: 19 } })
    expect([m.line, m.column]).toEqual([3, 4])
    expect(m.ruleId).toBe('buzzwords')
    expect(m.source).toBe('cluetrain-lint')
    expect(m.url).toBe(`${DOCS}#buzzwords`)
    expect(m.actual).toBe('leverage')
    expect(m.expected).toEqual(['use', 'build on'])
    expect(m.fatal).toBe(false) // warning
    expect(m.note).toBe('F1 buzzwords and jargon; Cluetrain Manifesto theses 11, 14, 15, 16, 68.')
    expect(m.cluetrain).toMatchObject({ severity: 'warning', language: 'en', principle: { id: 'F1', name: 'buzzwords and jargon' }, theses: [11, 14, 15, 16, 68], offset: 11, endOffset: 19 })
    expect(placed(file)).toEqual(['3:4-3:12 buzzwords leverage', '3:13-3:22 buzzwords synergies'])
    expect(file.data.cluetrain).toEqual({ language: 'en', words: 4, format: 'markdown' })
  })

  it('reports a French finding in French', async () => {
    const file = await check(remark(), '# Plan\n\nNous allons booster la croissance.\n')
    expect(placed(file)).toEqual(['3:13-3:20 anglicisms booster'])
    const [m] = file.messages as CluetrainMessage[]
    expect(m.source).toBe('cluetrain-lint')
    expect(m.url).toBe(`${DOCS}#anglicisms`)
    expect(m.expected).toEqual(['stimuler', 'relancer', 'dynamiser'])
    expect(m.reason).toMatch(/^« booster » est un anglicisme \(F11 anglicismes, thèses 15, 32, 67\)\. Essayez « stimuler »/)
    expect(m.note).toBe('F11 anglicismes ; thèses 15, 32, 67 du manifeste Cluetrain.')
    expect(m.cluetrain.language).toBe('fr')
    expect(file.data.cluetrain?.language).toBe('fr')
  })

  it('gives the same findings as the engine, in the same order', async () => {
    const text = '# Our mission\n\nWe leverage synergies to empower stakeholders.\n\n> She said: “We leverage synergies.”\n\nNous allons booster la croissance.\n'
    const file = await check(remark(), text)
    const { findings } = lint(text)
    expect(findings.length).toBeGreaterThan(4)
    expect((file.messages as CluetrainMessage[]).map((m) => m.cluetrain)).toEqual(findings)
    expect(file.messages.map((m) => m.reason)).toEqual(findings.map((f) => f.message))
  })

  it('keeps Markdown semantics: code spans, code blocks and indented code are not prose', async () => {
    const text = 'Run `leverage` now.\n\n```\nWe leverage synergies.\n```\n\n    We leverage synergies.\n\nWe leverage synergies.\n'
    expect(placed(await check(remark(), text))).toEqual(['9:4-9:12 buzzwords leverage', '9:13-9:22 buzzwords synergies'])
  })

  it('maps severities as remark-lint does: error is fatal, warning is not, info is undefined', async () => {
    const file = await check(remark({ config: { rules: { buzzwords: 'error' } } }), 'We leverage synergies.\n\n> We leverage synergies.\n')
    // In a block quote the finding is lowered to info (quotes: lower, the default).
    expect(file.messages.map((m) => [m.line, m.fatal, (m as CluetrainMessage).cluetrain.severity])).toEqual([
      [1, true, 'error'],
      [1, true, 'error'],
      [3, undefined, 'info'],
      [3, undefined, 'info'],
    ])
  })
})

describe('retext pipeline', () => {
  it('reads plain text as plain text: an indented line is prose, not code', async () => {
    const text = 'Intro.\n\n    We leverage synergies.\n'
    const file = await check(retext(), text)
    expect(placed(file)).toEqual(['3:8-3:16 buzzwords leverage', '3:17-3:26 buzzwords synergies'])
    expect(file.data.cluetrain?.format).toBe('text')
    // The same text in a remark pipeline is a code block.
    expect((await check(remark(), text)).messages).toEqual([])
  })

  it('reads an nlcst tree made from Markdown (remark-retext) as Markdown', async () => {
    const text = 'We leverage synergies.\n\n```\nWe leverage synergies.\n```\n'
    const mutate = unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(cluetrain)
    const mutated = await check(mutate, text)
    expect(placed(mutated)).toEqual(['1:4-1:12 buzzwords leverage', '1:13-1:22 buzzwords synergies'])
    expect(mutated.data.cluetrain?.format).toBe('markdown')
    // Bridge mode: the plugin in the retext processor sees the Markdown file too.
    // (remark-retext's types take a processor without transformers: retext-simplify needs the cast too.)
    const bridge = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(cluetrain) as never)
    expect(placed(await check(bridge, text))).toEqual(['1:4-1:12 buzzwords leverage', '1:13-1:22 buzzwords synergies'])
  })

  it('decodes a file given as bytes, with UTF-16 offsets like the parsers', async () => {
    const text = '🚀 Our café’s new menu: we leverage synergies across the whole team.\n'
    const file = await check(retext(), new TextEncoder().encode(text))
    expect(file.messages.map((m) => m.place)).toEqual(lint(text, { format: 'text' }).findings.map((f) => ({ start: { line: f.line, column: f.column, offset: f.offset }, end: { line: f.endLine, column: f.endColumn, offset: f.endOffset } })))
    // The rocket is two UTF-16 code units, as in JavaScript strings and in remark's positions.
    expect(placed(file)).toEqual(['1:28-1:36 buzzwords leverage', '1:37-1:46 buzzwords synergies'])
  })
})

describe('options', () => {
  it('language forces the language of the copy', async () => {
    expect(placed(await check(remark({ language: 'en' }), 'Nous allons booster la croissance.'))).toEqual([])
    expect((await check(remark({ language: 'fr' }), 'We leverage synergies.')).messages.map((m) => (m as CluetrainMessage).cluetrain.language)).toEqual(['fr'])
  })

  it('locale sets the language of the messages', async () => {
    const file = await check(remark({ locale: 'fr' }), 'We leverage synergies.')
    expect(file.messages[0].reason).toMatch(/^« leverage » est du jargon d’entreprise/)
    expect(file.messages[0].note).toMatch(/du manifeste Cluetrain\.$/)
  })

  it('config works as in .cluetrain.yaml: rules, accept, quotes, language', async () => {
    const text = 'We leverage synergies.\n\n> We leverage synergies.\n'
    expect((await check(remark({ config: { rules: { buzzwords: 'off' } } }), text)).messages).toEqual([])
    expect(placed(await check(remark({ config: { accept: ['leverage'] } }), text))).toEqual(['1:13-1:22 buzzwords synergies', '3:15-3:24 buzzwords synergies'])
    expect(placed(await check(remark({ config: { quotes: 'skip' } }), text))).toEqual(['1:4-1:12 buzzwords leverage', '1:13-1:22 buzzwords synergies'])
    // The config's language applies; the option overrides it.
    expect((await check(remark({ config: { language: 'en' } }), 'Nous allons booster la croissance.')).messages).toEqual([])
    expect((await check(remark({ config: { language: 'en' }, language: 'auto' }), 'Nous allons booster la croissance.')).messages).toHaveLength(1)
  })

  it('several configs merge outer → inner, as nested .cluetrain.yaml files do', async () => {
    const config = [{ rules: { buzzwords: 'off' as const }, accept: ['leverage'] }, { rules: { buzzwords: 'error' as const } }]
    const file = await check(remark({ config }), 'We leverage synergies.')
    expect(file.messages.map((m) => [m.actual, m.fatal])).toEqual([['synergies', true]])
  })

  it('a bad config or option throws a clear error when the processor is first used', async () => {
    const freeze = (options: unknown) => () => unified().use(remarkParse).use(cluetrain, options as Options).freeze()
    expect(freeze({ config: { rules: { buzzwords: 'loud' } } })).toThrow('cluetrain-lint/unified: invalid “config”: “rules.buzzwords”: must be one of off, on, error, warning, info, true, false')
    expect(freeze({ config: { rulez: {} } })).toThrow(/invalid “config”: unknown key “rulez”/)
    expect(freeze({ config: [{}, { accept: [3] }] })).toThrow('invalid “config[1]”: “accept.0”: must be string')
    expect(freeze({ config: 'rules: {}' })).toThrow('“config” must be an object, as in .cluetrain.yaml, not “rules: {}”')
    expect(freeze({ format: 'text' })).toThrow('unknown option “format” (known options: language, locale, config, ruleData)')
    expect(freeze({ language: 'de' })).toThrow('“language” must be one of auto, en, fr, not “de”')
    expect(freeze({ locale: 'auto' })).toThrow('“locale” must be en or fr')
    expect(freeze(undefined)).not.toThrow()
    expect(freeze(null)).not.toThrow()
    // …and process() rejects rather than linting without the config.
    await expect(check(remark({ config: { rules: { buzzwords: 'loud' } } } as unknown as Options), 'We leverage synergies.')).rejects.toThrow(TypeError)
  })
})

describe('what the plugin cannot lint', () => {
  it('a tree without its text: one clear message, no crash', async () => {
    const processor = remark()
    const file = new VFile()
    await processor.run(processor.parse('We leverage synergies.'), file)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]).toMatchObject({ ruleId: 'no-text', source: 'cluetrain-lint', fatal: false })
    expect(file.messages[0].reason).toMatch(/has no text/)
  })

  it('an empty text is linted (nothing to report), not mistaken for a missing one', async () => {
    const file = await check(remark(), '')
    expect(file.messages).toEqual([])
    expect(file.data.cluetrain?.words).toBe(0)
  })

  it('HTML (hast) and unknown trees: one clear message', async () => {
    const file = new VFile('<p>We leverage synergies.</p>')
    const html = unified().use(cluetrain)
    await html.run({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [] }] } as never, file)
    await html.run({ type: 'document' }, file)
    expect(file.messages.map((m) => [m.ruleId, m.source, m.fatal])).toEqual([
      ['unsupported-tree', 'cluetrain-lint', false],
      ['unsupported-tree', 'cluetrain-lint', false],
    ])
    expect(file.messages[1].reason).toMatch(/`document`/)
  })
})

// unified-engine is not a dependency of ours (alex brings it); without it there is nothing to check.
const engine = await import('unified-engine').then((m) => m.engine).catch(() => undefined)

describe('unified-engine (remark-cli and friends)', () => {
  it.runIf(engine)('lints files, honours markdown, and fails the run on error severity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluetrain-unified-engine-'))
    try {
      writeFileSync(join(dir, 'a.md'), '# Doc\n\nWe leverage synergies.\n\n```\nWe leverage synergies.\n```\n')
      writeFileSync(join(dir, 'b.md'), 'Nous allons booster la croissance.\n')
      const go = (options: Options) =>
        new Promise<{ code: number | undefined; report: string; messages: string[] }>((resolve, reject) => {
          const streamError = new PassThrough()
          let report = ''
          streamError.on('data', (d: Buffer) => (report += String(d)))
          engine!(
            { processor: unified().use(remarkParse), files: ['a.md', 'b.md'], cwd: dir, extensions: ['md'], plugins: [[cluetrain, options]] as never, streamError, color: false, out: false },
            (error, code, context) => {
              if (error) reject(error)
              else resolve({ code, report, messages: (context?.files ?? []).flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId} ${String(m.fatal)}`)) })
            },
          )
        })
      const warn = await go({})
      expect(warn.code).toBe(0)
      expect(warn.messages).toEqual(['a.md:3:4 buzzwords false', 'a.md:3:13 buzzwords false', 'b.md:1:13 anglicisms false'])
      expect(warn.report).toMatch(/3:4-3:12\s+warning\s+“leverage” is corporate jargon.*buzzwords\s+cluetrain-lint/)
      const fail = await go({ config: { rules: { anglicisms: 'error' } } })
      expect(fail.code).toBe(1)
      expect(fail.messages.at(-1)).toBe('b.md:1:13 anglicisms true')
      // A bad config is a fatal message on every file, with the reason.
      const bad = await go({ config: { rules: { anglicisms: 'loud' } } } as unknown as Options)
      expect(bad.code).toBe(1)
      expect(bad.report).toContain('cluetrain-lint/unified: invalid “config”: “rules.anglicisms”: must be one of')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the package boundary: import cluetrain from "cluetrain-lint/unified"', () => {
  const built = join(ROOT, 'dist/unified/index.js')
  const fresh = () => {
    if (!existsSync(built)) return false
    return statSync(built).mtimeMs >= statSync(join(ROOT, 'src/unified/index.ts')).mtimeMs
  }

  it('is built: run `npm run build` first (`npm test` builds)', () => {
    expect(fresh(), 'dist/unified is missing or older than src/unified: run `npm run build`').toBe(true)
  })

  it.runIf(fresh())('resolves through `exports` in Node, for the plugin, the engine and package.json', async () => {
    const script = `
      import cluetrain from 'cluetrain-lint/unified'
      import { lint } from 'cluetrain-lint'
      import { createRequire } from 'node:module'
      import { unified } from 'unified'
      import remarkParse from 'remark-parse'
      import { VFile } from 'vfile'
      const processor = unified().use(remarkParse).use(cluetrain, { config: { rules: { buzzwords: 'error' } } })
      const messages = []
      for (const text of ['Nous allons booster la croissance.', '# Plan\\n\\nWe leverage synergies.']) {
        const file = new VFile(text)
        await processor.run(processor.parse(file), file)
        messages.push(...file.messages.map((m) => [m.place.start.line + ':' + m.place.start.column, m.ruleId, m.source, m.fatal]))
      }
      const pkg = createRequire(import.meta.url)('cluetrain-lint/package.json')
      console.log(JSON.stringify({ messages, engine: lint('We leverage synergies.').findings.length, name: pkg.name }))
    `
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT })
    expect(JSON.parse(stdout)).toEqual({
      messages: [
        ['1:13', 'anglicisms', 'cluetrain-lint', false],
        ['3:4', 'buzzwords', 'cluetrain-lint', true],
        ['3:13', 'buzzwords', 'cluetrain-lint', true],
      ],
      engine: 2,
      name: 'cluetrain-lint',
    })
    // A child Node that loads the engine: seconds on a busy machine, as the tests beside it.
  }, 60_000)

  it.runIf(fresh())('is published to npm (the .vsix keeps only the bundled extension)', async () => {
    // vsce refuses a package.json "files" field next to a .vscodeignore: .npmignore decides instead.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files?: unknown; main: string; bin: Record<string, string> }
    expect(pkg.files).toBeUndefined()
    expect(existsSync(join(ROOT, '.vscodeignore'))).toBe(true)
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const { stdout } = await run(npm, ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: ROOT })
    const files = (JSON.parse(stdout) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path)
    for (const path of ['dist/unified/index.js', 'dist/unified/index.d.ts', 'dist/engine/index.js', 'dist/engine/index.d.ts', 'dist/cli/main.js', pkg.bin.cluetrain]) expect(files).toContain(path)
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('dist/extension/') || f.endsWith('.map'))).toEqual([])
  }, 60_000)

  it.runIf(fresh())('type-checks for a TypeScript user (exports → .d.ts)', async () => {
    mkdirSync(join(ROOT, '.cache'), { recursive: true })
    const dir = mkdtempSync(join(ROOT, '.cache', 'unified-types-'))
    try {
      writeFileSync(
        join(dir, 'use.ts'),
        `import cluetrain, { type CluetrainMessage, type Options } from 'cluetrain-lint/unified'
import { lint, type Finding } from 'cluetrain-lint'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import retextEnglish from 'retext-english'
import { VFile } from 'vfile'
const options: Options = { language: 'en', locale: 'fr', config: { rules: { buzzwords: 'error' }, accept: ['synergy'] } }
const processor = unified().use(remarkParse).use(cluetrain, options)
const retext = unified().use(retextEnglish).use(cluetrain)
const file = new VFile('We leverage synergies.')
await processor.run(processor.parse(file), file)
await retext.run(retext.parse(file), file)
const finding: Finding = (file.messages[0] as CluetrainMessage).cluetrain
const words: number | undefined = file.data.cluetrain?.words
console.log(finding.principle.id, words, lint('x').findings.length)
// @ts-expect-error: the format follows the tree, it is not an option
unified().use(cluetrain, { format: 'text' })
`,
      )
      const tsc = join(ROOT, 'node_modules/typescript/bin/tsc')
      const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', join(dir, 'use.ts')]
      const result = await run(process.execPath, [tsc, ...args], { cwd: ROOT }).catch((e: { stdout: string }) => ({ stdout: e.stdout }))
      expect(result.stdout).toBe('')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 120_000)
})
