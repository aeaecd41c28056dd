// Patterns are inserted into the trie depth first, without listing their word sequences. The trie
// must be the one that inserting every listed sequence builds: same nodes, same edge order, same
// terminals in the same order (the walk's order decides ties between entries).
import { describe, expect, it } from 'vitest'
import { defaultRuleData } from '../../src/engine/index.js'
import { phraseKeys } from '../../src/engine/text/normalise.js'
import { PhraseMatcher, type Terminal } from '../../src/engine/match/phrase-matcher.js'
import { LANGUAGES } from '../../src/engine/rules/rule-data.js'

interface Inside {
  root: unknown
  slots(keys: string[], inflect: boolean): unknown[]
  insert(slots: unknown[], terminal: Terminal): void
}

/**
 * The word sequences a pattern stands for, listed position by position: `[a|b]` alternatives, `?`
 * optional, `*` any one word. The reference addPattern's trie is compared with.
 */
function expandPattern(pattern: string): string[][] {
  let sequences: string[][] = [[]]
  for (const token of pattern.trim().split(/\s+/)) {
    const optional = token.endsWith('?')
    const body = optional ? token.slice(0, -1) : token
    const choices = body === '*' ? [['*']] : body.startsWith('[') ? body.slice(1, -1).split('|').map(phraseKeys) : [phraseKeys(body)]
    const next: string[][] = []
    for (const sequence of sequences) {
      if (optional) next.push(sequence)
      for (const choice of choices) next.push([...sequence, ...choice])
    }
    sequences = next
  }
  return sequences
}

function dump(node: any): unknown {
  const edges = (map: Map<string, unknown> | undefined) => (map ? [...map].map(([key, child]) => [key, dump(child)]) : undefined)
  return { exact: edges(node.exact), lemma: edges(node.lemma), suffix: edges(node.suffix), any: node.any && dump(node.any), ends: node.ends }
}

describe('PhraseMatcher.addPattern', () => {
  for (const language of LANGUAGES) {
    it(`builds the trie of every listed sequence (${language} rules)`, () => {
      const direct = new PhraseMatcher(language)
      const listed = new PhraseMatcher(language)
      let patterns = 0
      defaultRuleData.rules.forEach((rule, r) => {
        if (rule.language !== language) return
        rule.entries?.forEach((entry, e) => {
          if (!entry.pattern) return
          patterns++
          const inflect = entry.inflect ?? rule.inflect ?? true
          const terminal: Terminal = { role: 'match', rule: r, entry: e }
          direct.addPattern(entry.pattern, inflect, terminal)
          const inside = listed as unknown as Inside
          for (const keys of expandPattern(entry.pattern)) inside.insert(inside.slots(keys, inflect), terminal)
        })
      })
      expect(patterns).toBeGreaterThan(20)
      expect(dump((direct as unknown as Inside).root)).toEqual(dump((listed as unknown as Inside).root))
    })
  }

  it('expands alternatives, optional words and any-word slots in order', () => {
    expect(expandPattern('we [are|remain]? the * leader')).toEqual([
      ['we', 'the', '*', 'leader'],
      ['we', 'are', 'the', '*', 'leader'],
      ['we', 'remain', 'the', '*', 'leader'],
    ])
  })
})
