// Inline directives in HTML comments: <!-- cluetrain-disable RULE... -->, -enable, 
// -disable-next-line, and <!-- cluetrain-language fr|en|auto -->. No rule named means all rules.

export type DirectiveType = 'disable' | 'enable' | 'disable-next-line' | 'language'

export interface Directive {
  type: DirectiveType
  /** Rule ids, or the language for `language`. Empty: every rule. */
  args: string[]
  start: number
  end: number
}

const DIRECTIVE = /<!--\s*cluetrain-(disable-next-line|disable|enable|language)\b([^]*?)-->/g

export function parseDirectives(html: string, base: number): Directive[] {
  const found: Directive[] = []
  for (const match of html.matchAll(DIRECTIVE)) {
    found.push({
      type: match[1] as DirectiveType,
      args: match[2].split(/[\s,]+/).filter(Boolean),
      start: base + match.index,
      end: base + match.index + match[0].length,
    })
  }
  return found
}

export interface Suppressions {
  isSuppressed(ruleId: string, offset: number, line: number): boolean
}

/** Builds the question "is this rule off here?" from the directives, in document order. */
export function suppressionsFrom(directives: readonly Directive[], lineOf: (offset: number) => number): Suppressions {
  const ALL = '*'
  // For each rule (or ALL), the offset ranges where it is off.
  const ranges = new Map<string, Array<[number, number]>>()
  const openSince = new Map<string, number>()
  const nextLines = new Map<number, Set<string>>()
  for (const d of [...directives].sort((a, b) => a.start - b.start)) {
    const rules = d.args.length ? d.args : [ALL]
    if (d.type === 'disable') for (const r of rules) if (!openSince.has(r)) openSince.set(r, d.end)
    if (d.type === 'enable') {
      const closing = d.args.length ? rules : [...openSince.keys()]
      for (const r of closing) {
        const since = openSince.get(r)
        if (since === undefined) continue
        ranges.set(r, [...(ranges.get(r) ?? []), [since, d.start]])
        openSince.delete(r)
      }
    }
    if (d.type === 'disable-next-line') {
      const line = lineOf(d.end) + 1
      const set = nextLines.get(line) ?? new Set<string>()
      rules.forEach((r) => set.add(r))
      nextLines.set(line, set)
    }
  }
  for (const [r, since] of openSince) ranges.set(r, [...(ranges.get(r) ?? []), [since, Infinity]])
  const inRange = (r: string, offset: number) => ranges.get(r)?.some(([a, b]) => offset >= a && offset < b) ?? false
  return {
    isSuppressed(ruleId, offset, line) {
      const onLine = nextLines.get(line)
      if (onLine && (onLine.has(ALL) || onLine.has(ruleId))) return true
      return inRange(ALL, offset) || inRange(ruleId, offset)
    },
  }
}
