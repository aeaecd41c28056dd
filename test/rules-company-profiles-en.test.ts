// English entries for the "about us" paragraph of company profiles and partner posts (issue #16,
// English recall; development set files 63–67). Each flags the shape it was written for, in a
// sentence written for this test (not taken from any corpus), and leaves the plain senses of its
// words alone.
import { beforeAll, expect, it } from 'vitest'
import { lint, loadMorphology } from '../src/engine/index.js'

beforeAll(async () => {
  await loadMorphology('en')
})

const flagged = (text: string, rule: string) => lint(text, { language: 'en' }).findings.filter((f) => f.ruleId === rule).map((f) => f.actual)

it.each([
  // F1: the qualifier makes the brochure word
  ['Our platform breaks up information silos in the plant.', 'buzzwords', 'information silos'],
  ['We grow a thriving IoT ecosystem of sensors.', 'buzzwords', 'IoT ecosystem'],
  ['Every team can contribute to the wider ecosystem.', 'buzzwords', 'contribute to the wider ecosystem'],
  ['The strategy rests on four main pillars.', 'buzzwords', 'main pillars'],
  ['Our people are outcome-driven.', 'buzzwords', 'outcome-driven'],
  ['We help you govern your data assets.', 'buzzwords', 'data assets'],
  ['The fund backs digital innovation in ports.', 'buzzwords', 'digital innovation'],
  ['Ask our Analytics Competency Center.', 'buzzwords', 'Competency Center'],
  ['We add value along the entire value chain.', 'buzzwords', 'along the entire value chain'],
  ['Our engineers ensure optimal performance at all times.', 'buzzwords', 'ensure optimal performance'],
  ['Each client gets a customised solution.', 'buzzwords', 'customised solution'],
  ['We offer end-to-end consulting for retailers.', 'buzzwords', 'end-to-end consulting'],
  ['The company ships turnkey software for kiosks.', 'buzzwords', 'turnkey software'],
  ['This meets our strategic objectives.', 'buzzwords', 'strategic objectives'],
  ['We are known for service excellence.', 'buzzwords', 'service excellence'],
  // F2: ranks that need a trade word or a qualifier
  ['Ubuntu is the leading operating system for robots.', 'hype-patterns', 'the leading operating system'],
  ['Skymind is the worlds leading deep-learning company.', 'hype-patterns', 'the worlds leading'],
  ['SAP is the recognized leader in collaborative software.', 'hype-patterns', 'the recognized leader in'],
  ['Acme is a leader in the field of sensors.', 'hype-patterns', 'is a leader in the field'],
  ['Siemens is a global powerhouse in engineering.', 'hype-patterns', 'a global powerhouse'],
  ['We are a major tech player.', 'hype-patterns', 'a major tech player'],
  ['We became a key player in the market.', 'hype-patterns', 'a key player in the market'],
  ['Our platform has unlimited potential.', 'hype-patterns', 'unlimited potential'],
  ['It comes with outstanding support.', 'hype-patterns', 'outstanding support'],
  ['It is a superior OT solution.', 'hype-patterns', 'superior OT solution'],
  ['Streamsheets is a powerful no-code platform.', 'hype-patterns', 'a powerful no-code platform'],
  ['We offer a proven portfolio of services.', 'hype-patterns', 'proven portfolio'],
  ['As trusted OpenSearch experts, we help.', 'hype-patterns', 'trusted OpenSearch experts'],
  ['Since 2012 we have been a renowned agency.', 'hype-patterns', 'a renowned agency'],
  ['Our clients include prestigious brands.', 'hype-patterns', 'prestigious brands'],
  ['It is a super-secure platform.', 'hype-patterns', 'super-secure'],
  // F3: performance verbs with no figure or source nearby
  ['Our platform transforms businesses.', 'unsupported-claims', 'transforms businesses'],
  ['The suite enhances productivity for every team.', 'unsupported-claims', 'enhances productivity'],
  ['The tool improves operational efficiency.', 'unsupported-claims', 'improves operational efficiency'],
  ['Brands tap new revenue streams with our app.', 'unsupported-claims', 'tap new revenue streams'],
  ['Our devices drive business success.', 'unsupported-claims', 'drive business success'],
  ['SAP helps industries run better.', 'unsupported-claims', 'industries run better'],
  ['Put your data to work faster and smarter.', 'unsupported-claims', 'faster and smarter'],
  ['Our dashboards help you make smarter decisions.', 'unsupported-claims', 'make smarter decisions'],
  ['The platform removes all technological and economic obstacles.', 'unsupported-claims', 'removes all technological and economic obstacles'],
  ['Flowdesk eliminates busywork.', 'unsupported-claims', 'eliminates busywork'],
  ['It is quick to install, saving you valuable time.', 'unsupported-claims', 'saving you valuable time'],
  ['Our advice propels businesses to success.', 'unsupported-claims', 'propels businesses to success'],
  // F4: hedges of the press release
  ['The add-on helps accelerate sales.', 'weasel-words', 'helps accelerate'],
  ['Revenue is expected to double.', 'weasel-words', 'is expected to double'],
  ['Our partners can help retailers grow.', 'weasel-words', 'can help retailers grow'],
  ['The switch could potentially save hours.', 'weasel-words', 'could potentially save'],
  // F8: the profile's openers
  ['Our goal is to improve safety.', 'mission-statements', 'Our goal is to improve'],
  ['Our main focus is research.', 'mission-statements', 'Our main focus is'],
  ['FBK is a foundation, and its mission is to share research.', 'mission-statements', 'its mission is to'],
  ['Our focus has always been quality.', 'mission-statements', 'Our focus has always been'],
  ['We are pleased to support the project.', 'mission-statements', 'We are pleased to support'],
  // F10: stock phrases as families
  ['Together we break down silos.', 'cliches', 'break down silos'],
  ['We turn your ideas into reality.', 'cliches', 'turn your ideas into reality'],
  ['We bring your brand to life.', 'cliches', 'bring your brand to life'],
  ['The app delivers on the promise of open data.', 'cliches', 'delivers on the promise of'],
  ['We support you each step of the way.', 'cliches', 'each step of the way'],
  ['The suite gives you everything you need to succeed.', 'cliches', 'everything you need to succeed'],
  ['Acme is your partner for hosting.', 'cliches', 'is your partner for'],
  ['The journey is far from over.', 'cliches', 'The journey is far from over'],
  ['Join us on the journey.', 'cliches', 'Join us on the journey'],
  ['We are pleased to make it available.', 'cliches', 'We are pleased to make'],
  ['Security is of utmost importance.', 'cliches', 'of utmost importance'],
  ['We look forward to working together.', 'cliches', 'look forward to working together'],
  ['Thrive in an ever-evolving market.', 'cliches', 'ever-evolving market'],
  ['Stand out in the digital landscape.', 'cliches', 'the digital landscape'],
  ['We solve your most complex challenges.', 'cliches', 'solve your most complex challenges'],
] as const)('flags the company profile’s phrase: %s', (text, rule, actual) => {
  expect(flagged(text, rule)).toContain(actual)
})

