// reusable-parser.ts parses with micromark's extensions combined once and our copy of
// mdast-util-from-markdown's compiler (mdast-compiler.ts) configured once: its tree must be the one
// remark-parse gives, node for node and offset for offset, for every node type, on Markdown dense
// with inline and GFM syntax, on the documents the property tests generate, on every file of the
// test corpora, and across calls (a parser built once must forget each document's definitions).
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { everyCorpusMarkdownPath } from '../corpus-files.js'
import { remarkDeclaredDefinitions, withDefinitions } from '../../src/engine/parse/definitions.js'
import { reusableParser } from '../../src/engine/parse/reusable-parser.js'
import { contextDocument, document } from './generated-documents.js'

const processors = {
  gfm: unified().use(remarkParse).use(remarkGfm).use(remarkDeclaredDefinitions).freeze(),
  commonmark: unified().use(remarkParse).use(remarkDeclaredDefinitions).freeze(),
  frontMatter: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDeclaredDefinitions).freeze(),
}
const reusable = { gfm: reusableParser(processors.gfm), commonmark: reusableParser(processors.commonmark), frontMatter: reusableParser(processors.frontMatter) }
const kinds = Object.keys(processors) as Array<keyof typeof processors>

/** Every node type in a tree, with how many there are: the tests say what they covered. */
function countTypes(tree: Root, into: Map<string, number>): void {
  const stack: unknown[] = [tree]
  while (stack.length) {
    const node = stack.pop() as { type: string; children?: unknown[] }
    into.set(node.type, (into.get(node.type) ?? 0) + 1)
    if (node.children) stack.push(...node.children)
  }
}

function same(text: string, seen?: Map<string, number>, only: readonly (keyof typeof processors)[] = kinds): void {
  for (const kind of only) {
    const tree = reusable[kind](text)
    expect(JSON.stringify(tree), `${kind}: ${JSON.stringify(text)}`).toBe(JSON.stringify(processors[kind].parse(text)))
    if (seen && kind === 'frontMatter') countTypes(tree, seen)
  }
}

// Every construct of CommonMark, GFM and front matter, in pieces the gaps between them may join
// or break: inline syntax next to inline syntax, containers around it, CRLF and lone CR.
const piece = fc.constantFrom(
  'We', 'leverage', 'é', '42', 'a.b', '*a*', '**b**', '_c_', '__d__', '***e***', '*', '**', '_', '`x`', '``y` z``', '`', '~~s~~', '~t~', '\\*', '\\[', '\\\\', '\\',
  '&amp;', '&#64;', '&#x41;', '&copy;', '&bogus;', '<b>', '</b>', '<!-- c -->', '<?p?>', '<![CDATA[x]]>', '<div>', '</div>', '<https://a.b>', '<a@b.co>', 'https://a.b/c?d',
  'www.a.b', 'a@b.co', 'mailto:a@b.co', '[a](b)', '[a](<b c> "t")', "[a](b 't')", '[a][r]', '[r][]', '[r]', '![i](j "t")', '![i][r]', '[^1]', '[^n]', '[', ']', '(', ')',
  '!', '|', ':', '-', '#', '=', '  \n', '\\\n', '\r\n', '\r', '\t',
)
const block = fc.constantFrom(
  '# H', '## H #', 'S\n===', 'S\n---', '> q', '> > qq', '- a', '* b', '+ c', '1. o', '3) p', '- [ ] t', '- [x] d', '    code', '```js meta\nf()\n```', '~~~\nx\n~~~',
  '```\nunclosed', '***', '---', '<div>\nhtml\n</div>', '<!--\ncomment\n-->', '[r]: /u "t"', '[^1]: note', '[^n]:\n    indented note', '| a | b |\n|:-|-:|\n| c | d |',
  'a | b\n- | -\nc', '---\ntitle: T\n---', '<pre>\n\nx\n</pre>', '1. a\n\n   b', '- a\n\n- b', '- a\n  - b\n    - c', '> - a\n> b', '10. x\n11. y',
)
const gap = fc.constantFrom(' ', '', '\n', '\n\n', '\n  ', '\n    ', '\n- ', '\n1. ', '\n> ', '\r\n', '\r\n\r\n')
// Half of them define what the references refer to (else "[r]" and "[^1]" stay text).
const dense = fc
  .tuple(fc.array(fc.tuple(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: block }), gap), { minLength: 1, maxLength: 30 }), fc.boolean())
  .map(([parts, define]) => parts.map(([p, g]) => p + g).join('') + (define ? '\n\n[r]: /u\n\n[^1]: n\n' : ''))

describe('the parser built once (reusable-parser.ts, mdast-compiler.ts)', () => {
  it('gives remark-parse’s tree on Markdown dense with inline and GFM syntax', () => {
    const seen = new Map<string, number>()
    fc.assert(fc.property(dense, (text) => same(text, seen)), { numRuns: 1500, seed: 27 })
    // Every node type of CommonMark, GFM and front matter was built and compared (mdast's 24).
    const types = ['root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code', 'html', 'definition', 'text', 'emphasis', 'strong', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference', 'footnoteDefinition', 'footnoteReference', 'delete', 'table', 'tableRow', 'tableCell', 'yaml']
    for (const type of types) expect(seen.get(type) ?? 0, type).toBeGreaterThan(10)
  }, 300_000)

  it('gives remark-parse’s tree on the generated documents of the property tests', () => {
    fc.assert(fc.property(document, ({ text }) => same(text)), { numRuns: 300, seed: 27 })
    fc.assert(fc.property(contextDocument, (text) => same(text)), { numRuns: 300, seed: 27 })
  }, 300_000)

  it('gives remark-parse’s tree on every file of the test corpora', () => {
    const files = everyCorpusMarkdownPath()
    expect(files.length).toBeGreaterThan(100)
    // With GFM only (what lint() hands micromark most): 1.9 MB parsed twice, each way.
    for (const file of files) same(readFileSync(file, 'utf8'), undefined, ['gfm'])
  }, 300_000)

  it('forgets a document’s definitions before the next, and takes those declared to it', () => {
    for (const kind of kinds) {
      const parse = reusable[kind]
      parse('[r]: /u\n\n[^1]: note\n\n> a\nlazy')
      same('[r] and [^1]\n\n> a\nlazy')
      expect(JSON.stringify(parse('[r] and [^1]'))).toBe(JSON.stringify(processors[kind].parse('[r] and [^1]')))
      const declared = (run: (text: string) => Root) => JSON.stringify(withDefinitions(['R', '^1'], () => [run('[r] and [^1]'), run('[r] then [^1]')]))
      expect(declared(parse)).toBe(declared((text) => processors[kind].parse(text)))
    }
    expect(JSON.stringify(withDefinitions(['R'], () => reusable.gfm('[r]')))).toContain('linkReference')
  })
})
