// Generated documents for the property tests: copy mixing Markdown syntax, French and English,
// combining accents, emoji, zero-width and right-to-left characters, and CRLF line ends
// (`document`); and Markdown dense with what ties a block to the rest of its document
// (`contextDocument`): reference links and their definitions, footnotes, HTML blocks and fences
// that hold blank lines (closed or not, at the top level or in containers), absurd indents,
// long lines of white space, front matter (valid or not).
import fc from 'fast-check'

const words = [
  'We', 'leverage', 'synergies', 'world-class', 'best-in-class', 'you', 'your', 'our', 'team', 'truly', 'incredibly', 'AMAZING', 'DEAL',
  'NASA', 'mistakes', 'were', 'made', 'il', 'a', 'été', 'décidé', 'booster', 'boostées', 'l’expérience', "l'expérience", 'client',
  'transformation', 'digitale', 'cœur', 'coeur', 'nous', 'notre', 'vous', 'placer', 'le', 'au', 'disruptif', 'innovantes', 'café',
  'cafe\u0301', '😀', '🇫🇷', 'zero\u200bwidth', 'שלום', 'مرحبا', '100%', '42', 'e-mail', 'https://example.com/leverage', 'a@b.fr', '!!', '!',
]
export const inline = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...words).map((w) => `**${w}**`),
  fc.constantFrom(...words).map((w) => `*${w}*`),
  fc.constantFrom(...words).map((w) => `\`${w}\``),
  fc.constantFrom(...words).map((w) => `[${w}](https://x.io)`),
  fc.constantFrom('\\*', '&amp;', '<b>', '</b>', '“', '”', '«', '»', ',', '.', '?', '(', ')', '-', '—'),
)
export const sentence = fc.array(inline, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '))
const block = fc.oneof(
  { weight: 5, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.join('. ')) },
  { weight: 1, arbitrary: sentence.map((s) => `# ${s}`) },
  { weight: 1, arbitrary: sentence.map((s) => `> ${s}`) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((ss) => ss.map((s) => `- ${s}`).join('\n')) },
  { weight: 1, arbitrary: sentence.map((s) => `\`\`\`\n${s}\n\`\`\``) },
  { weight: 1, arbitrary: sentence.map((s) => `| ${s} | x |\n|---|---|\n| ${s} | y |`) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- cluetrain-disable -->', '<!-- cluetrain-enable -->', '<!-- cluetrain-disable-next-line buzzwords -->', '<!-- cluetrain-language fr -->', '---') },
)
export const document = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), fc.constantFrom<'markdown' | 'text'>('markdown', 'text'))
  .map(([blocks, crlf, frontMatter, format]) => {
    let text = blocks.join('\n\n')
    if (frontMatter) text = `---\ntitle: ${blocks[0].replace(/\n/g, ' ')}\n---\n\n${text}`
    return { text: crlf ? text.replace(/\n/g, '\r\n') : text, format }
  })


const label = fc.constantFrom('x', 'X', 'details', ' Details', 'a  b', 'A B', '1', 'n', 'note')
const reference = fc.oneof(
  label.map((l) => `[details][${l}]`),
  label.map((l) => `[${l}]`),
  label.map((l) => `[${l}][]`),
  label.map((l) => `![leverage][${l}]`),
  label.map((l) => `[^${l.trim()}]`),
)
const definition = fc.oneof(
  label.map((l) => `[${l}]: https://example.com/leverage`),
  label.map((l) => `[${l}]:\n  /url "We leverage"`),
  label.map((l) => `> [${l}]: /quoted`),
  label.map((l) => `- [${l}]: /listed`),
  label.map((l) => `[^${l.trim()}]: A note where we leverage synergies.`),
  label.map((l) => `[^${l.trim()}]: A note.\n\n    Its second paragraph: we leverage.`),
  label.map((l) => `\`\`\`\n[${l}]: /in-code\n\`\`\``),
)
const proseWithReferences = fc
  .array(fc.oneof({ weight: 4, arbitrary: inline }, { weight: 1, arbitrary: reference }), { minLength: 1, maxLength: 10 })
  .map((ws) => ws.join(' '))
