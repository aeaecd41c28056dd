// Word-class slots in patterns (issue #16, src/engine/match/word-slots.ts): =lemma, @word-set,
// <pos:features> and their combinations, matched by the one matcher, written into and read back
// from its snapshot. Checked on token streams built here, and through lint() on rule data.
import { beforeAll, describe, expect, it } from 'vitest'
import { defaultRuleData, lint, loadAllMorphology } from '../../src/engine/index.js'
import { matcherFromSnapshot, snapshotOf } from '../../src/engine/match/matcher-snapshot.js'
import { PhraseMatcher, type WordSets } from '../../src/engine/match/phrase-matcher.js'
import { parseSlot } from '../../src/engine/match/word-slots.js'
import type { Language } from '../../src/engine/rules/rule-data.js'
import { phraseKeys } from '../../src/engine/text/normalise.js'
import type { Token } from '../../src/engine/text/tokens.js'

// Reading the data takes seconds on a loaded 2-core machine.
beforeAll(() => loadAllMorphology(), 120_000)

/** The words of `text` as one sentence's tokens: folded keys, written text. */
function tokens(text: string): Token[] {
  let start = 0
  return text.split(' ').flatMap((written, word) =>
    phraseKeys(written).map((key) => {
      const token = { key, text: written, start, end: start + written.length, word, sentence: 0 }
      start = token.end + 1
      return token
    }),
  )
}

/** A matcher of `patterns` (entry = index); what it matches in `text`, as the words matched. */
function matcher(language: Language, patterns: string[], sets: WordSets = {}): PhraseMatcher {
  const m = new PhraseMatcher(language, undefined, sets)
  patterns.forEach((pattern, entry) => m.addPattern(pattern, true, { role: 'match', rule: 0, entry }))
  return m
}
const matched = (m: PhraseMatcher, text: string) => {
  const stream = tokens(text)
  return m.match(stream).map((r) => stream.slice(r.first, r.last + 1).map((t) => t.text).join(' '))
}

describe('slots in patterns', () => {
  it('=lemma: every form of the lemma, auxiliaries included (function words are never inflected otherwise)', () => {
    const m = matcher('en', ['prices =be raised'])
    expect(['prices were raised', 'prices are raised', 'prices been raised', 'prices rose raised'].map((t) => matched(m, t))).toEqual([['prices were raised'], ['prices are raised'], ['prices been raised'], []])
    const fr = matcher('fr', ['=pouvoir contribuer à'])
    expect(matched(fr, 'cela pourrait contribuer à la paix')).toEqual(['pourrait contribuer à'])
  })

  it('@set: every form of every word of the set, phrases too; an unknown set is an error', () => {
    const m = matcher('en', ['@hype powerful-ish? @goods'], { hype: ['sleek'], goods: ['dashboard', 'tool kit'] })
    expect(matched(m, 'a sleek dashboards and sleek tool kit and sleek cars')).toEqual(['sleek dashboards', 'sleek tool kit'])
    expect(() => matcher('en', ['@nothing here'])).toThrow('Unknown word set “@nothing”')
  })

  it('<participle>: a past participle, not another form of the verb', () => {
    const m = matcher('en', ['prices =be @moves<participle>'], { moves: ['increase', 'raise'] })
    expect(['prices were increased', 'prices are increasing', 'prices are raised', 'prices are rising'].map((t) => matched(m, t))).toEqual([['prices were increased'], [], ['prices are raised'], []])
  })

  it('French: =avoir =être and a set with <participle> find irregular participles by their lemma', () => {
    const m = matcher('fr', ['tarifs =avoir? =être @revoir<participle>'], { revoir: ['revoir', 'annuler'] })
    expect(['tarifs ont été revus', 'tarifs seront annulés', 'tarifs sont revoir', 'tarifs étaient prévus'].map((t) => matched(m, t))).toEqual([['tarifs ont été revus'], ['tarifs seront annulés'], [], []])
  })

  it('<pos:features>: the part of speech and every feature', () => {
    const m = matcher('fr', ['solution <adj:f>'])
    expect(['solution innovante', 'solution innovant', 'solution rapidement'].map((t) => matched(m, t))).toEqual([['solution innovante'], [], []])
    const en = matcher('en', ['it <verb:pres3s>'])
    expect(['it works', 'it work', 'it table'].map((t) => matched(en, t))).toEqual([['it works'], [], []])
  })

  it('an optional class slot and a class slot first in the pattern', () => {
    const m = matcher('en', ['@hype <adj>? platform', '=be <participle>'], { hype: ['sleek'] })
    expect(matched(m, 'a sleek new platform')).toEqual(['sleek new platform'])
    expect(matched(m, 'a sleek platform')).toEqual(['sleek platform'])
    expect(matched(m, 'a sleek run platform')).toEqual([])
    expect(matched(m, 'it was made')).toEqual(['was made'])
  })

  it('a written slot that is not one is refused with what is wrong', () => {
    expect(parseSlot('<adjx>')).toMatch('“adjx” is not a part of speech')
    expect(parseSlot('<verb:3xx>')).toMatch('“3xx” is not a feature')
    expect(parseSlot('@set<participle>')).toEqual({ lemma: undefined, set: 'set', pos: 'participle', features: [] })
    expect(() => matcher('en', ['the <foo>'])).toThrow('is not a part of speech')
  })
})

describe('slots in a matcher snapshot', () => {
  it('are written once and read back: the snapshot matches what the matcher matches', () => {
    const patterns = ['@hype <adj>? @goods', 'prices =be @moves<participle>', 'the <noun:pl> =be <participle>']
    const sets = { hype: ['sleek', 'powerful'], goods: ['dashboard', 'tool'], moves: ['increase', 'raise'] }
    const direct = matcher('en', patterns, sets)
    const read = matcherFromSnapshot(snapshotOf(direct, 'test'), (rule) => rule)
    const texts = ['a sleek new dashboard and powerful tools', 'prices were increased and prices are rising', 'the tools were raised', 'the tool was raised']
    for (const text of texts) expect(matched(read, text)).toEqual(matched(direct, text))
    expect(texts.flatMap((t) => matched(direct, t))).toEqual(['sleek new dashboard', 'powerful tools', 'prices were increased', 'the tools were raised'])
  })
})

describe('slots in rule data', () => {
  it('the bundled rules name their word sets, and lint finds through them in both languages', () => {
    expect(Object.keys(defaultRuleData.wordSets?.en ?? {})).toContain('hype-adjectives')
    expect(Object.keys(defaultRuleData.wordSets?.fr ?? {})).toContain('produits')
    const ids = (text: string, language: Language) => lint(text, { language }).findings.map((f) => `${f.ruleId} ${f.actual}`)
    expect(ids('Meet our slick new toolkits.', 'en')).toEqual(['hype-patterns slick new toolkits'])
    expect(ids('Votre abonnement a été suspendu.', 'fr')).toEqual(['hidden-speaker Votre abonnement a été suspendu'])
    expect(ids('Votre abonnement a été suspendu par votre banque.', 'fr')).toEqual([])
  })
})
