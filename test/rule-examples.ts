// The checks every rule passes, generated from the rule data: its bad examples flag exactly the spans
// they mark (“We [[leverage]] our [[synergies]].”, read from rules/<language>/<id>.yaml, with the
// marks of scripts/eval/marks.mjs: unlabelled for the rule itself, [[rule-id|…]] for another rule),
// its good examples are not flagged by it, and every phrase it lists is found when written on its own
// (no entry silently never matches). Called by rules.test.ts, and by rules-shouting.test.ts for the
// rules that need the word lists loaded.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { defaultRuleData, lint, type RuleData } from '../src/engine/index.js'
import { readMarked } from './corpus-files.js'

const findingsOf = (rule: RuleData, text: string) => {
  const { findings } = lint(text, { language: rule.language })
  for (const f of findings) expect(text.slice(f.offset, f.endOffset)).toBe(f.actual)
  return findings.filter((f) => f.ruleId === rule.id)
}

/** The bad examples as written in the rule file, with their marks. */
const markedExamples = (rule: RuleData): string[] => parse(readFileSync(new URL(`../rules/${rule.language}/${rule.id}.yaml`, import.meta.url), 'utf8')).examples.bad

/** Every finding of every rule in a bad example, as “rule-id start-end “text””, sorted; and the same for its marks. */
function flaggedAndMarked(rule: RuleData, marked: string): [string[], string[]] {
  const { text, marks } = readMarked(marked)
  const span = (id: string, start: number, end: number) => `${id} ${start}-${end} “${text.slice(start, end)}”`
  const flagged = lint(text, { language: rule.language }).findings.map((f) => span(f.ruleId, f.offset, f.endOffset))
  return [flagged.sort(), marks.map((m) => span(m.rule ?? rule.id, m.start, m.end)).sort()]
}

/** The shouting rules read the word lists, which a test file loads or not for all its tests. */
export const needsWordLists = (rule: RuleData): boolean => rule.kind === 'shouting'

/** Rules with a part-of-speech slot (`<adj>`, `@set<participle>`) read the morphology data: rules-word-classes.test.ts loads it. */
export const usesWordClasses = (rule: RuleData): boolean => (rule.entries ?? []).some((e) => /(^|[\s[|])[=@]?[\p{L}-]*<[a-z]/u.test(e.pattern ?? ''))

export const describeRules = (rules: readonly RuleData[]) =>
  describe.each(rules.map((r) => [`${r.language}/${r.id}`, r] as const))('%s', (_, rule) => {
    it('has its bad examples in the rule data without their marks', () => {
      expect(markedExamples(rule).map((marked) => readMarked(marked).text)).toEqual(rule.examples.bad)
    })

    it.each(markedExamples(rule))('flags exactly what the bad example marks: %s', (marked) => {
      const [flagged, expected] = flaggedAndMarked(rule, marked)
      expect(expected.some((m) => m.startsWith(`${rule.id} `))).toBe(true)
      expect(flagged).toEqual(expected)
    })

    it.each(rule.examples.good)('leaves the good example alone: %s', (example) => {
      expect(findingsOf(rule, example).map((f) => f.actual)).toEqual([])
    })

    it('finds every phrase it lists', () => {
      const entries = (rule.entries ?? []).flatMap((e) => (e.phrases ?? (e.phrase ? [e.phrase] : [])).map((phrase) => ({ phrase, outsideCopy: e.unless?.outsideCopy, plainSentence: e.unless?.plainSentence })))
      // A density rule judges words that pile up: write the phrase as often as it needs, apart (a word
      // said twice over, "really, really", counts once). An entry
      // left alone outside copy (`unless.outsideCopy`) is written with a word of copy after it; one
      // left alone in a plain sentence (`unless.plainSentence`), with a word to the reader.
      const copy = rule.language === 'fr' ? ', pour nos clients' : ', for our customers'
      const reader = rule.language === 'fr' ? ', pour vous' : ', for you'
      const sample = (phrase: string, outsideCopy?: boolean, plainSentence?: boolean) =>
        rule.kind === 'density' ? Array(rule.minCount ?? 2).fill(phrase).join(' and ') : outsideCopy ? `${phrase}${copy}` : plainSentence ? `${phrase}${reader}` : phrase
      const missed = entries.filter(({ phrase, outsideCopy, plainSentence }) => findingsOf(rule, `${sample(phrase, outsideCopy, plainSentence)}.`).length === 0).map(({ phrase }) => phrase)
      expect(missed).toEqual([])
    })

    it('names a known family and explains itself in both languages', () => {
      expect(defaultRuleData.families[rule.family]).toBeDefined()
      expect(rule.why.en.length).toBeGreaterThan(20)
      expect(rule.why.fr.length).toBeGreaterThan(20)
    })
  })
