// False alarms on clean prose (test/corpus/clean/<language>/<genre>/*.md: fiction, documentation,
// legal text, public domain or openly licensed, sources in each file's first line). Nothing there
// is corporate-speak, so every warning is a false alarm; info findings are counted apart (they
// are hints, shown without a squiggle's weight).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lint } from '../../dist/engine/index.js'
import { markdownFiles } from './score-marked.mjs'

export function scoreCleanProse(dir, language) {
  const genres = {}
  for (const genre of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const counts = { words: 0, warnings: 0, infos: 0, byRule: {}, examples: [] }
    for (const path of markdownFiles(join(dir, genre))) {
      const { findings, words } = lint(readFileSync(path, 'utf8'), { format: 'markdown', language })
      counts.words += words
      for (const f of findings) {
        const warning = f.severity !== 'info'
        if (warning) counts.warnings++
        else counts.infos++
        const rule = (counts.byRule[f.ruleId] ??= { warnings: 0, infos: 0 })
        if (warning) rule.warnings++
        else rule.infos++
        if (warning && counts.examples.length < 15) counts.examples.push(`${language} ${genre} ${f.ruleId}: “${f.actual.replace(/\s+/g, ' ').slice(0, 60)}”`)
      }
    }
    genres[genre] = counts
  }
  return genres
}
