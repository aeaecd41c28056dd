#!/usr/bin/env node
// One real-document case in its own process, so its peak memory is its own:
//   node scripts/bench/real-case.mjs cluetrain|unified|remark FILE RUNS   (in-process lint or parse)
//   node scripts/bench/real-case.mjs cluetrain|unified FILE 1 --unseen OTHER
//        (warm-up on other text of the same kind, three pieces of OTHER after FILE's, then one timed lint of FILE:
//         what a process that has linted other documents pays for a new one; the runs above lint
//         the same text again, which the engine's memo tables of words and sentences flatter)
//   node scripts/bench/real-case.mjs shares FILE                         (which path each block takes)
// Prints JSON as its last line: { wall: [ms...], cpu: [ms...], findings, words, maxRssMB } or the shares.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { loadTool } from './tools.mjs'
import { otherTexts } from './unseen.mjs'

const [tool, file, runsArg] = process.argv.slice(2)
const text = readFileSync(file, 'utf8')
const maxRssMB = () => process.resourceUsage().maxRSS / 1024

if (tool === 'shares') {
  console.log(JSON.stringify({ ...(await blockShares(text)), maxRssMB: maxRssMB() }))
  process.exit(0)
}

const check = await loadTool(tool)
const unseenAt = process.argv.indexOf('--unseen')
const runs = unseenAt > 0 ? 1 : Number(runsArg)
// Warm-up: JIT, caches, compiled rules; on other text when the timed text must be unseen, as many
// times as the runs below warm the same text again (their third run has had three lints before it).
let findings = unseenAt > 0 ? otherTexts(readFileSync(process.argv[unseenAt + 1], 'utf8'), text, 3).map(check).at(-1) : check(text)
const wall = []
const cpu = []
for (let i = 0; i < runs; i++) {
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  findings = check(text)
  wall.push(performance.now() - start)
  const used = process.cpuUsage(cpuStart)
  cpu.push((used.user + used.system) / 1000)
}
const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
console.log(JSON.stringify({ wall, cpu, findings, words, maxRssMB: maxRssMB() }))

/**
 * The blocks (lint()'s pieces: one top-level block each) of `text` by the path the parser takes:
 * built by the plain-block shortcut alone, handed to micromark (whole, or what is left after the
 * shortcut took its plain blocks), parsed twice (the shortcut's placeholder did not come back),
 * or read as plain text (absurd indentation). Counted over distinct pieces, as the session parses
 * a piece met twice once; the session's own count (LintSession.stats.parsed) is given beside it.
 *
 * The engine exports no count of these paths, so this calls the functions the session calls,
 * markdownPieces, hasAbsurdIndent, withDefinitions and parseWithPlainBlocks, from their modules in
 * dist/engine (found by name: they may move), and counts what parseWithPlainBlocks hands its
 * parser (remark-parse + remark-gfm here).
 */
async function blockShares(text) {
  const { LintSession } = await import('../../dist/engine/index.js')
  const session = new LintSession({ format: 'markdown' })
  session.lint(text)
  const { markdownPieces } = await engineModuleExporting('markdownPieces')
  const { hasAbsurdIndent } = await engineModuleExporting('hasAbsurdIndent')
  const { parseWithPlainBlocks } = await engineModuleExporting('parseWithPlainBlocks')
  const { withDefinitions, referenceKeys, mayDefine } = await engineModuleExporting('withDefinitions')
  const { parseDocumentText } = await engineModuleExporting('parseDocumentText')
  const parser = unified().use(remarkParse).use(remarkGfm).freeze()
  const cuts = markdownPieces(text, 0, 'markdown')
  const pieces = [...new Set(cuts.map((at, i) => text.slice(at, cuts[i + 1] ?? text.length)))]
  // The definitions the pieces make: each piece is parsed with those it refers to declared, as
  // the session parses it (the shortcut reads references to them itself).
  const defined = new Set(pieces.filter(mayDefine).flatMap((piece) => parseDocumentText(piece, 'markdown').defines))
  const blocks = { shortcut: 0, micromark: 0, mixed: 0, parsedTwice: 0, plainText: 0 }
  const characters = { shortcut: 0, micromark: 0, plainText: 0 }
  for (const piece of pieces) {
    if (hasAbsurdIndent(piece)) {
      blocks.plainText++
      characters.plainText += piece.length
      continue
    }
    let handed
    const declared = defined.size ? [...referenceKeys(piece)].filter((key) => defined.has(key)) : []
    const tree = withDefinitions(declared, () => parseWithPlainBlocks(piece, (compact) => ((handed = compact), parser.parse(compact))))
    if (!tree) {
      blocks.parsedTwice++
      characters.micromark += piece.length + handed.length
    } else if (handed === undefined) {
      blocks.shortcut++
      characters.shortcut += piece.length
    } else {
      blocks[handed === piece ? 'micromark' : 'mixed']++
      // The placeholders ("a", "- a") the shortcut leaves in the compact text are counted as micromark's.
      characters.micromark += handed.length
      characters.shortcut += Math.max(0, piece.length - handed.length)
    }
  }
  return { characters: text.length, pieces: cuts.length, distinct: pieces.length, sessionParsed: session.stats.parsed, blocks, blockCharacters: characters }
}

/** The module of dist/engine (in any folder) that exports `name`. */
async function engineModuleExporting(name) {
  const root = new URL('../../dist/engine/', import.meta.url).pathname
  const declares = new RegExp(`export (?:async )?function\\*? ${name}\\b|export \\{[^}]*\\b${name}\\b`)
  for (const path of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.js')).sort()) {
    if (declares.test(readFileSync(join(root, path), 'utf8'))) {
      const module = await import(pathToFileURL(join(root, path)).href)
      if (typeof module[name] === 'function') return module
    }
  }
  throw new Error(`no module of dist/engine exports ${name}: the block-path probe needs it (or a count from the engine)`)
}
