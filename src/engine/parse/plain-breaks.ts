// Hard line breaks in the shortcut's inline content (plain-inline.ts), as micromark builds them:
// two or more spaces before a line ending, or a backslash before one, end a line of a paragraph
// with a `break` node that runs from the first space (or the backslash) to past the line ending;
// the next text starts after the next line's indent. On readme-1m they handed micromark 36
// chunks (5,289 characters, ~10 ms of its CPU alone). A single space before a line ending
// (stripped from the text), spaces before a CRLF, a break before a block quote's marker and a
// block that ends in spaces are left to micromark.

/** A hard break: where it starts and the next line's text starts, and where its node ends. */
export interface BreakAtom {
  start: number
  end: number
  fence: 0
  /** Past the line ending: where the `break` node ends (`end` is past the next line's indent too). */
  breakEnd: number
}

const INDENT = / */y

/** The break at the line ending `value[newline]` (after `from`, its first space or backslash), or undefined when micromark's is not one. */
export function breakAtom(value: string, from: number, newline: number): BreakAtom | undefined {
  INDENT.lastIndex = newline + 1
  const end = newline + 1 + INDENT.exec(value)![0].length
  if (value[end] === '>' || value[newline - 1] === '\r') return undefined
  return { start: from, end, fence: 0, breakEnd: newline + 1 }
}

/**
 * `atoms` (sorted) with the breaks of two or more spaces outside them, in order; undefined when a
 * line ending outside them has one space before it, or spaces and a CR, or the value ends in a space.
 */
export function withSpaceBreaks<T extends { start: number; end: number }>(value: string, atoms: readonly T[]): Array<T | BreakAtom> | undefined {
  if (value.endsWith(' ')) return undefined
  const out: Array<T | BreakAtom> = []
  let next = 0
  for (let newline = value.indexOf('\n'); newline >= 0; newline = value.indexOf('\n', newline + 1)) {
    for (; next < atoms.length && atoms[next].start < newline; next++) out.push(atoms[next])
    const inside = out.length > 0 && out[out.length - 1].end > newline
    if (inside) continue
    const lineEnd = value[newline - 1] === '\r' ? newline - 1 : newline
    let spaces = lineEnd
    while (value[spaces - 1] === ' ') spaces--
    if (spaces === lineEnd) continue
    if (spaces === lineEnd - 1 || lineEnd !== newline) return undefined
    const atom = breakAtom(value, spaces, newline)
    if (!atom) return undefined
    out.push(atom)
  }
  for (; next < atoms.length; next++) out.push(atoms[next])
  return out
}
