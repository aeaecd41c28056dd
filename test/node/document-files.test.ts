// One list of document extensions for the CLI and the editor.
import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { formatOfPath, MARKDOWN_EXTENSIONS, PROSE_GLOB, TEXT_EXTENSIONS } from '../../src/node/document-files.js'

describe('document files', () => {
  it('reads every Markdown extension, in any case, as Markdown, and the rest as text', () => {
    for (const extension of MARKDOWN_EXTENSIONS) expect(formatOfPath(`docs/a${extension.toUpperCase()}`)).toBe('markdown')
    for (const extension of TEXT_EXTENSIONS) expect(formatOfPath(`/x/notes${extension}`)).toBe('text')
    // A file path or a URI's path; a folder's dot is not the file's; `.md` alone is a name (as Node's extname says).
    expect(formatOfPath('C:\\copy.d\\launch.mkdn')).toBe('markdown')
    expect(formatOfPath('/copy.md/readme')).toBe('text')
    expect(formatOfPath('/copy/.md')).toBe('text')
  })

  it('finds every prose file in a folder search and nothing else', () => {
    const isProse = picomatch(PROSE_GLOB, { dot: false })
    for (const extension of [...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS]) expect(isProse(`a/b/c${extension}`)).toBe(true)
    expect(isProse('a/b/c.html')).toBe(false)
    expect(isProse('a/b/c.mdx')).toBe(false)
  })
})
