// English families written for issue #16 (recall on real copy), from the development set
// (test/corpus/real/en/dev) and the shapes the same copy takes elsewhere: "solutions", "powerful",
// the creed "we believe …", launch-post stock lines, results promised with nothing to check, social
// proof with no name. Each flags the copy it was written for and leaves the literal sense alone.
// Sentences written for this test, not taken from any corpus.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('en')
})

const flagged = (text: string, rule: string) => lint(text, { language: 'en' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

it.each([
  ['Our platform takes on the undifferentiated heavy lifting of backups.', 'buzzwords', 'the undifferentiated heavy lifting'],
  ['Retailers who switched boosted their agility within a quarter.', 'buzzwords', 'boosted their agility'],
  ['Business agility is the theme of this year’s summit.', 'buzzwords', 'Business agility'],
  ['The company builds flexible solutions for logistics firms.', 'buzzwords', 'flexible solutions'],
  ['Acme offers a managed backup solution for clinics.', 'buzzwords', 'backup solution'],
  ['We keep maintaining solutions that scale with your shop.', 'buzzwords', 'maintaining solutions that'],
  ['A proactive partner for your finance team.', 'buzzwords', 'proactive'],
  ['The programme puts empowerment at the centre of management.', 'buzzwords', 'empowerment'],
  ['See every server from a single pane of glass.', 'buzzwords', 'single pane of glass'],
  ['Uncover deeper insights from your sales data.', 'buzzwords', 'Uncover deeper insights'],
  ['The studio sells a turnkey kit for podcasters.', 'buzzwords', 'turnkey'],
  ['Our mission app helps you make your job easier.', 'cliches', 'make your job easier'],
  ['A start-up challenging the status quo of banking.', 'cliches', 'challenging the status quo'],
  ['We are thrilled to partner with the city library.', 'cliches', 'thrilled to partner with'],
  ['Automate the chores and focus on what really matters.', 'cliches', 'focus on what really matters'],
  ['Say goodbye to endless spreadsheets.', 'cliches', 'Say goodbye to endless'],
  ['At Acme, we believe every family should own its data.', 'mission-statements', 'we believe every family should'],
  ['We believe building in public makes better software.', 'mission-statements', 'We believe building'],
  ['We’re proud to support local schools.', 'mission-statements', 'We’re proud to support'],
  ['The company is on a mission to simplify payroll.', 'mission-statements', 'on a mission to simplify'],
  ['Ship faster with a powerful API and an intuitive CLI.', 'hype-patterns', 'powerful API'],
  ['Acme is a lightweight yet powerful editor.', 'hype-patterns', 'lightweight yet powerful'],
  ['Acme is the leading cloud database for start-ups.', 'hype-patterns', 'the leading cloud'],
  ['We are pioneering the future of retail.', 'hype-patterns', 'pioneering the future of'],
  ['Teams achieve better results with our planner.', 'unsupported-claims', 'achieve better results'],
  ['You can be up and running in minutes.', 'unsupported-claims', 'up and running in minutes'],
  ['Booking a table has never been easier.', 'unsupported-claims', 'has never been easier'],
  ['Used by some of the world’s leading brands.', 'vague-sources', 'some of the world’s leading brands'],
  ['Acme enables retailers to sell abroad.', 'buzzwords', 'enables retailers to'],
  ['Cloud tools that accelerate innovation.', 'buzzwords', 'accelerate innovation'],
  ['Make data-driven decisions every day.', 'buzzwords', 'data-driven decisions'],
  ['Harness AI to sort your inbox.', 'buzzwords', 'Harness AI'],
  ['Unlock new possibilities for your team.', 'buzzwords', 'Unlock new possibilities'],
  ['Acme is the fastest way to build internal tools.', 'hype-patterns', 'the fastest way to build'],
  ['And we’re just getting started.', 'cliches', 'we’re just getting started'],
  ['Stay tuned for more news next week.', 'cliches', 'Stay tuned for'],
  ['Print your photos at a fraction of the cost.', 'unsupported-claims', 'at a fraction of the cost'],
] as const)('flags the real-copy family: %s', (text, rule, actual) => {
  expect(flagged(text, rule)).toContain(actual)
})

it.each([
  ['The gymnast’s agility won the medal, and heavy lifting hurt his back.', 'buzzwords'],
  ['Both solutions of the equation are negative, and the salt solution is clear.', 'buzzwords'],
  ['Proactive inhibition makes old memories block new ones.', 'buzzwords'],
  ['Mix the solutions for the experiment in the morning.', 'buzzwords'],
  ['She made life easier for nobody, and the quo of the treaty held.', 'cliches'],
  ['They said goodbye to the guests and focused on the dishes.', 'cliches'],
  ['We believe the bus was late because of the snow.', 'mission-statements'],
  ['The astronaut is on a mission to the Moon, and we are proud of her.', 'mission-statements'],
  ['A powerful wave hit the pier, and the leading runner fell.', 'hype-patterns'],
  ['The leading cause of delays is weather, and the leading edge of the wing iced up.', 'hype-patterns'],
  ['In our 2024 trial of 300 shops, setup took a median of 9 minutes; you can be up and running in minutes.', 'unsupported-claims'],
  ['Many of the world’s largest lakes are in Canada.', 'vague-sources'],
  ['The horse’s harness broke, and the data drove nothing.', 'buzzwords'],
  ['The fastest way to the station is the number 4 bus.', 'hype-patterns'],
  ['Stay tuned to the radio for storm updates.', 'cliches'],
  ['A fraction of the cost went on tax.', 'unsupported-claims'],
  ['Some of the world’s largest companies use it, according to Gartner.', 'vague-sources'],
] as const)('leaves the plain or sourced sentence alone: %s', (text, rule) => {
  expect(flagged(text, rule)).toEqual([])
})
