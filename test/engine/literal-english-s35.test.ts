// English literal senses, session 35 (issue #15): a verb of enabling whose subject is an abstract
// cause (`unless.causeSubject`: src/engine/match/cause-subject.ts), a motion idiom read as motion
// (`unless.motion`: src/engine/match/motion-idiom.ts), and "state of the art" as the compound adjective
// only (`pos: adjective`: src/engine/fix/compound-adjective.ts). Sentences written for this test; each plain
// one was flagged by a build of main (a52affa), each copy one is flagged by both.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('“facilitate” and “empower” with an abstract cause as their subject', () => {
  leavesAlone('leaves alone: %s', [
    // A noun of a process, a state or a method right before the verb, or before "which".
    ['The separation of powers facilitates the review of each branch by the others.', 'en', 'buzzwords'],
    ['A uniform notation facilitated the comparison of the two tables.', 'en', 'buzzwords'],
    ['The canal opened a new route, and the connection facilitated the movement of grain.', 'en', 'buzzwords'],
    ['Each lab uses a shared measurement which facilitates the comparison of samples.', 'en', 'buzzwords'],
    ['The abolition of the guilds empowered journeymen to set up shops of their own.', 'en', 'buzzwords'],
    // A perfect's auxiliary between; a word of a field as the subject (politics, law).
    ['Slavery had facilitated the growth of the port.', 'en', 'buzzwords'],
    ['The statute has facilitated appeals against small fines.', 'en', 'buzzwords'],
  ])
  stillFlags('still flags: %s', [
    // A product, a person, a name or a pronoun as the subject; an infinitive; a participle.
    ['The dashboard facilitates quicker decisions.', 'en', 'buzzwords', 'facilitates'],
    ['The director facilitated the kick-off meeting.', 'en', 'buzzwords', 'facilitated'],
    ['Acme Connect facilitates the exchange of invoices.', 'en', 'buzzwords', 'facilitates'],
    ['To facilitate the adoption of the tool, we train every manager.', 'en', 'buzzwords', 'facilitate'],
    // A word of copy in the block, or a noun of copy's own as the subject.
    ['Our integration facilitates the exchange of orders with customers.', 'en', 'buzzwords', 'facilitates'],
    ['The automation facilitates the onboarding of new customers.', 'en', 'buzzwords', 'facilitates'],
    ['This configuration empowers teams to ship faster.', 'en', 'buzzwords', 'empowers'],
    ['The dashboard has facilitated faster decisions.', 'en', 'buzzwords', 'facilitated'],
  ])
})

describe('“moving forward” and “going forward” as motion', () => {
  leavesAlone('leaves alone: %s', [
    // A progressive predicate, in a question too, or a complement of motion.
    ['Why is the wagon moving forward on a flat road?', 'en', 'buzzwords'],
    ['The cursor keeps moving forward and backward over the line.', 'en', 'buzzwords'],
    ['On its first move the pawn may start moving forward two squares.', 'en', 'buzzwords'],
    ['Is the trolley going forward or backward?', 'en', 'buzzwords'],
  ])
  stillFlags('still flags: %s', [
    // The sentence adverb of copy's time.
    ['Moving forward, the board will meet every month.', 'en', 'buzzwords', 'Moving forward'],
    ['This is the plan moving forward.', 'en', 'buzzwords', 'moving forward'],
    ['What is the budget going forward?', 'en', 'buzzwords', 'going forward'],
    ['Going forward, invoices are sent on the first day of the month.', 'en', 'buzzwords', 'Going forward'],
  ])
})

describe('“state of the art”: the compound adjective, not the noun phrase', () => {
  leavesAlone('leaves alone: %s', [
    // The noun phrase: the level a technique has reached.
    ['Their welding method lagged behind the state of the art by a decade.', 'en', 'hype'],
    ['A patent examiner compares the claim with the state of the art.', 'en', 'hype'],
  ])
  stillFlags('still flags: %s', [
    // Before its noun, hyphenated, or a linking verb's predicate.
    ['The clinic offers state of the art scanners.', 'en', 'hype', 'state of the art'],
    ['Our new gym is state of the art.', 'en', 'hype', 'state of the art'],
    ['Every room has state-of-the-art lighting.', 'en', 'hype', 'state-of-the-art'],
  ])
})
