// English entries of session 32 (issue #16, English recall; development files 83–97: press
// releases, job ads, store listings, README introductions). Each flags the shape it was written
// for, in a sentence written for this test (not taken from any corpus), and leaves the plain
// senses of its words alone.
import { itFlags, itLeavesAlone } from './rule-cases.js'

itFlags('en', 'flags the press release’s or job ad’s phrase', [
  // F10: stock lines of launch news and job ads, any tense and subject
  ['A good editor made a world of difference to our team.', 'cliches', 'made a world of difference'],
  ['The new law is another stride in the right direction.', 'cliches', 'another stride in the right direction'],
  ['Open source is eating the world.', 'cliches', 'is eating the world'],
  ['We adapt to ever-changing customer needs.', 'cliches', 'ever-changing customer needs'],
  ['The merger marks the dawn of a new era for banking.', 'cliches', 'marks the dawn of a new era'],
  ['Acme is ushering in the new era of payments.', 'cliches', 'ushering in the new era of'],
  ['Acme is excited to welcome ten new members.', 'cliches', 'is excited to welcome'],
  ['Run your apps from the data center to the edge and beyond.', 'cliches', 'from the data center to the edge and beyond'],
  ['Here you can bring your whole self to work.', 'cliches', 'bring your whole self to work'],
  ['Curious people thrive in our open culture.', 'cliches', 'thrive in our open culture'],
  ['Our team delights customers every day.', 'cliches', 'delights customers'],
  ['Join us and make an impact.', 'cliches', 'make an impact'],
  ['Volunteers are the heart and soul of the festival.', 'cliches', 'are the heart and soul of'],
  ['We get the right data to the right people at the right time.', 'cliches', 'the right data to the right people at the right time'],
  // F2: ranks on a company noun, the emerging leader, the next generation, "possible"
  ['Acme is a leading cloud security company.', 'hype-patterns', 'a leading cloud security company'],
  ['Acme runs the nation’s leading payroll platform.', 'hype-patterns', 'nation’s leading payroll platform'],
  ['Acme is an emerging leader in retail analytics.', 'hype-patterns', 'an emerging leader in'],
  ['Acme is leading the next wave of automation.', 'hype-patterns', 'leading the next wave of'],
  ['Acme powers the next generation of payments.', 'hype-patterns', 'powers the next generation of'],
  ['We offer the highest level of service possible.', 'hype-patterns', 'the highest level of service possible'],
  ['The editor is simple to use and powerful.', 'hype-patterns', 'simple to use and powerful'],
  // F8: the mission fulfilled in the third person; the commitment of "all" of us
  ['Partners help Acme fulfil its mission.', 'mission-statements', 'fulfil its mission'],
  ['We are all committed to open standards.', 'mission-statements', 'We are all committed to'],
  // F3: adoption said to be fast or surging, with nothing to count it
  ['Acme is rapidly becoming the database of choice for banks.', 'unsupported-claims', 'rapidly becoming the database of choice'],
  ['We welcome the recent surge of interest in the project.', 'unsupported-claims', 'the recent surge of interest'],
  // F1: readiness labels, solutions driven, jargon of teams and change
  ['Acme ships an enterprise-ready version.', 'buzzwords', 'enterprise-ready'],
  ['Our consultants drive solutions for retailers.', 'buzzwords', 'drive solutions'],
  ['The tool improves cross-functional collaboration.', 'buzzwords', 'cross-functional collaboration'],
  ['The new cache gives a step-function improvement.', 'buzzwords', 'step-function improvement'],
  ['Teams need the agility to adapt.', 'buzzwords', 'the agility to adapt'],
  ['Acme has been a strategic member of the alliance since 2019.', 'buzzwords', 'strategic member'],
])

itLeavesAlone('en', 'leaves the plain sense alone', [
  ['The rain made a difference to the harvest.', 'cliches'],
  ['Turn right at the lights: that is the right direction.', 'cliches'],
  ['The caterpillars were eating the leaves.', 'cliches'],
  ['The sea was ever changing under the clouds.', 'cliches'],
  ['The treaty marked the end of the war.', 'cliches'],
  ['The children were excited to see the snow.', 'cliches'],
  ['Copy the backups from the data center to the office.', 'cliches'],
  ['Tomatoes thrive in a warm, sunny spot.', 'cliches'],
  ['The play delighted the audience.', 'cliches'],
  ['The meteor made a crater on impact.', 'cliches'],
  ['She gave her heart and soul to the garden.', 'cliches'],
  ['Take the right pill at the right time.', 'cliches'],
  ['Heart disease is the leading cause of death.', 'hype-patterns'],
  ['She is a leading figure in the company.', 'hype-patterns'],
  ['The leading edge of the wing is curved.', 'hype-patterns'],
  ['He was the leader of the first wave of settlers.', 'hype-patterns'],
  ['We hope to hand the farm on to the next generation.', 'hype-patterns'],
  ['Answer as soon as possible.', 'hype-patterns'],
  ['The form is simple to use and quick to fill in.', 'hype-patterns'],
  ['The probe’s mission ended in 2019.', 'mission-statements'],
  ['She is committed to the project.', 'mission-statements'],
  ['The river is rapidly becoming shallow.', 'unsupported-claims'],
  ['A power surge tripped the fuse.', 'unsupported-claims'],
  ['Acme sells software to large enterprises.', 'buzzwords'],
  ['Drive to the station and pick up the solutions manual.', 'buzzwords'],
  ['The cat’s agility surprised us.', 'buzzwords'],
  ['A step function jumps from 0 to 1 at the origin.', 'buzzwords'],
  ['The bridge had strategic importance in the war.', 'buzzwords'],
])
