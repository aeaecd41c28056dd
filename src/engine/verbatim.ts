// Lines Markdown reads verbatim whatever they hold: front matter, fenced code and HTML comments.
// The piece cutter (parse.ts) and the plain-block shortcut (plain-blocks.ts) must agree on them.

/** Where the front matter ends: 0 when there is none. */
export function frontMatterEnd(text: string): number {
  if (!text.startsWith('---')) return 0
  const close = text.indexOf('\n---', 3)
  return close < 0 ? text.length : text.indexOf('\n', close + 4) + 1 || text.length
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/** Follows fenced code and HTML comments, one line at a time. */
export class VerbatimLines {
  private fence: string | undefined = undefined
  private inComment = false

  /** Whether the next line is inside fenced code or a comment. */
  get inside(): boolean {
    return this.fence !== undefined || this.inComment
  }

  /** Reads a line; true when it opens fenced code or a comment (even one it closes). */
  read(line: string): boolean {
    const marker = FENCE.exec(line)?.[1]
    if (this.fence) {
      if (marker && marker[0] === this.fence[0] && marker.length >= this.fence.length && line.trim() === marker) this.fence = undefined
      return false
    }
    if (marker) {
      this.fence = marker
      return true
    }
    if (this.inComment) {
      this.inComment = !line.includes('-->')
      return false
    }
    if (!line.includes('<!--')) return false
    this.inComment = !line.slice(line.lastIndexOf('<!--')).includes('-->')
    return true
  }
}
