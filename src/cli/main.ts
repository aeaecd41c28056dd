// `cluetrain`: the command-line front end. Exit codes: 0 clean, 1 errors or too many warnings,
// 2 usage or configuration error.
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, type Language, type LanguageSetting } from '../engine/index.js'
import { GENERATED_BESIDE_CLI, readPrecompiledMatchers } from '../node/precompiled-matchers.js'
import { oneOf, UsageError, wholeNumber, type Io } from './args.js'

export type { Io } from './args.js'
import { BaselineError, baselineOf, readBaseline, writeBaseline } from './baseline.js'
import { FORMATS, formatReports, type Format } from './format.js'
import { lintTargets, type LintRun, type RunSettings } from './lint-run.js'
import { safeIo, safeLine, shown, type SafeIo } from './output-safety.js'
import { listRules } from './rules-command.js'

const USAGE = `Usage:
  cluetrain lint [paths|globs...] [--format stylish|json|sarif|github] [--language auto|en|fr]
                 [--locale en|fr] [--max-warnings N] [--max-file-size MB] [--jobs N]
                 [--baseline FILE | --write-baseline FILE]
  cluetrain audit [paths|globs...] [--report FILE.html|FILE.md]... [--min-score N]
                 [--language auto|en|fr] [--locale en|fr] [--max-file-size MB] [--jobs N]
                 [--baseline FILE]
  cluetrain rules [--language en|fr] [--format stylish|json|markdown]
  cluetrain --help | --version

Lints Markdown (.md) and plain text (.txt) copy for corporate-speak. Folders are searched for
prose files; .cluetrain.yaml files are found upward from each file.
  lint     prints the findings. --write-baseline records them; --baseline hides those recorded.
  audit    prints a summary (human-voice scores, principles, worst files) and writes reports:
           standalone HTML or Markdown, chosen by the file's extension.
Exit codes: 0 clean, 1 errors, more warnings than --max-warnings or a score under --min-score,
2 usage, config or baseline error.`

export async function main(argv: readonly string[], streams: Io): Promise<number> {
  readPrecompiledMatchers(new URL(GENERATED_BESIDE_CLI, import.meta.url))
  // From here on, everything printed goes through output-safety.ts.
  const io = safeIo(streams)
  try {
    return await run(argv, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${safeLine`cluetrain: ${error.message}`}\n\n${USAGE}\n`)
      return 2
    }
    if (error instanceof BaselineError) {
      io.stderr(safeLine`cluetrain: ${error.message}\n`)
      return 2
    }
    if (error instanceof ConfigError) {
      io.stderr(safeLine`cluetrain: configuration error in ${relative(io.cwd, error.path) || error.path}:${error.line}: ${error.reason}\n`)
      return 2
    }
    // Anything else is a bug or a failed write (a report in a folder we may not write to). Its
    // message can hold a path, so it is printed like the rest rather than left to Node; the exit
    // code stays Node's for an uncaught error, 1.
    const stack = error instanceof Error && error.stack?.startsWith(String(error)) ? error.stack.slice(String(error).length) : ''
    io.stderr(`${safeLine`cluetrain: ${error instanceof Error ? String(error) : error}`}${stack.split('\n').map(shown).join('\n')}\n`)
    return 1
  }
}

async function run(argv: readonly string[], io: SafeIo): Promise<number> {
  const [command, ...rest] = argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(`${USAGE}\n`)
    return command ? 0 : 2
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${version()}\n`)
    return 0
  }
  const { values, positionals } = parse(rest)
  if (command === 'rules') {
    if (values.format === 'markdown') {
      const { rulesMarkdown } = await import('./rules-doc.js')
      io.stdout(rulesMarkdown())
      return 0
    }
    const format = oneOf(values.format ?? 'stylish', ['stylish', 'json'], 'format') as 'stylish' | 'json'
    const language = values.language && values.language !== 'auto' ? (oneOf(values.language, ['en', 'fr'], 'language') as Language) : undefined
    io.stdout(listRules(format, language, io.color))
    return 0
  }
  // The audit's report (HTML, CSS, Markdown: about 40 KB of the bundle's main.js) and the rules
  // document are imported when asked for: a lint does not parse them.
  if (command === 'audit') {
    const { auditCommand } = await import('./audit-command.js')
    return auditCommand(positionals.length ? positionals : ['.'], values, runSettings(values, io), io)
  }
  if (command !== 'lint') throw new UsageError(`unknown command “${command}”`)
  const format = oneOf(values.format ?? 'stylish', FORMATS, 'format') as Format
  return lintCommand(positionals.length ? positionals : ['.'], values, format, io)
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        language: { type: 'string', short: 'l' },
        locale: { type: 'string' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        report: { type: 'string', short: 'o', multiple: true },
        'min-score': { type: 'string' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export type Values = ReturnType<typeof parse>['values']

function runSettings(values: Values, io: Io): RunSettings {
  if (values.baseline && values['write-baseline']) throw new UsageError('--baseline and --write-baseline cannot be used together')
  return {
    language: values.language ? (oneOf(values.language, ['auto', 'en', 'fr'], 'language') as LanguageSetting) : undefined,
    locale: values.locale ? (oneOf(values.locale, ['en', 'fr'], 'locale') as Language) : undefined,
    maxBytes: values['max-file-size'] === undefined ? 10e6 : wholeNumber(values['max-file-size'], 'max-file-size') * 1e6,
    jobs: values.jobs === undefined ? undefined : Math.max(1, wholeNumber(values.jobs, 'jobs')),
    baseline: values.baseline ? { path: resolve(io.cwd, values.baseline), data: readBaseline(resolve(io.cwd, values.baseline)) } : undefined,
  }
}

async function lintCommand(targets: string[], values: Values, format: Format, io: SafeIo): Promise<number> {
  for (const option of ['report', 'min-score'] as const) if (values[option] !== undefined) throw new UsageError(`--${option} belongs to \`cluetrain audit\``)
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : wholeNumber(values['max-warnings'], 'max-warnings')
  const fingerprints = format === 'json' || format === 'sarif' || Boolean(values['write-baseline'])
  const run = await lintTargets(targets, { ...runSettings(values, io), fingerprints }, io)
  if (!run) return 2
  if (values['write-baseline']) return saveBaseline(run, values['write-baseline'], io)
  // Only --format github's own workflow commands may start a line with `::`.
  const print = format === 'github' ? io.commands : io.stdout
  print(formatReports(run.reports, format, io.color && format === 'stylish', { cwd: io.cwd, version: version(), baselined: run.known }))
  if (run.known && format !== 'stylish') io.stderr(safeLine`cluetrain: ${run.known} finding${run.known === 1 ? ' is' : 's are'} in the baseline and not shown\n`)
  const all = run.reports.flatMap((r) => r.messages)
  const errors = all.filter((m) => m.severity === 'error').length
  const warnings = all.filter((m) => m.severity === 'warning').length
  if (warnings > maxWarnings) io.stderr(safeLine`cluetrain: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`)
  return errors > 0 || warnings > maxWarnings ? 1 : 0
}

function saveBaseline(run: LintRun, file: string, io: Io): number {
  const path = resolve(io.cwd, file)
  const baseline = baselineOf(run.reports, run.absolute, path)
  writeBaseline(path, baseline)
  const count = Object.values(baseline.files).reduce((n, counts) => n + Object.values(counts).reduce((a, b) => a + b, 0), 0)
  io.stderr(safeLine`cluetrain: wrote ${count} finding${count === 1 ? '' : 's'} in ${Object.keys(baseline.files).length} of ${run.reports.length} files to ${relative(io.cwd, path) || path}\n`)
  return 0
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}
