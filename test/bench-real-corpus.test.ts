import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
// @ts-expect-error: a plain ESM script without types
import { realCorpus, writeRealCorpus } from '../scripts/bench/real-corpus.mjs'

// The benchmark's real-document corpora must be the same files in the same order on every machine
// with the same package-lock: built here from a small node_modules of its own.
const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'ct-real-corpus-'))
  folders.push(root)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const README = (name: string) => `A package called ${name}.\n\nIt does one thing, and does it in ${name.length} ways.\n`
const packages = {
  'node_modules/alpha/README.md': README('alpha'),
  'node_modules/@scope/beta/readme.markdown': README('beta'),
  'node_modules/gamma/Readme.md': README('gamma'),
  // The same README at another version: kept once.
  'node_modules/gamma/node_modules/alpha/README.md': README('alpha'),
  // An unclosed fence would swallow every README after it in a joined document: left out.
  'node_modules/delta/README.md': 'Usage:\n\n```js\nrequire("delta")\n',
  'node_modules/alpha/docs/guide.md': 'Not a README.\n',
}
const options = (root: string) => ({ modules: join(root, 'node_modules'), systemDocs: join(root, 'no-such-folder'), sizes: { small: 100, all: 1000 }, workspaceFiles: 5 })

it('builds the same corpora whatever the order and place of the packages', () => {
  const first = realCorpus(options(tree(packages)))
  // alpha installed under another package (last in the walk, not first) gives the same corpus.
  const moved = Object.fromEntries(Object.entries(packages).map(([path, text]) => [path.replace(/^node_modules\/alpha\/README/, 'node_modules/omega/node_modules/alpha/README'), text]))
  const second = realCorpus(options(tree(moved)))
  expect(second.documents).toEqual(first.documents)
  expect(second.workspace).toEqual(first.workspace)
  // The manifests differ only in the folder named as missing.
  expect({ ...second.manifest, missing: Object.keys(second.manifest.missing) }).toEqual({ ...first.manifest, missing: ['readme-all', 'sysdoc-1m'] })
  expect(first.manifest.readmes).toEqual({ files: 3, characters: expect.any(Number), dropped: { duplicate: 1, empty: 0, unclosed: 1, tooLarge: 0 } })
})

it('joins whole READMEs, each after its package name, and says what it could not build', () => {
  const { documents, workspace, manifest } = realCorpus(options(tree(packages)))
  const small: string = documents['readme-small']
  // 100 characters take two of the three READMEs (each about 75 with its heading), never a cut one.
  expect(manifest.documents['readme-small'].files).toBe(2)
  const titles = [...small.matchAll(/^# (.+)$/gm)].map((m) => m[1])
  expect(titles).toHaveLength(2)
  for (const title of titles) expect(small).toContain(README(title.replace('@scope/', '')))
  expect(small).not.toContain('require("delta")')
  // 1,000 characters is more than the three READMEs hold: no document, a reason instead.
  expect(documents['readme-all']).toBeUndefined()
  expect(manifest.missing['readme-all']).toMatch(/^only \d+ characters of Markdown for 1,000$/)
  expect(manifest.missing['sysdoc-1m']).toMatch(/^no folder /)
  // Five files from three READMEs: all three, then again in the same order.
  expect(workspace.map((f: { name: string }) => f.name.slice(0, 4))).toEqual(['0000', '0001', '0002', '0003', '0004'])
  expect(workspace[3].text).toBe(workspace[0].text)
})

it('writes the corpora whole, the same files twice over', () => {
  const source = tree(packages)
  const out = join(tree({}), 'corpus')
  const listing = () => readdirSync(out, { recursive: true, encoding: 'utf8' }).sort().map((name) => [name, name.endsWith('.md') ? readFileSync(join(out, name), 'utf8') : ''])
  writeRealCorpus(out, realCorpus(options(source)), 'key')
  const first = listing()
  writeRealCorpus(out, realCorpus(options(source)), 'key')
  expect(listing()).toEqual(first)
  expect(first.map(([name]) => name)).toEqual(['manifest.json', 'one-line.md', 'readme-small.md', 'workspace', ...[0, 1, 2, 3, 4].map((i) => expect.stringMatching(new RegExp(`^workspace/000${i}-\\w+\\.md$`)))])
  expect(readdirSync(dirname(out))).toEqual(['corpus'])
})