it.each([
  ['The grain silo is full, and the missile silos were closed in 1995.', 'buzzwords'],
  ['The pond’s ecosystem is fragile, and the stone pillars of the temple still stand.', 'buzzwords'],
  ['The team wrote an end-to-end test, and the bike has a custom frame.', 'buzzwords'],
  ['Heart disease is the leading cause of death, and the leading edge of the wing is thin.', 'hype-patterns'],
  ['The mitochondrion is the powerhouse of the cell, and she was a major player in the resistance.', 'hype-patterns'],
  ['The trusted platform module stores the keys.', 'hype-patterns'],
  ['We want to transform operations next year.', 'unsupported-claims'],
  ['The new pumps enhance efficiency by 12% (tested in 2024).', 'unsupported-claims'],
  ['Caching helps reduce latency, and rest helps the body heal.', 'weasel-words'],
  ['The function is expected to return an integer.', 'weasel-words'],
  ['Our goal was scored in the last minute, and the probe’s mission was over.', 'mission-statements'],
  ['We’re excited to see you on Saturday.', 'mission-statements'],
  ['The farmer tore down the old silos, and we look forward to the holidays.', 'cliches'],
  ['Everything you need to get started is in the box.', 'cliches'],
] as const)('leaves the plain sense alone: %s', (text, rule) => {
  expect(flagged(text, rule)).toEqual([])
})
