// English entries of session 29 (issue #16, English recall; development files 68–82: store
// listings, README introductions, foundation press releases and member profiles). Each flags the
// shape it was written for, in a sentence written for this test (not taken from any corpus), and
// leaves the plain senses of its words alone.
import { itFlags, itLeavesAlone } from './rule-cases.js'

itFlags('en', 'flags the launch post’s phrase', [
  // F10: the press release's stock lines, any tense and subject
  ['We couldn’t be more excited about the merger.', 'cliches', 'couldn’t be more excited'],
  ['The board could not be happier with the result.', 'cliches', 'could not be happier'],
  ['Acme was thrilled to welcome its first partner.', 'cliches', 'was thrilled to welcome'],
  ['We’re delighted to have them on board.', 'cliches', 'We’re delighted to have'],
  ['We can’t wait to see what the community builds.', 'cliches', 'can’t wait to see what'],
  ['The deal heralds a new chapter for the firm.', 'cliches', 'heralds a new chapter'],
  ['Version 3 opens up new possibilities for shops.', 'cliches', 'opens up new possibilities'],
  ['The move speaks volumes about their ambition.', 'cliches', 'speaks volumes'],
  ['The founders left an indelible mark on the industry.', 'cliches', 'left an indelible mark'],
  ['Our interns make a real difference every summer.', 'cliches', 'make a real difference'],
  ['Together we drive lasting change in retail.', 'cliches', 'drive lasting change'],
  ['Our staff are passionate about great coffee.', 'cliches', 'are passionate about'],
  ['Thanks to our unwavering commitment to quality, it works.', 'cliches', 'unwavering commitment'],
  ['Acme is proud to be part of the alliance.', 'cliches', 'is proud to be part of'],
  ['Sponsoring the project is how we give back to the community.', 'cliches', 'give back to the community'],
  ['Start your journey towards fitness today.', 'cliches', 'Start your journey towards'],
  ['Come and join our journey!', 'cliches', 'join our journey'],
  ['Fast, friendly service that customers expect and deserve.', 'cliches', 'expect and deserve'],
  ['The team stays laser-focused on growth.', 'cliches', 'laser-focused'],
  ['Broaden your horizons with our courses.', 'cliches', 'Broaden your horizons'],
  ['That’s where Acme comes in.', 'cliches', 'That’s where Acme comes in'],
  ['Daily backups bring peace of mind.', 'cliches', 'bring peace of mind'],
  ['Our agency will boost your online presence.', 'cliches', 'boost your online presence'],
  ['The first week can make or break a new hire.', 'cliches', 'make or break'],
  // F2: ranks and superlatives on the thing sold
  ['Acme is the world’s largest encrypted mail service.', 'hype-patterns', 'the world’s largest encrypted mail service'],
  ['It runs on the world’s most widely deployed database.', 'hype-patterns', 'the world’s most widely deployed'],
  ['Its unique technology doubles your speed.', 'hype-patterns', 'unique technology'],
  ['Acme is the premier choice for bakers.', 'hype-patterns', 'the premier choice'],
  ['Our flagship product ships in May.', 'hype-patterns', 'Our flagship product'],
  ['Acme, a pioneer in edge storage, joins today.', 'hype-patterns', 'a pioneer in'],
  ['Get the best shopping experience on your phone.', 'hype-patterns', 'the best shopping experience'],
  ['We built the safest notes app ever.', 'hype-patterns', 'the safest notes app ever'],
  // F8: the company's commitment in the third person, and its mission without "is"
  ['Acme is firmly committed to protecting your data.', 'mission-statements', 'is firmly committed to protecting'],
  ['The firm is dedicated to actively supporting schools.', 'mission-statements', 'is dedicated to actively supporting'],
  ['Your support funds our mission to free the web.', 'mission-statements', 'our mission to'],
  // F3: a saving with an adjective before the measure
  ['The plug-in reduces operational overhead for admins.', 'unsupported-claims', 'reduces operational overhead'],
  // F1: what is sold, named "solution"; value with a size; launch labels
  ['Acme offers a hosted solution for clinics.', 'buzzwords', 'hosted solution'],
  ['We sell container solutions to banks.', 'buzzwords', 'container solutions'],
  ['Our consultants deliver real value.', 'buzzwords', 'deliver real value'],
  ['Medusa is a composable commerce engine.', 'buzzwords', 'composable commerce'],
  ['They build edge-native appliances.', 'buzzwords', 'edge-native'],
])

itLeavesAlone('en', 'leaves the plain sense alone', [
  ['She could not be more different from her sister.', 'cliches'],
  ['The children were thrilled by the fireworks.', 'cliches'],
  ['I can’t wait for the weekend.', 'cliches'],
  ['Read the next chapter before Monday.', 'cliches'],
  ['Open the file and look for new lines.', 'cliches'],
  ['He spoke at length about the volumes on the shelf.', 'cliches'],
  ['The stamp left a mark on the paper.', 'cliches'],
  ['The change made a difference of 3 ms in our tests.', 'cliches'],
  ['The journey takes six hours by train.', 'cliches'],
  ['The prize went to the team that needed it and deserved it.', 'cliches'],
  ['The laser is focused by a lens.', 'cliches'],
  ['The shop has a presence online and a stall at the market.', 'cliches'],
  ['Make the bed or break the eggs first.', 'cliches'],
  ['The world’s largest lake is shrinking.', 'hype-patterns'],
  ['Each row needs a unique identifier.', 'hype-patterns'],
  ['The best way to learn Rust is to write it.', 'hype-patterns'],
  ['The treaty was committed to paper in 1648.', 'mission-statements'],
  ['The mission of the probe ended in 2019.', 'mission-statements'],
  ['Caching reduces latency.', 'unsupported-claims'],
  ['The obvious solution is a lock, and an ideal solution would be a queue.', 'buzzwords'],
  ['Pour the salt solution into the container, and store the stock solution cold.', 'buzzwords'],
])
