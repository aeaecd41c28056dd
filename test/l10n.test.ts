// Every UI string of the extension has a French translation, and every nls key both languages.
import { readdirSync, readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')

it('every vscode.l10n.t string is translated in l10n/bundle.l10n.fr.json', () => {
  const french = JSON.parse(read('l10n/bundle.l10n.fr.json')) as Record<string, string>
  const used = new Set<string>()
  for (const file of readdirSync(new URL('src/extension/', root))) {
    for (const m of read(`src/extension/${file}`).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\(.)/g, '$1'))
  }
  expect([...used].filter((s) => !(s in french))).toEqual([])
  expect(Object.keys(french).filter((s) => !used.has(s))).toEqual([])
})

it('package.nls.json and package.nls.fr.json have the same keys, and package.json uses only those', () => {
  const en = JSON.parse(read('package.nls.json'))
  const fr = JSON.parse(read('package.nls.fr.json'))
  expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
  const used = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1])
  expect(used.filter((k) => !(k in en))).toEqual([])
})
