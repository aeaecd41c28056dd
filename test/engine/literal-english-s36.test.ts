// English literal senses, session 36 (issue #15): a verb of enabling read outside copy except as
// copy's one-line news or headline (`unless.outsideCopyInClause`: src/engine/match/clause-head.ts).
// Sentences written for this test, none taken from a development or held-out set; each plain one
// was flagged by a build of main (37eab4f), each copy one is flagged by both.
import { describe, expect, it } from 'vitest'
import { isHeadClauseVerb } from '../../src/engine/match/clause-head.js'
import { tokenizeText } from '../../src/engine/text/tokens.js'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

/** Whether `verb` (its first occurrence) in `text` reads as a verb told from its sentence's head. */
function headClause(text: string, verb: string): boolean {
  const stream = tokenizeText(text, 0, text.length, true)
  const w = stream.words.findIndex((word) => word.text === verb)
  expect(w).toBeGreaterThanOrEqual(0)
  return isHeadClauseVerb(stream, w)
}

describe('isHeadClauseVerb', () => {
  it('reads a verb right after its sentence’s opening subject', () => {
    expect(headClause('The harbour master facilitated the landing.', 'facilitated')).toBe(true)
    expect(headClause('Maria Lopez empowered the clerks.', 'empowered')).toBe(true)
    expect(headClause('These valves facilitate the flow.', 'facilitate')).toBe(true)
  })
  it('reads a title-case headline', () => {
    expect(headClause('Facilitating Better Harvests Across the Valley', 'Facilitating')).toBe(true)
  })
  it('does not read a purpose, a participle, a relative or a verb after a preposition', () => {
    expect(headClause('A ramp was laid along the quay to facilitate the loading of barrels.', 'facilitate')).toBe(false)
    expect(headClause('A jury empowered by the charter heard the case.', 'empowered')).toBe(false)
    expect(headClause('A groove that facilitates the removal of the blade runs along the handle.', 'facilitates')).toBe(false)
    expect(headClause('In winter the ice facilitated the crossing.', 'facilitated')).toBe(false)
    expect(headClause('The wardens, empowered to seize nets, patrolled the river.', 'empowered')).toBe(false)
    expect(headClause('Facilitated diffusion moves glucose.', 'Facilitated')).toBe(false)
  })
})

describe('“facilitate” and “empower” outside copy, but not as copy’s news or headline', () => {
  leavesAlone('leaves alone: %s', [
    // A purpose, a participle, a relative in a manual's, a dictionary's or a history's sentence.
    ['A notch is filed in the stock to facilitate the loading of the cartridge.', 'en', 'buzzwords'],
    ['Grease is applied to the thread to facilitate its removal from the die.', 'en', 'buzzwords'],
    ['A small hatch near the keel, which facilitated bailing in heavy weather.', 'en', 'buzzwords'],
    ['A magistrate of the parish empowered to inspect the weights of the millers.', 'en', 'buzzwords'],
    ['The wardens, empowered to seize nets of too fine a mesh, patrolled the river.', 'en', 'buzzwords'],
  ])
  stillFlags('still flags: %s', [
    // Copy's news told from the sentence's head, a headline, a word of copy in the block.
    ['The charity facilitated three meetings last spring.', 'en', 'buzzwords', 'facilitated'],
    ['The new rota empowered nurses to swap shifts.', 'en', 'buzzwords', 'empowered'],
    ['Empowering Farmers to Sell Direct', 'en', 'buzzwords', 'Empowering'],
    ['A dashboard built to facilitate faster decisions for your team.', 'en', 'buzzwords', 'facilitate'],
    ['Managers are empowered to approve refunds for customers.', 'en', 'buzzwords', 'empowered'],
  ])
})
