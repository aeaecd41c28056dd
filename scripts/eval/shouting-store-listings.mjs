#!/usr/bin/env node
// The shouting rule's findings on app-store listings (issue #16, session 29): fastlane's
// full_description.txt and Play's full-description.txt, copy the README corpus does not hold, set in
// HTML (<b>…</b>, <br>) or Markdown, with labels in capitals that head their lines ("<b>KEY
// FEATURES</b>", "★ PRIVACY ★"). The listings are a measuring instrument, kept out of the
// repository (not redistributed): one folder per language, e.g. .cache/store-listings/en and /fr
// (git-ignored), each file one listing. Every finding is printed with its line, grouped by the shape
// of the flagged text and where it stands (shouting-readmes.mjs's grouping), to classify by hand.
// The results are in docs/quality-notes.md ("Session 29: shouting on store listings").
//
//   node scripts/eval/shouting-store-listings.mjs [--en DIR]... [--fr DIR]... [--json FILE]
//
// Without folders: .cache/store-listings/en and .cache/store-listings/fr. Needs dist/ (npm run build).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { shoutingFindings } from './shouting-readmes.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)
const valuesOf = (flag) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []))
const folders = [
  ...valuesOf('--en').map((dir) => ({ dir, language: 'en' })),
  ...valuesOf('--fr').map((dir) => ({ dir, language: 'fr' })),
]
if (folders.length === 0) for (const language of ['en', 'fr']) folders.push({ dir: join(ROOT, '.cache/store-listings', language), language })

// A listing is linted as Markdown (the HTML tags stay in the text, as a store shows them rendered).
const corpora = folders
  .filter(({ dir }) => existsSync(dir))
  .map(({ dir, language }) => ({
    name: `${language}:${dir}`,
    format: 'markdown',
    language,
    kept: readdirSync(resolve(dir))
      .filter((name) => /\.(?:txt|md)$/u.test(name))
      .sort()
      .map((name) => ({ title: name, text: readFileSync(join(resolve(dir), name), 'utf8') })),
  }))
const { findings, totals } = await shoutingFindings(corpora)
for (const [name, t] of Object.entries(totals)) console.log(`${name}: ${t.files} listings, ${t.words.toLocaleString('en')} words, ${t.findings} shouting findings`)
let n = 0
for (const f of findings) console.log(`${String(++n).padStart(3)}. [${f.language}] ${f.file} (${f.shape} / ${f.place}): ${f.context}`)
const json = valuesOf('--json')[0]
if (json) writeFileSync(json, `${JSON.stringify({ totals, findings }, null, 1)}\n`)
