import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { rulesMarkdown } from '../src/cli/rules-doc.js'

it('docs/rules.md is generated from the current rule data (run `npm run build:docs`)', () => {
  const onDisk = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')
  expect(onDisk === rulesMarkdown(), 'docs/rules.md is stale: run `npm run build:docs`').toBe(true)
})

// The README's CI workflow and baseline commands are run as written (on a copy of the examples),
// so the documented flags cannot drift from the CLI.
it('the README’s CI example and baseline commands work as documented', async () => {
  const { cpSync, existsSync, mkdtempSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { main } = await import('../src/cli/main.js')
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const commands = [...readme.matchAll(/^\s*(?:- run: )?cluetrain ((?:lint|audit) [^#\n]*?)\s*(?:#.*)?$/gm)].map((m) => m[1])
  expect(commands.filter((c) => c.includes('--format sarif')).length).toBeGreaterThan(0)
  expect(commands.filter((c) => c.includes('--write-baseline')).length).toBeGreaterThan(0)
  const dir = mkdtempSync(join(tmpdir(), 'cluetrain-readme-'))
  cpSync(new URL('../examples/', import.meta.url), join(dir, 'docs'), { recursive: true })
  // Baseline first, as a team would have committed it.
  const ordered = [...commands.filter((c) => c.includes('--write-baseline')), ...commands.filter((c) => !c.includes('--write-baseline'))]
  for (const command of ordered) {
    const [args, redirect] = command.split(' > ')
    let stdout = ''
    let stderr = ''
    const code = await main(args.trim().split(/\s+/), { cwd: dir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), color: false })
    expect([0, 1], `${command}\n${stderr}`).toContain(code)
    if (redirect) expect(() => JSON.parse(stdout), command).not.toThrow()
    for (const report of args.match(/(?<=--report )\S+/g) ?? []) expect(existsSync(join(dir, report)), report).toBe(true)
  }
})
