// Which files are prose to lint, for every front end: the CLI's folder search, the extension's
// audit, and the format each file is linted as. One list, so that the CLI and the editor never
// disagree on a file. Pure (no file system): the extension host bundles it.
import type { DocumentFormat } from '../engine/index.js'

export const MARKDOWN_EXTENSIONS = ['.md', '.markdown', '.mdown', '.mkd', '.mkdn']
export const TEXT_EXTENSIONS = ['.txt', '.text']

/** Every prose file under a folder, as a glob (tinyglobby's and VS Code's findFiles read it alike). */
export const PROSE_GLOB = `**/*.{${[...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS].map((e) => e.slice(1)).join(',')}}`

/** A path's extension, lower case, as Node's `extname` finds it: `.md` alone is a name, not an extension. */
function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot).toLowerCase() : ''
}

/** Markdown for a Markdown extension, any case; plain text otherwise. Takes a file path or a URI's path. */
export function formatOfPath(path: string): DocumentFormat {
  return MARKDOWN_EXTENSIONS.includes(extensionOf(path)) ? 'markdown' : 'text'
}
