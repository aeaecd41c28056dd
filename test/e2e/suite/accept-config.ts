// “Accept” in the real editor never corrupts nor loses a .cluetrain.yaml (issue #13, item 6):
//   - configs whose last edit went wrong before (a trailing comma in a flow list, a list over
//     several lines with comments, a block scalar last, words YAML reads as numbers) come out as
//     the old value plus the word, and linting goes on with them;
//   - a broken config is left alone (the word does not go to another file either), and a config
//     linked to a file outside the workspace folder is not written through;
//   - another process appending 1,500 lines while words are accepted loses none of them.
// reliability.ts imports this file, so these run in index.ts's host, each in a folder of its own
// (accept-*/) that it deletes.
import { spawn } from 'node:child_process'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as vscode from 'vscode'
import { parseDocument } from 'yaml'
import { parseConfig } from '../../../src/engine/index.js'
import { ACCEPT_COMMAND } from '../../../src/extension/actions.js'
import { assert, assertEqual, test, waitFor } from './harness.js'

const inMainRun = process.env.CLUETRAIN_E2E_SUITE === 'memory' ? () => {} : test
const file = (path: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, path)
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Cluetrain')
const valueOf = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS()

/** A folder with `config` as its .cluetrain.yaml and a copy to accept words from; deleted afterwards. */
async function withFolder(dir: string, config: string, body: (paths: { config: vscode.Uri; copy: vscode.Uri }) => Promise<void>): Promise<void> {
  rmSync(file(dir).fsPath, { recursive: true, force: true })
  mkdirSync(file(dir).fsPath, { recursive: true })
  const paths = { config: file(`${dir}/.cluetrain.yaml`), copy: file(`${dir}/copy.md`) }
  writeFileSync(paths.config.fsPath, config)
  writeFileSync(paths.copy.fsPath, 'We leverage synergies across the board.\n')
  try {
    await body(paths)
  } finally {
    rmSync(file(dir).fsPath, { recursive: true, force: true })
  }
}

async function accept(copy: vscode.Uri, word: string): Promise<void> {
  assert(await vscode.commands.executeCommand<boolean>(ACCEPT_COMMAND, copy, word), `the accept command reports success for “${word}”`)
}

// Each of these lost the whole config to one accepted word before: the file no longer parsed, or
// `accept` held a number, and linting went on as if there were no config.
const CORRUPTED_BEFORE: Array<{ name: string; config: string; word: string }> = [
  { name: 'a flow list with a trailing comma', config: 'accept: [Nimbus, Acme,]\nrules:\n  hype: off\n', word: 'synergies' },
  { name: 'a flow list over several lines, with comments', config: '# Team words\naccept: [\n  Nimbus,   # our product\n  Acme      # a client\n]\nrules: {hype: off}\n', word: 'synergies' },
  { name: 'a block scalar as the last item', config: 'accept:\n  - Nimbus\n  - >-\n    Acme\n    Corp\nrules:\n  hype: off\n', word: 'synergies' },
  { name: 'a word YAML reads as a hexadecimal number', config: 'accept:\n  - Nimbus\n', word: '0x1F' },
  { name: 'a word YAML reads as an octal number', config: 'accept: [Nimbus]\n', word: '0o17' },
  { name: '`accept: ~`, CRLF and document markers', config: '---\r\naccept: ~   # none yet\r\nrules:\r\n  hype: off\r\n...\r\n', word: 'synergies' },
]

CORRUPTED_BEFORE.forEach(({ name, config, word }, i) =>
  inMainRun(`accept: ${name} stays a valid config with the word added`, () =>
    withFolder(`accept-corrupt-${i}`, config, async ({ config: uri, copy }) => {
      if (word === 'synergies') {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy), { preview: false })
        await waitFor(() => ours(copy).some((d) => d.message.includes('synergies')), '“synergies” flagged before it is accepted')
      }
      await accept(copy, word)
      const text = readFileSync(uri.fsPath, 'utf8')
      const before = valueOf(config)
      assertEqual(valueOf(text), { ...before, accept: [...(before.accept ?? []), word] }, `the config reads as before plus “${word}”:\n${text}`)
      parseConfig(text, uri.fsPath) // throws on what the extension would reject, dropping the config
      for (const note of config.match(/#[^\r\n]*/g) ?? []) assert(text.includes(note), `the comment “${note}” is kept:\n${text}`)
      if (word === 'synergies') await waitFor(() => !ours(copy).some((d) => d.message.includes('synergies')), 'the accepted word is no longer flagged: the config is in use')
      await vscode.commands.executeCommand('workbench.action.closeAllEditors')
    }),
  ),
)

