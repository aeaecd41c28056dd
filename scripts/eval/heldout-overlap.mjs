#!/usr/bin/env node
// Does a held-out set share a sentence with any other test text? Compares each sentence of one
// held-out file (default test/corpus/fixes/heldout3-fr.yaml) with every other YAML file of the fix
// set (every case's text) and every file under test/corpus/real/, after folding case, apostrophes,
// quotes and spaces, both ways round (a sentence inside another text, or a shorter case text inside
// the sentence). It prints only a COUNT and the ids of the held-out file: the other texts are never
// printed, so that whoever gathers a held-out set does not read the others (and the reverse).
//   node scripts/eval/heldout-overlap.mjs [test/corpus/fixes/heldout3-fr.yaml]
// Exit status 1 when a sentence overlaps.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const fixes = join(root, 'test/corpus/fixes')
const target = resolve(process.argv[2] ?? join(fixes, 'heldout3-fr.yaml'))

// Folded for comparison: the same sentence typed with ’ or ', « » or ", two spaces or one.
export const fold = (s) =>
  s.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/[«»“”]/g, '"').replace(/\s+/g, ' ').trim()

// Case texts shorter than this are not looked for inside a held-out sentence: a two-word case
// ("Un must.") would match by chance. 20 characters is about four French words.
const MIN_INSIDE = 20

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

export function overlaps(sentences, otherTexts) {
  const others = otherTexts.map(fold)
  return sentences.filter(({ text }) => {
    const mine = fold(text)
    return others.some((o) => o.includes(mine) || (o.length >= MIN_INSIDE && mine.includes(o)))
  })
}

/** The sentences of the held-out file at `path` that overlap another test text. */
export function heldoutOverlaps(path) {
  const mine = YAML.parse(readFileSync(path, 'utf8'))
  const otherYaml = readdirSync(fixes).filter((f) => f.endsWith('.yaml') && join(fixes, f) !== resolve(path))
  const caseTexts = otherYaml.flatMap((f) => (YAML.parse(readFileSync(join(fixes, f), 'utf8')) ?? []).map((c) => c.text ?? ''))
  // The real test set is compared as whole files: a sentence of it may span lines.
  const realTexts = filesUnder(join(root, 'test/corpus/real')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(f, 'utf8'))
  return overlaps(mine, [...caseTexts, ...realTexts])
}

function main() {
  const mine = YAML.parse(readFileSync(target, 'utf8'))
  const found = heldoutOverlaps(target)
  console.log(`${basename(target)}: ${found.length} of ${mine.length} sentences overlap another test text${found.length ? `: ${found.map((c) => c.id).join(', ')}` : ''}`)
  process.exitCode = found.length ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