const verbatim = fc.constantFrom(
  '<pre>\n\nWe leverage\n\n</pre>', '<pre>\n\nan unclosed pre we leverage', '<script>\n\nleverage()\n\n</script>', '<style>\n\np { leverage: 1 }\n\n</style>',
  '<textarea>\n\nleverage\n</textarea>', '<pre>x</pre>', '<!--\n\nWe leverage\n\n-->', '<!-->', '<!-- cluetrain-disable -->', '<!-- cluetrain-enable -->',
  '<?php\n\nleverage\n\n?>', '<!DOCTYPE\n\nleverage\n>', '<![CDATA[\n\nleverage\n\n]]>', '<div>\nWe leverage\n```\n</div>', '<div>\n\nWe leverage\n\n</div>',
  '```\nWe leverage\n\nsynergies\n```', '~~~\n\nleverage\n~~~', '```\nan unclosed fence we leverage\n\nmore', '````\n```\n\nleverage\n````', '```js`x\n\nleverage',
  '- item\n  ```\n  leverage\n\nWe leverage', '- item\n  ```\n  leverage\n  ```', '1. step\n   ```sh\n   leverage\n   ```', '> ```\n> leverage\n\nleverage',
  ' ```\nindented fence leverage\n ```', '    indented leverage\n\n    more code', '- a\n\n      leverage code', '- item\n  <pre>\n\n  leverage\n\n  </pre>',
)
const deepIndent = fc.constantFrom(
  ' '.repeat(300), '\t'.repeat(260), `${' '.repeat(256)}leverage`, `- a\n${' '.repeat(258)}- We leverage`, `We leverage\n${' '.repeat(280)}synergies`,
  `\`\`\`\n${' '.repeat(300)}leverage\n\`\`\``,
)
const contextBlock = fc.oneof(
  { weight: 4, arbitrary: proseWithReferences },
  { weight: 1, arbitrary: proseWithReferences.map((s) => `# ${s}`) },
  { weight: 1, arbitrary: proseWithReferences.map((s) => `- ${s}`) },
  { weight: 1, arbitrary: proseWithReferences.map((s) => `> ${s}`) },
  { weight: 3, arbitrary: definition },
  { weight: 3, arbitrary: verbatim },
  { weight: 1, arbitrary: deepIndent },
)
const gap = fc.constantFrom('\n\n', '\n\n', '\n\n\n', '\n', '\n  \n', `\n${' '.repeat(300)}\n`, `\n\n\n${' '.repeat(300)}\n`, '\n\t\n', '\n\u00a0\n')
const frontMatter = fc.constantFrom(
  '', '', '---\ntitle: We leverage\n---\n\n', '---\ntitle: x\n----\nWe leverage\n---\n\n', '---\ntitle: an unclosed front matter we leverage\n\n',
  '--- \ndescription: We leverage\n---   \n', '---\n---\n',
)

/** Markdown dense with what ties a block to the rest of its document. */
export const contextDocument = fc
  .tuple(fc.array(fc.tuple(contextBlock, gap), { minLength: 1, maxLength: 10 }), frontMatter, fc.boolean())
  .map(([blocks, front, crlf]) => {
    const text = front + blocks.map(([b, g], i) => b + (i < blocks.length - 1 ? g : '')).join('')
    return crlf ? text.replace(/\n/g, '\r\n') : text
  })

/** What a writer types or deletes: fragments that open and close blocks, definitions and references. */
export const typed = fc.constantFrom(
  'x', ' we leverage', '\n', '\n\n', '\r\n', '```', '\n```\n', '~~~', '<pre>', '</pre>', '<!--', '-->', '<script>', '[x]: /u\n\n', '\n\n[^1]: A note.\n\n', '[details][x]',
  '[^1]', '[', ']', ' '.repeat(300), '\n- ', '\n> ', '\n    ', '---\n', '# ', '<!-- cluetrain-disable -->', '',
)
