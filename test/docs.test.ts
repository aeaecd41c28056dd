// The documentation must say what the code does: docs/rules.md is what its generator gives, the
// README's tables match the rule data and the extension's manifest, and the README's commands run
// as written, with the exit codes and output it shows.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../src/cli/main.js'
import { defaultRuleData } from '../src/engine/index.js'

const ROOT = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8')
const readme = read('README.md')
const manifest = JSON.parse(read('package.json'))
const titles = JSON.parse(read('package.nls.json'))

/** The rows of the README table whose header row is `header`, as cells (escaped `\|` kept inside a cell). */
function table(header: string): string[][] {
  const lines = readme.split('\n')
  const start = lines.indexOf(header)
  expect(start, `README has no table “${header}”`).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()))
  }
  return rows
}

async function cli(cwd: string, argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false })
  return { code, stdout, stderr }
}

describe('docs/rules.md', () => {
  it('is what the docs generator gives (`node scripts/build-docs.mjs --check`)', () => {
    const check = spawnSync(process.execPath, ['scripts/build-docs.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' })
    expect(check.status, check.stderr).toBe(0)
    expect(check.stdout).toBe('docs/rules.md is up to date.\n')
  })
})

describe('the README’s tables', () => {
  it('“What it checks” lists every rule id under its family, and no other', () => {
    const documented = table('| family | rule ids | kind of check |').map(([family, ids]) => [family, [...ids.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort()])
    const families = Object.entries(defaultRuleData.families).sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
    const actual = families.map(([id, family]) => [`${id} ${family.en}`, [...new Set(defaultRuleData.rules.filter((r) => r.family === id).map((r) => r.id))].sort()])
    expect(documented).toEqual(actual)
  })

  it('the commands table names every command of the palette, by its title', () => {
    const documented = table('| command | what |').map(([title]) => title)
    const actual = manifest.contributes.commands.map((c: { title: string }) => titles[c.title.slice(1, -1)])
    expect(documented.sort()).toEqual(actual.sort())
  })

  it('the settings table gives every setting with its default', () => {
    const value = (cell: string) => {
      const text = cell.replace(/^`|`$/g, '')
      try {
        return JSON.parse(text)
      } catch {
        return text // a bare string: `onType`
      }
    }
    const documented = Object.fromEntries(table('| setting | default | what |').map(([name, fallback]) => [name.replace(/`/g, ''), value(fallback)]))
    const actual = Object.fromEntries(Object.entries(manifest.contributes.configuration.properties).map(([name, p]) => [name, (p as { default: unknown }).default]))
    expect(documented).toEqual(actual)
  })
})

describe('the README’s commands', () => {
  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm (?:run ([\w:-]+)|(test|start))\b/g)].map((m) => m[1] ?? m[2])
    expect(named).toContain('examples')
    expect(named.filter((name) => !manifest.scripts[name])).toEqual([])
  })

  it('shows output that `npm run examples` prints', async () => {
    const sample = /```\n\$ npm run examples\n([\s\S]*?)```/.exec(readme)
    expect(sample, 'README shows the output of `npm run examples`').not.toBeNull()
    const [command, ...args] = manifest.scripts.examples.split(' ')
    expect(command).toBe('node')
    expect(args[0]).toBe('bin/cluetrain.js')
    const { code, stdout } = await cli(new URL('.', ROOT).pathname, args.slice(1))
    expect(code).toBe(0)
    const printed = new Set(stdout.split('\n'))
    const shown = sample![1].trimEnd().split('\n')
    expect(shown.filter((line) => !printed.has(line)), 'lines of the README’s sample that `npm run examples` does not print').toEqual([])
  })

  // The CI workflow and baseline commands, run as written on a copy of the examples, so that the
  // documented flags cannot drift from the CLI. Every one exits 0: the examples have warnings and no
  // error, and the baseline records them all.
  it('the CI example and baseline commands work as documented', async () => {
    const commands = [...readme.matchAll(/^\s*(?:- run: )?cluetrain ((?:lint|audit) [^#\n]*?)\s*(?:#.*)?$/gm)].map((m) => m[1])
    expect(commands.filter((c) => c.includes('--format sarif')).length).toBeGreaterThan(0)
    expect(commands.filter((c) => c.includes('--write-baseline')).length).toBeGreaterThan(0)
    const dir = mkdtempSync(join(tmpdir(), 'cluetrain-readme-'))
    cpSync(new URL('examples/', ROOT), join(dir, 'docs'), { recursive: true })
    // Baseline first, as a team would have committed it.
    const ordered = [...commands.filter((c) => c.includes('--write-baseline')), ...commands.filter((c) => !c.includes('--write-baseline'))]
    try {
      for (const command of ordered) {
        const [args, redirect] = command.split(' > ')
        const { code, stdout, stderr } = await cli(dir, args.trim().split(/\s+/))
        expect(code, `${command}\n${stderr}`).toBe(0)
        if (redirect) expect(() => JSON.parse(stdout), command).not.toThrow()
        // With every finding in the baseline, the annotations for a pull request are none.
        if (command.includes('--format github')) expect(stdout, command).toBe('')
        for (const report of args.match(/(?<=--report )\S+/g) ?? []) expect(existsSync(join(dir, report)), report).toBe(true)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
