// English literal senses, session 32 (issue #15): a novel's narration read in a block with no word
// of copy (src/engine/match/english-narration.ts). Each piece is WEAK: two make literature, one
// does not, and none counts beside a word of copy. Sentences written for this test; each plain one
// was flagged before session 32 (its older evidence weighed under 2).
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('a novel’s narration, two pieces of it, in a block with no word of copy', () => {
  leavesAlone('leaves alone: %s', [
    // A rank before a name, and the past perfect.
    ['Captain Hale had trained a matchless grey mare on the hill farm.', 'en', 'hype'],
    // A simple past, and a semicolon between two clauses.
    ['The old squire rode out at dawn; the peerless hounds ran behind.', 'en', 'hype'],
    // A speaker's tag after the closing quotation mark (and "he was" after it).
    ['"The view from the ridge is incomparable," said Tom, and he was right.', 'en', 'hype'],
    // A relative's past, and a third person's object.
    ['The girls who danced at the fair thought the fiddler unrivalled, and told him so.', 'en', 'hype'],
    // A noun's past with its object, and a third person's object.
    ['Here the doctor ordered him a cold bath of unparalleled length.', 'en', 'hype'],
  ])
  stillFlags('still flags: %s', [
    // The writer and copy's business beside the past perfect.
    ['Our founder had built a matchless product for busy parents.', 'en', 'hype', 'matchless'],
    // The tag after the whole quotation, beside the writer and a tool.
    ['"It is an incomparable tool," said Jane, our head of design.', 'en', 'hype', 'incomparable'],
    // A word of copy's broad vocabulary (online, price) keeps narration out.
    ['Captain Hale had trained a matchless grey mare and sold her online at a fair price.', 'en', 'hype', 'matchless'],
    // One piece is not enough: a brochure writes "was" and names a lord's terrace.
    ['The matchless view was the reason for the trip.', 'en', 'hype', 'matchless'],
    ['The chef prepared a matchless menu for the evening.', 'en', 'hype', 'matchless'],
    ['The matchless view from Lord Avery’s terrace is open to visitors.', 'en', 'hype', 'matchless'],
  ])
})

describe('a time phrase of the writer’s time in a sentence that narrates the past (narrated-past.ts)', () => {
  leavesAlone('leaves alone: %s', [
    ['At the end of the day the ferryman moored the boat.', 'en', 'cliches'],
    ['The lookout, going forward, shouted that the ice had closed in.', 'en', 'buzzwords'],
    ['Moving forward a few yards, the scouts saw smoke over the ridge.', 'en', 'buzzwords'],
  ])
  stillFlags('still flags: %s', [
    // Opening the sentence, a comma after it: the sentence adverb, in the past too.
    ['At the end of the day, the campaign was a success.', 'en', 'cliches', 'At the end of the day'],
    // The present or the future.
    ['Going forward, all orders will ship within two days.', 'en', 'buzzwords', 'Going forward'],
    ['The shop will open on Sundays going forward.', 'en', 'buzzwords', 'going forward'],
    ['At the end of the day it is about trust.', 'en', 'cliches', 'At the end of the day'],
    // The writer named: the writer's time.
    ['At the end of the day the results spoke for themselves, and we knew it.', 'en', 'cliches', 'At the end of the day'],
    // An exclamation, copy's.
    ['The ferry sailed on time going forward!', 'en', 'buzzwords', 'going forward'],
  ])
})
