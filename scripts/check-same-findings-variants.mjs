#!/usr/bin/env node
// Proves a refactoring of the rule kinds changed no finding where the CLI's defaults do not look:
// lints the bench documents and the test corpora through the built engine with other options
// (message locale, quotation handling, plain text, custom phrases and accepted words) and with the
// density and ratio rules counted over every scope (paragraph, section, document), then saves the
// findings or compares them with saved ones. check-same-findings.mjs covers the CLI's defaults.
//   node scripts/check-same-findings-variants.mjs --save scratch/variants-before.json   (old tree)
//   node scripts/check-same-findings-variants.mjs --compare scratch/variants-before.json (new tree)
// Needs `npm run build` first. Exit 1 and the first differing case when the findings differ.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateDocument } from './bench/corpus.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const { lint, defaultRuleData } = await import(join(root, 'dist/engine/index.js'))
const [mode, file] = process.argv.slice(2)
if (!['--save', '--compare'].includes(mode) || !file) {
  console.error('usage: check-same-findings-variants.mjs --save|--compare FILE')
  process.exit(2)
}

const markdownUnder = (dir) => readdirSync(join(root, dir), { recursive: true }).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f))
const texts = { 'bench/en-30000.md': generateDocument('en', 30_000), 'bench/fr-30000.md': generateDocument('fr', 30_000) }
for (const path of [...markdownUnder('test/corpus/labelled'), ...markdownUnder('test/corpus/real')]) texts[relative(root, join(root, path))] = readFileSync(join(root, path), 'utf8')

/** The bundled rules with every density and ratio rule counted over `scope`. */
const scoped = (scope) => ({ ...defaultRuleData, rules: defaultRuleData.rules.map((r) => (r.kind === 'density' || r.kind === 'ratio' ? { ...r, scope } : r)) })
const variants = {
  'locale fr, quotes skip': { locale: 'fr', config: { quotes: 'skip' } },
  'locale en, quotes keep': { locale: 'en', config: { quotes: 'keep' } },
  'plain text': { format: 'text' },
  'custom phrases, accepted words': {
    config: { phrases: [{ phrase: 'value chain', suggest: ['supply'] }, { phrases: ['clients'], language: 'fr', message: 'Dites « vous »' }], accept: ['synergies', 'SYNERGY'] },
  },
  'density and ratio per paragraph': { ruleData: scoped('paragraph') },
  'density and ratio per section': { ruleData: scoped('section') },
  'density and ratio per document': { ruleData: scoped('document') },
}

const results = {}
let findings = 0
for (const [variant, options] of Object.entries(variants)) {
  for (const [path, text] of Object.entries(texts)) {
    const result = lint(text, options)
    findings += result.findings.length
    results[`${variant}: ${path}`] = result
  }
}

if (mode === '--save') {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(results, null, 1))
  console.log(`saved ${Object.keys(results).length} cases, ${findings} findings to ${file}`)
} else {
  const before = JSON.parse(readFileSync(file, 'utf8'))
  const keys = new Set([...Object.keys(before), ...Object.keys(results)])
  const differing = [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(results[k]))
  if (differing.length) {
    console.error(`findings differ in ${differing.length} cases (first: ${differing[0]})`)
    process.exit(1)
  }
  console.log(`same findings: ${keys.size} cases, ${findings} findings`)
}
