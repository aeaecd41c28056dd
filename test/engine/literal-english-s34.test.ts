// English literal senses, session 34 (issue #15): entries whose words have plain senses of their
// own and name no field (`unless.plainSenses`: hype's words, "value-added", the claims of
// unsupported-claims) read in a sentence of expository prose in a block with no word of copy;
// "exponentially" also beside a word of the fields whose rate it names; "next generation" as the
// compound adjective only (src/engine/fix/compound-adjective.ts); the entries that name literature
// alone, in a sentence with firm evidence of expository prose (a decade, a definition, a unit; not a
// narrated past, "was" or a year, which copy's news shares: src/engine/match/register.ts). Sentences written for this test;
// each plain one was flagged by a build of main (42923bb), each copy one is flagged by both.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('words with plain senses of their own, in expository prose', () => {
  leavesAlone('leaves alone: %s', [
    // A year, a past after its subject, a century: the register check of the field-naming entries.
    ['In 1848 the tenor sang an unparalleled aria that the critics praised.', 'en', 'hype'],
    ['The harvest of 1921 was unmatched in the valley’s records.', 'en', 'hype'],
    ['The rebels were led by a world-renowned general of that century.', 'en', 'hype'],
    ['Economists in the 1960s called it value-added production.', 'en', 'buzzwords'],
  ])
  stillFlags('still flags: %s', [
    // Copy's writer, reader or business in the block, whatever the dates.
    ['Our unparalleled support team answers in minutes.', 'en', 'hype', 'unparalleled'],
    ['In 2019 we launched an unmatched platform for retailers.', 'en', 'hype', 'unmatched'],
    ['Acme built a world-renowned brand for customers in 1998.', 'en', 'hype', 'world-renowned'],
    ['Customers in the 1990s called our service unparalleled.', 'en', 'hype', 'unparalleled'],
    ['In 1999 the agency sold value-added bundles to customers.', 'en', 'buzzwords', 'value-added'],
  ])
})

describe('“exponentially”, the rate of a constant factor', () => {
  leavesAlone('leaves alone: %s', [
    // History's rate, in a sentence of expository prose (a past after its subject) or beside a word of history.
    ['The number of settlers increased exponentially after the war with Mexico.', 'en', 'unsupported-claims'],
    // Biology's and physics' rates, beside a word of the field.
    ['The bacterial culture grows exponentially until the nutrients run out.', 'en', 'unsupported-claims'],
    ['The power of the reactor can increase exponentially if the rods are withdrawn.', 'en', 'unsupported-claims'],
  ])
  stillFlags('still flags: %s', [
    ['Our new app will increase your sales exponentially.', 'en', 'unsupported-claims', 'increase your sales exponentially'],
    ['Acme helps small shops grow exponentially.', 'en', 'unsupported-claims', 'grow exponentially'],
  ])
})

describe('“next generation”: the compound adjective, not the noun phrase', () => {
  leavesAlone('leaves alone: %s', [
    // The noun phrase: a comma or a verb after it.
    ['The reform came in the next generation, with the new parties.', 'en', 'hype'],
    ['The farm passed to his sons, and the next generation kept it going.', 'en', 'hype'],
  ])
  stillFlags('still flags: %s', [
    // Before its noun (one the lexicon does not know, too), or written as one hyphenated word.
    ['We build next generation firewalls for banks.', 'en', 'hype', 'next generation'],
    ['The next generation platform ships today.', 'en', 'hype', 'next generation'],
    ['Acme is a next-generation company.', 'en', 'hype', 'next-generation'],
  ])
})

describe('entries that name literature alone, on firm evidence of expository prose', () => {
  leavesAlone('leaves alone: %s', [
    // A decade.
    ['In the 1760s the treaty was, needless to say, a disaster for the French.', 'en', 'cliches'],
    // A definition of a kind.
    ['A benchmark is a standard that is used to compare the speeds of two machines, and it goes without saying that it must be repeatable.', 'en', 'cliches'],
    // A US customary unit after a number: a word problem's end of a day.
    ['At the end of the day, the tank holds 300 gallons of water.', 'en', 'cliches'],
  ])
  stillFlags('still flags: %s', [
    // A narrated past alone is no firm evidence: copy narrates its own news.
    ['The crews reskilled the welders when the line moved to aluminium.', 'en', 'buzzwords', 'reskilled'],
    ['The volunteers thought outside the box and turned the old bus into a library.', 'en', 'cliches', 'thought outside the box'],
    // Copy's writer in the block, whatever the date; a year alone is copy's news too.
    ['In 2023 we left no stone unturned for our customers.', 'en', 'cliches', 'left no stone unturned'],
    ['In 1998 the plant reskilled its welders.', 'en', 'buzzwords', 'reskilled'],
    ['At the end of the day, our trucks save 300 gallons of fuel.', 'en', 'cliches', 'At the end of the day'],
  ])
})
