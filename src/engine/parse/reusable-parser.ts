// A remark parser's work without its cost per call. `processor.parse` (remark-parse →
// fromMarkdown) combines micromark's extensions and configures the mdast compiler anew on every
// call: with GFM, whose autolink literals hook every ASCII letter and digit, that was 15–20% of
// what micromark cost on what the plain-block shortcut hands it (52–82 ms per lint of readme-1m,
// 367 calls; docs/performance.md). Here both are built once per processor, and each call only
// clears the state micromark keeps on its parser for one document.
import type { Root } from 'mdast'
import { parse, postprocess, preprocess } from 'micromark'
import type { ParseContext } from 'micromark-util-types'
import type { Processor } from 'unified'
import { createCompiler } from './mdast-compiler.js'

/** The tree `processor.parse(text)` gives (a frozen remark-parse processor), built faster. */
export function reusableParser(processor: Processor<Root>): (text: string) => Root {
  const data = processor.data()
  const parser = parse({ extensions: data.micromarkExtensions ?? [] }) as ParseContext & { gfmFootnotes?: string[] }
  const compile = createCompiler(data.fromMarkdownExtensions ?? [])
  return (text) => {
    // All micromark and its extensions keep for one document: the definitions seen (their
    // labels), GFM's footnote definitions, and which lines are lazy continuations.
    parser.defined = []
    parser.lazy = {}
    parser.gfmFootnotes = undefined
    return compile(postprocess(parser.document().write(preprocess()(text, undefined, true))))
  }
}
