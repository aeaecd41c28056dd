// English literal senses in expository prose, session 33 (issue #15): a textbook's "we" and "our"
// (src/engine/match/english-authorial.ts), more signs of a textbook's register
// (src/engine/match/expository-signs.ts), and the fields of textbooks named by more entries
// (mathematics, psychology, anthropology; mechanics for motion forward; history for
// "revolutionize"). Sentences written for this test; each plain one was flagged before session 33.
import { describe } from 'vitest'
import { leavesAlone, loadBothMorphologies, stillFlags } from './literal-cases.js'

loadBothMorphologies()

describe('a textbook’s “we” and “our” are no copy’s writer', () => {
  leavesAlone('leaves alone: %s', [
    // "we" before a verb of reasoning, with the narration's "were" as the sentence's evidence.
    ['As we saw, the rebels of that year were revolutionary in every sense.', 'en', 'hype'],
    ['As we noted, the new rules were revolutionary for their time.', 'en', 'hype'],
    // "our" before what people share.
    ['Our understanding of the revolutionary years was shaped by letters.', 'en', 'hype'],
  ])
  stillFlags('still flags: %s', [
    // "we" of a business, beside a year.
    ['We help teams facilitate their meetings, as we did in 2019.', 'en', 'buzzwords', 'facilitate'],
    // A verb of reasoning, but copy's business in the block.
    ['We assume you want a robust platform.', 'en', 'buzzwords', 'robust'],
    ['We can see why customers love our seamless checkout.', 'en', 'buzzwords', 'seamless'],
    // "our" of what a business owns.
    ['Our platform was revolutionary in 2010.', 'en', 'hype', 'revolutionary'],
  ])
})

describe('more signs of a textbook’s register', () => {
  leavesAlone('leaves alone: %s', [
    // A past after a noun phrase inside the sentence ("the local price fell").
    ['Within months, the new canal facilitated the movement of grain, and the local price fell.', 'en', 'buzzwords'],
    // A definition of a kind.
    ['A holistic theory is a theory of the whole society.', 'en', 'buzzwords'],
  ])
  stillFlags('still flags: %s', [
    // At the head of the sentence a noun's past is copy's own news.
    ['The new dashboard facilitated faster decisions, and our customers saved hours.', 'en', 'buzzwords', 'facilitated'],
    // A decade beside copy's writer.
    ['In the 1990s, our founders revolutionized home banking.', 'en', 'hype', 'revolutionized'],
    // A definition beside copy's business.
    ['A seamless platform is a must for every team.', 'en', 'buzzwords', 'seamless'],
  ])
})

describe('the fields of textbooks', () => {
  leavesAlone('leaves alone: %s', [
    ['Trigonometry facilitates the measurement of the height of a tower.', 'en', 'buzzwords'],
    ['Anthropology is holistic: it studies the whole of human life.', 'en', 'buzzwords'],
    ['Psychologists call this proactive coping.', 'en', 'buzzwords'],
    ['A cart moving forward at constant velocity needs no net force.', 'en', 'buzzwords'],
    ['The printing press revolutionized the spread of news across the empire.', 'en', 'hype'],
    // A field word in the possessive ("empire'" + "s": domains.ts reads the word without its apostrophe).
    ['The steam engine revolutionized the empire\'s textile mills.', 'en', 'hype'],
  ])
  stillFlags('still flags: %s', [
    ['Moving forward, our team will ship every week.', 'en', 'buzzwords', 'Moving forward'],
    ['We revolutionized payroll for small businesses.', 'en', 'hype', 'revolutionized'],
    ['Our holistic approach puts customers first.', 'en', 'buzzwords', 'holistic'],
    ['Our proactive support team answers in minutes.', 'en', 'buzzwords', 'proactive'],
  ])
})
