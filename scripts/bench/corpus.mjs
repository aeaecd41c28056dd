// Deterministic benchmark inputs: English and French marketing Markdown of a given size, built
// from a seeded mix of corporate and plain sentences, headings, lists, links and code blocks.
const EN = {
  corporate: [
    'We leverage our best-in-class platform to unlock synergies across the value chain.',
    'Our world-class team is passionate about delivering seamless, next-generation experiences.',
    'In today’s fast-paced world, it dramatically improves productivity for every stakeholder.',
    'Mistakes were made, and going forward we will circle back on the low-hanging fruit.',
    'This truly revolutionary, incredibly powerful solution empowers end users to think outside the box.',
  ],
  plain: [
    'The app saves your notes every five seconds, even when you lose the connection.',
    'You can export everything as plain text whenever you like.',
    'Maria answers support e-mails within a day, and she tells you when she does not know.',
    'Prices stay the same this year: nine euros a month, with no contract.',
    'We rewrote the sync engine after three of you told us it lost edits on trains.',
    'Bring your bike on Tuesday and we will tell you what it needs and what it costs.',
  ],
  headings: ['Why teams switch', 'What changes for you', 'Pricing', 'Our story', 'Questions'],
}
const FR = {
  corporate: [
    'Nous capitalisons sur nos synergies pour booster la transformation digitale de nos clients.',
    'Leader incontesté du marché, nous plaçons le client au cœur de notre stratégie.',
    'Nos solutions innovantes et disruptives permettent d’impacter positivement l’expérience client.',
    'Il a été décidé de challenger la roadmap afin de co-construire un écosystème à forte valeur ajoutée.',
    'Dans un monde en constante évolution, nous sommes résolument tournés vers l’excellence opérationnelle.',
  ],
  plain: [
    'L’application enregistre vos notes toutes les cinq secondes, même sans réseau.',
    'Vous pouvez tout exporter en texte brut quand vous le souhaitez.',
    'Maria répond aux courriels dans la journée et vous dit quand elle ne sait pas.',
    'Les prix ne changent pas cette année : neuf euros par mois, sans engagement.',
    'Nous avons réécrit la synchronisation après vos messages sur les pertes de modifications.',
    'Apportez votre vélo mardi : nous vous dirons ce qu’il lui faut et combien cela coûte.',
  ],
  headings: ['Pourquoi changer', 'Ce qui change pour vous', 'Tarifs', 'Notre histoire', 'Questions'],
}

function random(seed) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** One Markdown document of about `bytes` UTF-16 units, the same for a given language, size and seed. */
export function generateDocument(language, bytes, seed = 1) {
  const pool = language === 'fr' ? FR : EN
  const next = random(seed)
  const pick = (xs) => xs[Math.floor(next() * xs.length)]
  const parts = []
  let size = 0
  while (size < bytes) {
    const r = next()
    let block
    if (r < 0.1) block = `## ${pick(pool.headings)}`
    else if (r < 0.18) block = Array.from({ length: 3 }, () => `- ${pick(next() < 0.4 ? pool.corporate : pool.plain)}`).join('\n')
    else if (r < 0.21) block = '```js\nconst leverage = synergy(stakeholders)\n```'
    else {
      const sentences = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(next() < 0.35 ? pool.corporate : pool.plain))
      if (next() < 0.2) sentences.push('See [the report](https://example.com/report).')
      block = sentences.join(' ')
    }
    parts.push(block)
    size += block.length + 2
  }
  return parts.join('\n\n').slice(0, bytes)
}

/** A workspace of `count` small documents (about 2.6 KB each), alternating languages. */
export function generateWorkspace(count, seed = 7) {
  return Array.from({ length: count }, (_, i) => ({
    name: `doc-${String(i).padStart(4, '0')}.md`,
    text: generateDocument(i % 2 ? 'fr' : 'en', 2600, seed + i),
  }))
}

/**
 * Paragraphs on one line, each repeating one shape: what made parse-latin's merge steps splice
 * the whole paragraph once per word (hyphens, full stops inside words, apostrophes, "a-b."), or a
 * block's lookups read every quotation, piece of evidence or word in capitals for each word.
 */
export const PARAGRAPH_SHAPES = {
  'a-b': 'a-b ',
  'a.b': 'a.b ',
  "a'b": "a'b ",
  'a-b.': 'a-b. ',
  '“a': '“a ',
  'claim. study.': 'It dramatically improves. A study. ',
  'CAPITALS': 'SYNERGY ',
}

/** One paragraph of `bytes` UTF-16 units repeating the shape named `name`. */
export function longParagraph(name, bytes) {
  const shape = PARAGRAPH_SHAPES[name]
  if (!shape) throw new Error(`unknown paragraph shape ${name}`)
  return shape.repeat(Math.ceil(bytes / shape.length)).slice(0, bytes)
}
