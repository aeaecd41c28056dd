// English literal senses, session 31 (issue #15): the sentence-level signals that leave a word of
// the lists alone in its plain sense. Each mechanism both ways: the plain sense left alone, and copy
// still flagged where it shares the signal. Sentences written for this test.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('a quotation broken by its speaker’s tag is a novel’s (english-dialogue.ts)', () => {
  leavesAlone('leaves alone: %s', [
    ['“It was a quarrel of the utmost importance,” said the old colonel, “and nobody laughed.”', 'en', 'cliches'],
    ['“You are the one incomparable dancer we know,” he said, “and we envy you.”', 'en', 'hype'],
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

describe('the holders and instruments of authority beside "empower": its subject or its object', () => {
  leavesAlone('leaves alone: %s', [
    ['The charter empowers the mayor to close the bridges at night.', 'en', 'buzzwords'],
    ['Section 12 empowers the commissioner to inspect any kitchen.', 'en', 'buzzwords'],
    ['The sheriff was empowered to hire deputies for the fair.', 'en', 'buzzwords'],
  ])
  stillFlags('still flags: %s', [
    ['The dashboard empowers managers to decide who works which shift.', 'en', 'buzzwords', 'empowers'],
    // An authority's word past a preposition is another group's.
    ['Our booking app empowers residents to reserve a slot with the mayor.', 'en', 'buzzwords', 'empowers'],
  ])
})

describe('a participle after a degree adverb is an adjective: "leverage" the verb only (degree-participle.ts)', () => {
  leavesAlone('leaves alone: %s', [
    ['Highly leveraged firms are the first to fail when rates rise.', 'en', 'buzzwords'],
    ['Ask how leveraged a bank is before you lend to it.', 'en', 'buzzwords'],
  ])
  stillFlags('still flags: %s', [
    ['We leveraged our partners’ reach to grow.', 'en', 'buzzwords', 'leveraged'],
    // The agent of a passive: the verb.
    ['Our data is highly leveraged by the sales team.', 'en', 'buzzwords', 'leveraged'],
  ])
})

describe('"needless to say" as a predicate ("it is needless to say that") is no aside', () => {
  leavesAlone('leaves alone: %s', [
    ['It is needless to say that the letter never arrived.', 'en', 'cliches'],
    ['It would be needless to say, that the two brothers quarrelled.', 'en', 'cliches'],
  ])
  stillFlags('still flags: %s', [
    ['Needless to say, our customers love the new app.', 'en', 'cliches', 'Needless to say'],
    ['The new app is, needless to say, a success.', 'en', 'cliches', 'needless to say'],
  ])
})

describe('older English: "but" for "only", pre-decimal money, "Sir" before a name (english-archaic.ts)', () => {
  leavesAlone('leaves alone: %s', [
    ['This little garden is but a shadow of its incomparable glory.', 'en', 'hype'],
    ['If we could but find the road, the errand would be of the utmost importance to them.', 'en', 'cliches'],
    ['Sir Walter paid sixpence for the unrivalled view from the tower.', 'en', 'hype'],
  ])
  stillFlags('still flags: %s', [
    // "but" between clauses, after a comma.
    ['It is cheap, but the incomparable taste is what you remember.', 'en', 'hype', 'incomparable'],
    // Old money alone is one weak piece: a shop's name.
    ['Sixpence Bakery offers an unrivalled view of the harbour.', 'en', 'hype', 'unrivalled'],
  ])
})
