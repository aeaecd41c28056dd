// English entries taken from open lists (issue #16): proselint (corporate speak, jargon,
// commercialese, clichés, hedging), Joblint (job-ad titles and phrases), retext-simplify, 18F's
// plain-language "Words to avoid". Each
// flags the copy it was taken for and leaves the plain words it is made of alone. Sentences
// written for this test, not taken from any corpus.
import { itFlags, itLeavesAlone } from './rule-cases.js'

itFlags('en', 'flags the open lists’ phrase', [
  ['We are hiring rockstar engineers to join our squad.', 'buzzwords', 'rockstar engineers'],
  ['Are you a JavaScript ninja looking for your next role?', 'buzzwords', 'JavaScript ninja'],
  ['Our sales team is crushing it every quarter.', 'buzzwords', 'crushing it every'],
  ['Ping me when the deck is ready.', 'buzzwords', 'Ping me'],
  ['The migration is on our radar for next year.', 'buzzwords', 'on our radar'],
  ['I have a lot on my plate this week.', 'buzzwords', 'lot on my plate'],
  ['The team will strategize about the launch.', 'buzzwords', 'strategize'],
  ['Passengers may deplane through the rear door.', 'buzzwords', 'deplane'],
  ['Our visionary founder saw it coming.', 'hype', 'visionary founder'],
  ['Join a superstar team of designers.', 'hype', 'superstar team'],
  ['Missing the deadline is par for the course.', 'cliches', 'par for the course'],
  ['Let’s cut to the chase: the price is going up.', 'cliches', 'cut to the chase'],
  ['Our new plan levels the playing field for small shops.', 'cliches', 'levels the playing field'],
  ['Sales grew by leaps and bounds in the spring.', 'cliches', 'by leaps and bounds'],
  ['We extend a warm welcome to our new members.', 'cliches', 'extend a warm welcome'],
  ['You are at the top of your game and want more.', 'cliches', 'at the top of your game'],
  ['We offer a drama-free workplace.', 'cliches', 'drama-free'],
  ['Enclosed herewith is the signed contract.', 'cliches', 'Enclosed herewith'],
  ['The new plan is, so to speak, a fresh start.', 'weasel-words', 'so to speak'],
  ['To a certain degree, the update fixes the bug.', 'weasel-words', 'To a certain degree'],
  ['An innovative approach to payroll.', 'buzzwords', 'innovative'],
  ['The overarching goal is growth.', 'buzzwords', 'overarching'],
  ['Our account managers liaise with your finance team.', 'buzzwords', 'liaise'],
  ['The programme delivered outcomes for every region.', 'buzzwords', 'delivered outcomes'],
  ['Dashboards that drive adoption across the company.', 'buzzwords', 'drive adoption'],
  ['We foster collaboration between departments.', 'buzzwords', 'foster collaboration'],
  ['The board will execute on our strategy this year.', 'buzzwords', 'execute on our strategy'],
  ['These are the key learnings from the pilot.', 'buzzwords', 'key learnings'],
  ['Flowdesk transforms the way your team works.', 'unsupported-claims', 'transforms the way your team works'],
] as const)

itLeavesAlone('en', 'leaves the plain words alone', [
  ['The ninja crept along the castle wall at night.', 'buzzwords'],
  ['Her yoga guru lives in the mountains, and the developer of the film is a rockstar of photography.', 'buzzwords'],
  ['Crush it with a spoon, then add the garlic to the pan.', 'buzzwords'],
  ['The ship appeared on our radar screen at dawn.', 'buzzwords'],
  ['He left the bread on his plate and went out.', 'buzzwords'],
  ['The plan was to make it rain on the fields with silver iodide.', 'buzzwords'],
  ['The visionary painted what he saw in his dreams.', 'hype'],
  ['He plays for a team of all ages, and the superstar signed autographs.', 'hype'],
  ['The course was a par 72, and the golfer cut through the field to the chase car.', 'cliches'],
  ['The iceberg floated south, and the deal was real.', 'cliches'],
  ['We welcome your comments, and the room was warm.', 'cliches'],
  ['The clock struck twelve; the lion ate his share.', 'cliches'],
  ['They argue that the degree is worth it, and speak to the board.', 'weasel-words'],
  ['The post office will deliver the parcel, and they foster two children.', 'buzzwords'],
  ['She will drive the van, and the key is under the mat.', 'buzzwords'],
  ['The script will execute the query, and the court executed the order.', 'buzzwords'],
  ['The railway transformed the way the valley traded with the coast.', 'unsupported-claims'],
  ['Flowdesk transforms the way your team works: planning time fell from 40 to 12 minutes.', 'unsupported-claims'],
] as const)