inMainRun('accept: a broken nearest config is left as it is, and the word goes nowhere else', () =>
  withFolder('accept-broken', 'accept: [Nimbus\nrules: {hype: off}\n', async ({ config, copy }) => {
    const root = file('.cluetrain.yaml').fsPath
    try {
      const ok = await vscode.commands.executeCommand<boolean>(ACCEPT_COMMAND, copy, 'synergies')
      assert(!ok, 'the accept command reports that it did not accept the word')
      assertEqual(readFileSync(config.fsPath, 'utf8'), 'accept: [Nimbus\nrules: {hype: off}\n', 'the broken config is unchanged')
      assert(!existsSync(root), 'no config was created at the folder root instead')
    } finally {
      rmSync(root, { force: true }) // else the word would reach every other test's copy
    }
  }),
)

inMainRun('accept: a config linked to a file outside the workspace folder is not written through', () =>
  withFolder('accept-link', '', async ({ config, copy }) => {
    const outside = mkdtempSync(join(tmpdir(), 'ct-outside-'))
    const shared = join(outside, 'settings.yaml')
    writeFileSync(shared, 'accept: [Nimbus]\n')
    rmSync(config.fsPath)
    symlinkSync(shared, config.fsPath)
    try {
      const ok = await vscode.commands.executeCommand<boolean>(ACCEPT_COMMAND, copy, 'synergies')
      assert(!ok, 'the accept command reports that it did not accept the word')
      assertEqual(readFileSync(shared, 'utf8'), 'accept: [Nimbus]\n', 'the file outside is unchanged')
      assert(lstatSync(config.fsPath).isSymbolicLink(), 'the link is still a link')
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  }),
)

inMainRun('accept: words accepted while another process appends 1,500 lines to .cluetrain.yaml lose none of them', () =>
  withFolder('accept-race', '# Team words\naccept:\n  - Nimbus\n', async ({ config, copy }) => {
    const LINES = 1500
    // Another process appends one line at a time (open, write, close) for a few seconds. The
    // timing only decides how often it meets an accept; nothing may be lost either way.
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); const pause = new Int32Array(new SharedArrayBuffer(4));
       for (let i = 0; i < ${LINES}; i++) { fs.appendFileSync(process.argv[1], '# line ' + i + '\\n'); if (i % 5 === 4) Atomics.wait(pause, 0, 0, 5) }`,
      config.fsPath,
    ])
    let running = true
    const exited = new Promise<number | null>((resolve) => writer.on('exit', (code) => resolve(code)))
    void exited.then(() => (running = false))
    const words: string[] = []
    for (let n = 0; running || n < 10; n++) {
      words.push(`word${n}`)
      await accept(copy, `word${n}`)
    }
    assertEqual(await exited, 0, 'the writer finished')
    // A line its writer was stalled on past an accept's settling is carried over from the replaced
    // file a little later (src/extension/late-writes.ts): wait for it, no longer than the watch.
    const appended = () => readFileSync(config.fsPath, 'utf8').split('\n').filter((l) => l.startsWith('# line ')).length
    await waitFor(() => appended() === LINES || undefined, 'every appended line is there', 12_000).catch(() => undefined)
    const text = readFileSync(config.fsPath, 'utf8')
    const lines = text.split('\n').filter((l) => l.startsWith('# line '))
    assertEqual(lines.length, LINES, `every appended line is there (${words.length} words accepted meanwhile)${raceReport(config, lines, LINES)}`)
    assertEqual(lines, Array.from({ length: LINES }, (_, i) => `# line ${i}`), `in order, once each${raceReport(config, lines, LINES)}`)
    assertEqual(valueOf(text).accept, ['Nimbus', ...words], 'every accepted word is there')
  }),
)

/** On a failure: which lines are missing or repeated, and what went to `.late-` files (config-write.ts) instead. */
function raceReport(config: vscode.Uri, lines: string[], count: number): string {
  const seen = new Map<string, number>()
  for (const line of lines) seen.set(line, (seen.get(line) ?? 0) + 1)
  const expected = Array.from({ length: count }, (_, i) => `# line ${i}`)
  const missing = expected.filter((line) => !seen.has(line))
  const repeated = [...seen].filter(([, n]) => n > 1).map(([line]) => line)
  const folder = vscode.Uri.joinPath(config, '..').fsPath
  const late = readdirSync(folder).filter((name) => name.includes('.late-'))
  const kept = late.map((name) => `${name}: ${JSON.stringify(readFileSync(join(folder, name), 'utf8'))}`)
  if (!missing.length && !repeated.length && !late.length) return ''
  return `\n  missing: ${missing.join(', ') || 'none'}\n  repeated: ${repeated.join(', ') || 'none'}\n  kept aside: ${kept.join('; ') || 'none'}`
}
