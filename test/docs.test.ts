import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { rulesMarkdown } from '../src/cli/rules-doc.js'

it('docs/rules.md is generated from the current rule data (run `npm run build:docs`)', () => {
  const onDisk = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')
  expect(onDisk === rulesMarkdown(), 'docs/rules.md is stale: run `npm run build:docs`').toBe(true)
})
