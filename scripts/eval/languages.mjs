#!/usr/bin/env node
// How often a block is given the wrong language, on copy written in one language throughout: the
// real corpora (test/corpus/real/<language>/{dev,test}, marks removed) and the clean prose
// (test/corpus/clean/<language>). A block is wrong when its language is not its folder's. Counted
// apart: headings, list items, short paragraphs (under 12 words, the length below which franc
// guesses) and all blocks.
//   node scripts/eval/languages.mjs          the table, dev and test sets and clean prose
//   node scripts/eval/languages.mjs --list   also the wrong blocks of the dev sets and clean prose, to study (never the test sets)
// Needs `npm run build` first. The document is parsed whole and its blocks assigned as lint() does.
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocumentText } from '../../dist/engine/parse/parse.js'
import { assignLanguages } from '../../dist/engine/text/language.js'
import { readMarks } from './marks.mjs'
import { markdownFiles } from './score-marked.mjs'

const root = fileURLToPath(new URL('../../', import.meta.url))
export const BLOCK_KINDS = ['headings', 'list items', 'short paragraphs', 'all blocks']
const SHORT_WORDS = 12
const LIST_MARKER = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?$/

function kindOf(unit, text) {
  if (unit.heading) return 'headings'
  const lineStart = text.lastIndexOf('\n', unit.start - 1) + 1
  if (LIST_MARKER.test(text.slice(lineStart, unit.start))) return 'list items'
  return unit.text.split(/\s+/).filter(Boolean).length < SHORT_WORDS ? 'short paragraphs' : undefined
}

/** Blocks counted and blocks given another language than `language`, per kind, over `dir`. */
export function languageErrors(dir, language) {
  const counts = Object.fromEntries(BLOCK_KINDS.map((kind) => [kind, { blocks: 0, wrong: 0 }]))
  const wrong = []
  for (const path of markdownFiles(dir)) {
    const { text } = readMarks(readFileSync(path, 'utf8'))
    const { units } = parseDocumentText(text, 'markdown')
    const { languages } = assignLanguages(units.map((unit) => ({ text: unit.text })))
    units.forEach((unit, i) => {
      const kind = kindOf(unit, text)
      const miss = languages[i] !== language
      for (const k of kind ? [kind, 'all blocks'] : ['all blocks']) {
        counts[k].blocks++
        if (miss) counts[k].wrong++
      }
      if (miss) wrong.push(`${relative(root, path)} (${kind ?? 'paragraph'}): “${unit.text.replace(/\s+/g, ' ').slice(0, 90)}”`)
    })
  }
  return { counts, wrong }
}

const SETS = [
  ['real, dev', (language) => join(root, 'test/corpus/real', language, 'dev')],
  ['real, test', (language) => join(root, 'test/corpus/real', language, 'test')],
  ['clean prose', (language) => join(root, 'test/corpus/clean', language)],
]

/** One row per set and language: the share of blocks of each kind given the wrong language. */
export function languageRows() {
  const rows = []
  for (const [name, dirOf] of SETS) {
    for (const language of ['en', 'fr']) {
      const { counts, wrong } = languageErrors(dirOf(language), language)
      const share = ({ blocks, wrong: w }) => (blocks ? `${((w * 100) / blocks).toFixed(1)}% (${w}/${blocks})` : '—')
      rows.push({ cells: [name, language, ...BLOCK_KINDS.map((kind) => share(counts[kind]))], wrong: name === 'real, test' ? [] : wrong })
    }
  }
  return rows
}

export const LANGUAGE_HEAD = ['set', 'language', ...BLOCK_KINDS.map((kind) => `${kind} read wrong`)]

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = languageRows()
  console.log([`| ${LANGUAGE_HEAD.join(' | ')} |`, `|${LANGUAGE_HEAD.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.cells.join(' | ')} |`)].join('\n'))
  if (process.argv.includes('--list')) for (const line of rows.flatMap((r) => r.wrong)) console.log(`- ${line}`)
}
