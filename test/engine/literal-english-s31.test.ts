// English literal senses, session 31 (issue #15): the sentence-level signals that leave a word of
// the lists alone in its plain sense. Each mechanism both ways: the plain sense left alone, and copy
// still flagged where it shares the signal. Sentences written for this test.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('a quotation broken by its speaker’s tag is a novel’s (english-dialogue.ts)', () => {
  leavesAlone('leaves alone: %s', [
    ['“It was a quarrel of the utmost importance,” said the old colonel, “and nobody laughed.”', 'en', 'cliches'],
    ['“You are an incomparable dancer,” she whispered; “I envy you.”', 'en', 'hype'],
    ['"Nobody expects you," he said, "to revolutionise the village in a week."', 'en', 'hype'],
  ])
  stillFlags('still flags: %s', [
    // The tag after the whole quotation, as copy writes it.
    ['“It is an incomparable tool,” said Jane Doe, our head of design.', 'en', 'hype', 'incomparable'],
    // Broken, but the block names its business: a press release.
    ['“Our customers love this incomparable app,” said Jane Doe, “and so do we.”', 'en', 'hype', 'incomparable'],
    // No quotation goes on after the tag.
    ['“It is an incomparable tool,” he said, smiling at the customers.', 'en', 'hype', 'incomparable'],
  ])
})

describe('each line of verse is evidence of its own, outside a match on another line’s first word', () => {
  leavesAlone('leaves alone: %s', [
    ['Proud was the rider,\nMatchless with horse and rifle,\nBearded and sunburnt,\nNot one of them old.', 'en', 'hype'],
  ])
  stillFlags('still flags: %s', [
    // One capital inside a sentence is a name, not verse.
    ['Our riders love the Matchless saddle from the shop.', 'en', 'hype', 'Matchless'],
  ])
})
