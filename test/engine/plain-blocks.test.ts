// The plain-block shortcut (plain-blocks.ts, plain-block-nodes.ts, plain-inline.ts,
// plain-emphasis.ts, plain-literals.ts) builds code spans, emphasis, fenced code, nested bullet lists and link
// reference definitions itself: on generated Markdown dense with them and with every syntax near
// them that must keep a block off the shortcut, its prose blocks and findings are those of
// micromark on every block.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lint, LintSession } from '../../src/engine/index.js'
import { withDefinitions } from '../../src/engine/parse/definitions.js'
import { markdownTree, parseDocumentText } from '../../src/engine/parse/parse.js'
import { HTML_BLOCK_NAMES } from '../../src/engine/parse/plain-code-html.js'
import { parseWithPlainBlocks } from '../../src/engine/parse/plain-blocks.js'
import { htmlBlockNames } from 'micromark-util-html-tag-name'
import { checkShortcutOn } from './shortcut-check.js'

const same = (actual: unknown, expected: unknown) => expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))

const word = fc.constantFrom('We', 'leverage', 'synergies', 'you', 'été', 'l’équipe', '42', 'a.b', '(see', 'this)', '—', ':', 'x')
const inline = fc.constantFrom(
  '`code`', '`a`b`', '``a ` b``', '` x `', '`  `', '` `', '`', '```x```', '`[a](b)`', '`<b>`', '`*a*`', '`\\`', '\\`x`', '`a\nb`', '`a\n  b`',
  '[a](b)', '[We leverage](https://x.io/a_b?c=d,e;f@g!h$i*j\'k)', '[`code`](u)', '[a `]` b](u)', '[a](`b`)', '[x][r]', '[r][]', '[r]', '[R  ]', '[u]', '[a](b "t")', '[a](<b>)',
  '![i](j)', '[![i](j)](k)', '*a*', '**b**', '_c_', '~~d~~', '\\*', '&amp;', '&copy;', '<i>x</i>', '<https://x.io>', 'www.a.b', 'https://a.b', 'x@y.fr', '[^1]',
  'a|b', '#', 'x  \ny', 'x\\\ny', '\t', '[ ]', '[x]',
)
// "#" and "@" inside text: GitHub mentions, issue numbers, C#, and the e-mail literals next to them
// (a local part of ASCII letters, digits, "+", "-", ".", "_" just before the "@", or not).
const hashAndAt = fc.constantFrom(
  '#', '##', '#12', 'C#', 'F#.', 'x#y', '(#3)', '[#4](u)', '[a](#b)', '`#`', '#*a*', '*#*', '\\#', '&#35;',
  '@', '@user', '(@x)', 'a @ b', '@a.b', '@@', '[@a](b)', '`a@b.c`', '*@a*', 'x@y.fr', 'a.b@c.d', 'a_@b.co', '_a_@b.co', '*a*@b.co', '`x`@y.z', '[a](b)@c.d',
  'a+@b.c', 'a-@b.c', 'é@b.c', 'a@b', '#@x.y', 'mailto:a@b.c', 'www.a@b.c', '[x][r]@y.z', '@\nb', 'x\n@y.z',
)
// Emphasis: delimiter runs that open, close, do both or neither (inside words, between spaces,
// next to punctuation, code, links and line ends), of 1 to 4 markers, nested, crossed, unpaired.
const emphasis = fc.constantFrom(
  '*a*', '**b**', '_c_', '__d__', '*a **b** c*', '**a *b* c**', '_a __b__ c_', '*a _b_ c*', '**`x`**', '*`x`*', '**[a](b)**', '[*a*](b)', '[**a**][r]', '*[a](b)*', '_[a](b)_',
  'snake_case', '__init__', 'a__b__c', 'a*b', 'a*b*c', 'a**b**c', '5 * 3', '*', '_', '**', '***', '***x***', '___x___', '****', '*a_', '_a*', 'x*', '*x', 'x_', '_x', '**x', 'x**',
  '*(a)*', '(*a*)', '"*a*"', '*a*.', '.*a*', '*.a.*', '_._', '*"a"*', 'é*a*é', '*é*', '**Note:**', '_a_b', 'a_b_', '*a\nb*', '**a\n  b**', '*a\n*', '*a* *b*', '*a**', '**a*',
  '*a _b* c_', '**a _b** c_', '*a `*` b*', '`*`a*', '*a [*](b)*', '[a*](b)*', '*a*b', '_a_b_', '*_a_*', '_*a*_', '** a **', '* a *', '_ a _', '*a *', '* a*', '😀*a*😀', '*a*😀', '¡*a*¡', '$*a*$', 'a *b* c',
)

// Inline HTML and "<", ">", "&" as text: tags micromark reads (names, attributes quoted, unquoted
// and bare, self-closing, closing), near-tags it does not (generics, a space or line end inside,
// backticks, a comment, an autolink), and "&" in and out of character references.
const tagsAndAmpersands = fc.constantFrom(
  '<br>', '<br/>', '<br />', '</a>', '</a >', '<a href="https://x.io/a_b">', "<img src='i.png' width=64 />", '<a name="x"></a>', '<b>x</b>', '<b>*a*</b>', '*<b>a</b>*', '<sup>1</sup>',
  '<T>', '<S extends string>', '<a-b>', '<a_b>', '<T, K>', '<a b=>', '<a b="c"d>', '<a b=c/>', '<a b=c/d>', '<a/ >', '<a title="`">`x`', '<b>`x`</b>', '`<b>`', '<a\nb="c">', '<a b="\n">',
  '<!-- c -->', '<?x?>', '<!X>', '<https://x.io>', '<a@b.co>', '<1@x.y>', '<', 'a < b', 'a <\nb', 'x<', '<>', '< a>', 'a > b', '->', '>_<', '[<b>x</b>](u)', '[a](<b>)', '<a href="[x](y)">', '<b>[x][r]</b>',
  '&', 'Q&A', 'a & b', '&&', '&amp;', '&copy;', '&#35;', '&#x23;', '&bogus;', '&;', '& amp;', 'a&b;c', '`&amp;`', '<a href="?a=1&amp;b=2">',
)

// Images and badges (an image in a link), inline and by reference, and near-images micromark
// reads otherwise: alts with syntax, titles, empty parts, brackets, escapes.
const images = fc.constantFrom(
  '![i](j)', '![](j)', '![ a b ](j)', '![a!#](https://img.shields.io/npm/v/x.svg?style=flat)', '![a][r]', '![r][]', '![r]', '![u]', '![R  ]', '![a][]', '![][r]',
  '[![i](j)](k)', '[![a][r]][u]', '[![a][r]](k)', '[![i](j)][r]', '[![i](j)]', '[a ![b](c) d](e)', '![a](b)![c](d)', '[![a](b)](c)[![d](e)](f)',
  '![a *b*](c)', '![a](b "t")', '![a`b`](c)', '![a\nb](c)', '![[a](b)](c)', '!![a](b)', '![a](b)(c)', '![a]()', '![a](<b>)', '![www.x.io](b)', '![a@b.c](d)',
  '![a&amp;](b)', '\\![a](b)', '![^1](b)', '![a](b)[c]', '![a](b)[r]', '![<b>](c)', '`![a](b)`', '![a', '![a](b', '![a]\n(b)', '[![a](b)',
)

// Bare URLs, www. links and e-mail addresses (GFM autolink literals), whole words and in the forms
// micromark reads otherwise (parentheses, "_", "*", "~", "&", "<", quotes, ports, upper case, ...).
const literals = fc.constantFrom(
  'https://a.b', 'http://x.io/a/b-c.d?e=f#g', 'https://github.com/x/y.', 'www.a.com', 'www.a.b/c,', 'a@b.co', 'a.b+c@d-e.org.', 'x@y.fr!', 'https://a.b:', 'https://a.b?', 'www.a.b;', 'https://a.b/x...y',
  '(https://a.b)', 'https://a.b/(c)', 'https://a.b/c)', 'https://a.b_c.d', 'https://a_b.c.d', 'www.a_b.c', 'https://a.b/c_d', '_https://a.b_', '*www.a.b*', '~https://a.b~', 'https://a.b/~x', 'https://a.b/?a=1&b=2',
  'https://a.b/&amp;', 'https://a.b&amp;', '<https://a.b>', 'https://a.b<b>', 'HTTPS://A.B', 'Www.a.b', 'http://localhost:3000', 'https://a.b:8080/x', 'www.com', 'http:a.b', 'https://', 'https://-a.b', 'https://a.b-',
  'a@b.c1', 'a@b.c-', 'a@b', 'a_b@c.d', '.a@b.c', 'mailto:a@b.c', 'xmpp:a@b.c/d', 'https://a.b/@x', 'a@https://b.c', 'xhttps://a.b', 'awww.b.c', 'www.a.b.', 'www.a.b..', "'https://a.b'", '"www.a.b"', 'https://a.b/"x',
  '[https://a.b](c)', '[a](https://b.c) https://d.e', '`https://a.b`', 'https://a.b`x`', 'https://a.b\nc', 'https://é.b', 'https://a.b/é', 'https://a.b/x%20y', 'a.b@c.d,', 'https://a.b/c!d', 'www.a.b/c?d.e',
  'https://a.b/c_', 'https://a.b/_c_', 'https://a.b/c__d', 'https://a.b/?a=1&b', 'https://a.b/?a&b;', 'https://a.b/a&b.', 'https://a.b/a&', 'https://a.b/a&b;c', 'www.a.b/a_b&c=d_',
)

// Backslash escapes of every kind of syntax, next to it and inside it (labels, destinations, alts,
// tags, code, literals), literal backslashes, hard breaks, and "]" that closes nothing (node's
// changelog lines "\[[`hash`](url)]", type lists "{string\[]}") or something.
const escapes = fc.constantFrom(
  '\\*', '\\*a\\*', '\\**a**', '**a\\***', '*a\\*b*', '\\_a_', '_a\\__', '\\__init__', '\\`', '\\`x`', '`a\\`', '`\\*`', '\\\\', '\\\\*a*', '\\[', '\\]', '\\[a]', '\\[a](b)', '[a\\](b)', '[a\\*b](u)',
  '[a](b\\_c)', '[a\\]b](u)', '\\![a](b)', '!\\[a](b)', '![a\\*](b)', '\\[[`3729e33`](https://x.io/c/3729e33)]', '{string\\[]}', '{Buffer\\[]|string}', '\\[ ]', '\\[x]', '[r]\\[', '\\[r]',
  ']', 'a]', '] [a](b)', '[a](b)]', '[r]]', '][a](b)', '[a]]', 'a](b)', '[`x`](u)]', '![i](j)]', '[![i](j)](k)]', ']:', '\\<b>', '<a title="\\"">', '<b>\\*</b>', '\\<https://a.b>', '\\&amp;', '&\\#35;',
  'www\\.a.com', 'https\\://a.b', 'a\\@b.co', 'a\\_b@c.de', 'x\\.www.a.b', '\\@user', 'C:\\Users\\x', '\\d+', 'a\\b', '\\ a', 'a\\', 'a\\\nb', 'a \\\n b', '\\#', '\\# a', '\\- a', '\\> q', '\\|', 'a\\|b',
  '\\~~d~~', '~\\~', '\\^', '[^1\\]', '\\:', '\\é', '\\1. a', '\\*\\*a\\*\\*', '**\\[**', '*\\]*', '\\***a***',
)

// Autolinks, and "<" forms near them: schemes of 2 to 33 characters, upper case, spaces, "<", code,
// escapes, emphasis and brackets inside or around, e-mail autolinks, links in links.
const autolinks = fc.constantFrom(
  '<https://x.io>', '<http://a.b/c?d=e&f>', '<HTTPS://A.B>', '<a+b.c-d:x>', '<ab:>', '<a:b>', '<1a:b>', '<abcdefghijklmnopqrstuvwxyzabcdef:x>', '<abcdefghijklmnopqrstuvwxyzabcdefg:x>', '<https://a b>', '<https://a<b>',
  '<https://a.b/`x`>', '`<https://a.b>`', '<https://a.b/\\_x>', '\\<https://a.b>', '[<https://a.b>](c)', '[a](<https://b.c>)', '[a <https://b.c> d][r]', '*<https://a.b>*', '**<https://a.b>**', '<https://a.b>.', '(<https://a.b>)',
  '<https://é.b>', '<x@y.co>', '<mailto:x@y.co>', '<https://a.b/*x*>', '<https://a.b/[x](y)>', '![a](<https://b>)', '<https://a.b>_x_', '_<https://a.b>_', '<https://a.b>www.c.d', '<https://a.b>&amp;', '<https://a.b/&amp;>', '<a\nb:c>', '<ab:c\nd>',
)
// Lines that start with "<": tags followed by text (paragraphs), a tag alone (an HTML block of type
// 7), HTML blocks of types 1 to 6, autolinks, and "<" that starts nothing.
const tagStart = fc.constantFrom(
  '<a id="21.1.0"></a>', '<a id="x"></a> ', '<https://x.io> ', '<https://x.io>', '<b>x</b> ', '<b>', '</b>', '<a href="u">', '<img src="i.png" alt="a">', '<pre>', '<pre x>y', '<script>x', '<style', '<textarea>', '<!-- c --> ',
  '<?x?> ', '<!X> ', '<![CDATA[x]]> ', '<div>', '<3 ', '< a', '<a', '<x-y z="1"/> ', '<span>a</span> ', '</span> b', '<http://a.b>: ', '<a b=c/d> ', '<a\tb="c">', '<A ID=x>y', '<x@y.co> ',
)

const textOf = (emphasisWeight: number, hashAndAtWeight = 1, tagsWeight = 1, imagesWeight = 1, literalsWeight = 1, escapesWeight = 0, autolinksWeight = 0) => fc
  .array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: inline }, { weight: emphasisWeight, arbitrary: emphasis }, { weight: hashAndAtWeight, arbitrary: hashAndAt }, { weight: tagsWeight, arbitrary: tagsAndAmpersands }, { weight: imagesWeight, arbitrary: images }, { weight: literalsWeight, arbitrary: literals }, ...(escapesWeight ? [{ weight: escapesWeight, arbitrary: escapes }] : []), ...(autolinksWeight ? [{ weight: autolinksWeight, arbitrary: autolinks }] : [])), { minLength: 1, maxLength: 8 })
  .chain((words) => fc.array(fc.constantFrom(' ', ' ', ' ', ' ', ' ', '', '\n', '\n  ', '\n    '), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => w + (i < words.length - 1 ? gaps[i] : '')).join('')))
const text = textOf(2)
const start = fc.constantFrom('We ', 'We ', 'We ', 'We ', '`x` ', '``y`` ', '[a](b) ', '— ', '(see ', '42 ', '2024. ', '[r]: ', '[ ] ', '```', '', '1. ', '# ', '> ', ': ', '= ', '"a" ', '**Note:** ', '*a* ', '_a_ ', '__init__ ', '* ', '** ', '_ ', '***', '___', '*a', '**', '*')
const itemLine = fc.tuple(fc.constantFrom('', '', '', '', '', '  ', '  ', '    ', '   ', ' '), fc.constantFrom('- ', '- ', '- ', '* ', '*   ', '+ ', '-  ', '-     ', '1. '), start, text).map((parts) => parts.join(''))
const list = fc.array(fc.oneof({ weight: 6, arbitrary: itemLine }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', '  ', '    ', '      '), start, text).map((p) => p.join('')) }), { minLength: 1, maxLength: 5 })
const listBlock = fc.tuple(fc.constantFrom('- ', '* ', '*   ', '+ '), start, text, list).map(([marker, s, t, rest]) => [marker + s + t, ...rest].join('\n'))
const fence = fc
  .tuple(fc.constantFrom('```', '````', '~~~', '``'), fc.constantFrom('', 'js', ' js', 'js meta data ', 'a`b', 'a\\b', 'x&amp;'), fc.array(fc.constantFrom('code', '', '  x', '```', '~~~', '````', '\t<b>', '- a', '[r]: /x'), { maxLength: 4 }), fc.constantFrom('```', '````', '~~~', '~~~~', '   ```', '``` x', '```  ', ''), fc.constantFrom('', '', '\nafter'))
  .map(([open, info, lines, close, after]) => [open + info, ...lines, close].join('\n') + after)
const definitions = fc
  .array(fc.tuple(fc.constantFrom('r', 'R ', 'u', 'Other  Thing', '^1', ' r', 'a\\]', '`c`'), fc.constantFrom(':', ': ', ':   '), fc.constantFrom('/x', 'https://x.io/a_b?c', '<y>', '/x "t"', 'a&amp;b', '(z)', '')), { minLength: 1, maxLength: 3 })
  .map((defs) => defs.map(([label, colon, url]) => `[${label}]${colon}${url}`).join('\n'))
const cell = fc.oneof(
  { weight: 12, arbitrary: fc.array(word, { maxLength: 3 }).map((words) => words.join(' ')) },
  { weight: 2, arbitrary: inline.filter((i) => !i.includes('\n')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '`a|b`', '\\|', 'a \\| b', '<br>', '**x**') },
)
export const tableBlock = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom(' ', '', '  '), fc.constantFrom('|', '|', '|', '|', '|', '', '| '))
  .chain(([columns, rows, pad, edge]) =>
    fc
      .tuple(
        fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows + 1, maxLength: rows + 1 }),
        fc.array(fc.constantFrom('---', ':--', '--:', ':-:', '-', ' --- ', ':'), { minLength: columns, maxLength: columns }),
        fc.constantFrom('', '', '', '', '', '', '| extra |', 'a row', '| x | y | z | w | v |'),
      )
      .map(([cells, delimiter, odd]) => {
        const row = (parts: readonly string[]) => `${edge}${parts.map((c) => pad + c + pad).join('|')}${edge.trim()}`
        return [row(cells[0]), row(delimiter), ...cells.slice(1).map(row), odd].filter((l) => l !== '').join('\n')
      }),
  )
// An ATX heading, with or without a closing sequence ("#"s after a space) or something like one.
const headingOf = (content: fc.Arbitrary<string>) => fc
  .tuple(fc.constantFrom('# ', '## ', '###### '), content, fc.constantFrom('', '', '', ' #', ' ##', '   ###', '#', ' #x', ' # #', ' \\#', ' `#`', ' ####### '))
  .map((p) => p.join('').replace(/\n/g, ' '))
// A block quote: each line of a block (paragraph, heading, list, table, fence, ...) after a marker,
// the marker alone between blocks, and the near-misses micromark reads otherwise: no space after
// the marker, a quote in it, a lazy line without the marker, indented markers.
const quoteOf = (inner: fc.Arbitrary<string>) => fc
  .tuple(fc.array(inner, { minLength: 1, maxLength: 3 }), fc.array(fc.oneof({ weight: 30, arbitrary: fc.constant('> ') }, { weight: 1, arbitrary: fc.constantFrom('>', '>  ', '> > ', ' > ', '') }), { minLength: 12, maxLength: 12 }), fc.constantFrom('', '', '', '\n>', '\n> '))
  .map(([blocks, markers, end]) => blocks.join('\n\n').split('\n').map((line, i) => (line ? (i === 0 ? '> ' : markers[i % 12]) + line : '>')).join('\n') + end)
export const blockArb = fc.oneof(
  { weight: 2, arbitrary: quoteOf(fc.oneof(fc.tuple(start, text).map((p) => p.join('')), listBlock, headingOf(text), fence, tableBlock, definitions)) },
  { weight: 2, arbitrary: tableBlock },
  { weight: 4, arbitrary: fc.tuple(start, text).map((p) => p.join('')) },
  { weight: 4, arbitrary: listBlock },
  { weight: 2, arbitrary: fence },
  { weight: 2, arbitrary: definitions },
  { weight: 1, arbitrary: headingOf(text) },
  { weight: 1, arbitrary: fc.constantFrom('| a | b |\n|---|---|\n| `x` | y |', '<div>\n`x`\n</div>', '<!--\n\n[r]: /z\n\n-->', '<!-- cluetrain-disable -->', '<!-->', '<!--->\nWe', '<!-- a --> b\nc', '<!--\nWe\n-- >\n-->', '<DIV class="a">\n  We\t `x` \n</DIV>', '</p>', '<details/>', '<divx>\nWe', '<div\nWe', '<hr>\n- a', '<pre>\n\nx\n</pre>', '<div>\n<pre>\nx\n</pre>', '<table>\n  <!-- a -->\n<tr><td>x</td></tr>\n</table>', '<div>\n<!--\n\nx -->\n</div>', '<div>\n<pre>x</pre>\n</div>', '> `q`\n> - a', 'Title\n---', '    indented', '***', '\t- a') },
)
const markdown = fc
  .tuple(fc.array(blockArb, { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('\n\n', '\n\n', '\n\n\n', '\n', '\n  \n'), { minLength: 8, maxLength: 8 }), fc.constantFrom(false, false, false, false, false, false, false, true))
  .map(([blocks, gaps, crlf]) => {
    const joined = blocks.map((b, i) => b + (i < blocks.length - 1 ? gaps[i] : '')).join('')
    return crlf ? joined.replace(/\n/g, '\r\n') : joined
  })

// Paragraphs, headings and list items where every other word is emphasis or a run of its markers.
const emphasisText = textOf(6)
const emphasisMarkdown = fc
  .array(fc.oneof(fc.tuple(start, emphasisText).map((p) => p.join('')), fc.tuple(fc.constantFrom('# ', '- ', '* '), start, emphasisText).map((p) => p.join('')), listBlock), { minLength: 1, maxLength: 4 })
  .map((blocks) => blocks.join('\n\n'))

// Paragraphs, headings and list items where every other word has "#" or "@".
const hashAndAtText = textOf(1, 6)
const hashAndAtMarkdown = fc
  .array(fc.oneof(fc.tuple(start, hashAndAtText).map((p) => p.join('')), headingOf(hashAndAtText), fc.tuple(fc.constantFrom('- ', '* '), start, hashAndAtText).map((p) => p.join('')), fc.constantFrom('# #', '## ##', '# # #', '# ## ##', '### a ### b', '# a #b', '#  a', '#\ta')), { minLength: 1, maxLength: 4 })
  .map((blocks) => blocks.join('\n\n'))

// Paragraphs, headings, list items and table cells where every other word is a tag, "<", ">" or "&".
const tagsText = textOf(1, 1, 6)
const tagsMarkdown = fc
  .array(fc.oneof(fc.tuple(start, tagsText).map((p) => p.join('')), headingOf(tagsText), fc.tuple(fc.constantFrom('- ', '* '), start, tagsText).map((p) => p.join('')), tagsAndAmpersands.filter((t) => !t.includes('\n')).map((t) => `| a | b |\n|---|---|\n| ${t} | x ${t} |`)), { minLength: 1, maxLength: 4 })
  .map((blocks) => blocks.join('\n\n'))

// Block quotes of paragraphs, headings and lists (and of what they may not hold).
const quoteMarkdown = fc
  .array(fc.oneof({ weight: 3, arbitrary: quoteOf(fc.oneof({ weight: 3, arbitrary: fc.tuple(start, textOf(1, 0, 0, 0)).map((p) => p.join('')) }, { weight: 2, arbitrary: listBlock }, { weight: 1, arbitrary: headingOf(text) })) }, { weight: 1, arbitrary: blockArb }), { minLength: 1, maxLength: 3 })
  .map((blocks) => blocks.join('\n\n'))

// Headings with the next block on the next line, and blocks with a heading on the next line: one
// run of lines, ATX headings among paragraphs, lists, definitions, tables, HTML and "#" lines that
// are not headings.
const headingLine = headingOf(fc.constantFrom('Install', 'The *best* way', '`x`', '[a](b)', 'C#', 'a\\b'))
const plainWords = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '))
const besideHeading = fc.oneof({ weight: 4, arbitrary: plainWords }, fc.tuple(start, text).map((p) => p.join('')), fc.tuple(fc.constantFrom('- ', '* '), plainWords).map((p) => p.join('')), listBlock, definitions, tableBlock, fc.constantFrom('#x', '#', '# ', '#\ta', '---', '===', 'Title\n===', '<div>\nx', '    code', '> q', '```\nx\n```'))
const headingMarkdown = fc
  .array(fc.oneof({ weight: 2, arbitrary: headingLine }, { weight: 3, arbitrary: besideHeading }), { minLength: 2, maxLength: 5 })
  .chain((blocks) => fc.tuple(fc.constant(blocks.join('\n')), fc.constantFrom(false, false, true)))
  .map(([joined, crlf]) => (crlf ? joined.replace(/\n/g, '\r\n') : joined))

// Fenced code with CRLF line endings, next to prose.
const crlfFences = fc.tuple(fc.constantFrom('```', '~~~~'), fc.constantFrom('', 'js', 'sh meta'), fc.array(fc.constantFrom('code', '', '  x', '- a'), { maxLength: 4 })).map(([open, info, lines]) => [open + info, ...lines, open].join('\n'))
const crlfFenceMarkdown = fc
  .tuple(fc.oneof(fence, crlfFences), fc.tuple(start, text).map((p) => p.join('')), fc.constantFrom('\n\n', '\n'))
  .map(([code, prose, gap]) => (code + gap + prose).replace(/\n/g, '\r\n'))

const imagesText = textOf(1, 1, 1, 6)
const imagesMarkdown = fc
  .array(fc.oneof(fc.tuple(start, imagesText).map((p) => p.join('')), headingOf(imagesText), fc.tuple(fc.constantFrom('- ', '* '), start, imagesText).map((p) => p.join('')), images.filter((t) => !t.includes('\n')).map((t) => `| a | b |\n|---|---|\n| ${t} | x ${t} |`)), { minLength: 1, maxLength: 4 })
  .map((blocks) => blocks.join('\n\n'))

// Paragraphs, headings, list items, quotes and table cells where every other word is a literal or
// near one; then paragraphs and list items of plain words and literals only (no other link).
const literalsText = textOf(1, 1, 1, 1, 6)
const literalsMarkdown = fc
  .array(fc.oneof(fc.tuple(start, literalsText).map((p) => p.join('')), headingOf(literalsText), quoteOf(fc.tuple(start, literalsText).map((p) => p.join(''))), fc.tuple(fc.constantFrom('- ', '* '), start, literalsText).map((p) => p.join('')), literals.map((t) => `| a | b |\n|---|---|\n| ${t} | x ${t} |`)), { minLength: 1, maxLength: 4 })
  .map((blocks) => blocks.join('\n\n'))
const wordsAndLiterals = fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: literals }), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '))
const onlyLiteralsMarkdown = fc.array(fc.tuple(fc.constantFrom('', '- ', '# ', '> '), wordsAndLiterals).map((p) => p.join('')), { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join('\n\n'))

// Paragraphs, headings, list items (node's changelog items and API type lists among them), quotes
// and table cells where every other word is an escape, a literal backslash or a "]".
const escapesText = textOf(1, 1, 1, 1, 1, 8)
const escapesMarkdown = fc
  .array(fc.oneof(fc.tuple(start, escapesText).map((p) => p.join('')), headingOf(escapesText), quoteOf(fc.tuple(start, escapesText).map((p) => p.join(''))), listBlock, fc.tuple(fc.constantFrom('- ', '* ', '* \\[[`a1`](https://x.io/a1)] - ', '  * `x` {string\\[]} '), start, escapesText).map((p) => p.join('')), escapes.filter((t) => !t.includes('\n')).map((t) => `| a | b |\n|---|---|\n| ${t} | x ${t} |`)), { minLength: 1, maxLength: 4 })
  .map((blocks) => blocks.join('\n\n'))

// Paragraphs that start with "<" (and the lines after them), and paragraphs, headings, list items,
// quotes and table cells where every other word is an autolink or near one.
const autolinksText = textOf(1, 1, 2, 1, 1, 1, 8)
const autolinksMarkdown = fc
  .array(fc.oneof(
    { weight: 3, arbitrary: fc.tuple(tagStart, fc.constantFrom('', '', 'We', 'We `x`'), fc.constantFrom('', '', '\nmore text', '\n<b>x</b>', '\n- a', '\n# h', '\n```\nx\n```', '\n<div>', '\n===')).map((p) => p.join('')) },
    { weight: 2, arbitrary: fc.tuple(tagStart, autolinksText).map((p) => p.join('')) },
    { weight: 2, arbitrary: fc.tuple(start, autolinksText).map((p) => p.join('')) },
    { weight: 1, arbitrary: headingOf(autolinksText) },
    { weight: 1, arbitrary: quoteOf(fc.tuple(start, autolinksText).map((p) => p.join(''))) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('- ', '* '), start, autolinksText).map((p) => p.join('')) },
    { weight: 1, arbitrary: autolinks.filter((t) => !t.includes('\n')).map((t) => `| a | b |\n|---|---|\n| ${t} | x ${t} |`) },
  ), { minLength: 1, maxLength: 4 })
  .map((blocks) => blocks.join('\n\n'))

// Blocks with fenced code on the next line ("Install it:\n```sh"): paragraphs and headings before
// it, and what a fence does not simply follow (lists, quotes, tables, indented or unclosed fences,
// text after the closing fence, a second fence, a hard break before it).
const beforeFence = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(start, text).map((p) => p.join('')) },
  { weight: 1, arbitrary: headingOf(text) },
  { weight: 1, arbitrary: fc.tuple(headingOf(text), fc.tuple(start, text).map((p) => p.join(''))).map((p) => p.join('\n')) },
  { weight: 1, arbitrary: fc.constantFrom('- a', '1. a', '> a', '| a |\n|---|', 'a  ', 'a\\', '    code', '<div>', '<!-- x -->', '  ```', 'a\n===', '[r]: /x', 'a `b', '``a') },
)
const fenceAfter = fc.tuple(fc.constantFrom('```', '```sh', '~~~', '````js x', '```a`b', '``` '), fc.array(fc.constantFrom('npm i x', '', '  y', '```', '~~~', '- a', '# h'), { maxLength: 3 }), fc.constantFrom('```', '~~~', '````', '  ```', ''), fc.constantFrom('', '', '', '\nafter', '\n```\nx\n```'))
  .map(([open, lines, close, after]) => [open, ...lines, close].join('\n') + after)
const fenceAfterMarkdown = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.tuple(beforeFence, fenceAfter).map((p) => p.join('\n')) }, { weight: 1, arbitrary: blockArb }), { minLength: 1, maxLength: 4 })
  .map((blocks) => blocks.join('\n\n'))

// Bullet lists that end in a nested item: each item one level deeper, as deep or shallower than
// the one before, at its parent's content column (now and then a column or two off, or an
// ordered marker), then, after blank lines, blocks at every indent that the nested item, its
// parent or the root may hold: paragraphs, items with each marker, fences, indented code,
// quotes, headings.
const itemText = fc.oneof({ weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' ')) }, fc.tuple(start, text).map((p) => p.join('')))
const bullet = fc.oneof({ weight: 12, arbitrary: fc.constantFrom('- ', '* ', '+ ', '*   ', '-  ', '-    ') }, { weight: 1, arbitrary: fc.constantFrom('1. ', '-', '-\t') })
// Ordered markers: numbers that start a list anywhere ("1."), only after a blank line or as a
// sibling ("2.", "10.", "01."), too long ("1234567890."), with "." or ")", wide spacing; and bullets.
const ordered = fc.oneof({ weight: 12, arbitrary: fc.constantFrom('1. ', '1. ', '2. ', '10. ', '1) ', '3) ', '0. ', '01. ', '123456789. ', '1.  ', '9.    ') }, { weight: 3, arbitrary: bullet }, { weight: 1, arbitrary: fc.constantFrom('1234567890. ', '1.', '1.\t', '1 ', '1: ') })
// How deep the item is against the one before, a marker other than its level's (or none), and its column off its parent's content column.
const nestedItem = (marker: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom(1, 1, 1, 0, 0, -1, -2), fc.oneof({ weight: 10, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: marker }), fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, -1, 2), itemText)
const endsNestedOf = (marker: fc.Arbitrary<string>) => fc.tuple(fc.array(marker, { minLength: 6, maxLength: 6 }), itemText, fc.array(nestedItem(marker), { minLength: 1, maxLength: 5 })).map(([markers, first, items]) => {
  // The content columns of the open items, outermost first.
  const columns = [markers[0].length]
  const lines = [markers[0] + first]
  for (const [move, other, off, t] of items) {
    const depth = Math.max(1, Math.min(columns.length + 1, columns.length + move))
    columns.length = depth
    const indent = Math.max(0, (depth === 1 ? 0 : columns[depth - 2]) + off)
    const marker = other ?? markers[depth - 1]
    lines.push(' '.repeat(indent) + marker + t)
    columns[depth - 1] = indent + marker.length
  }
  return lines.join('\n')
})
const afterNested = fc.tuple(
  fc.constantFrom('', '', ' ', '  ', '  ', '   ', '    ', '    ', '     ', '      ', '      ', '        ', '\t'),
  fc.oneof({ weight: 4, arbitrary: itemText }, { weight: 3, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '+ ', '*   ', '1. ', '2. ', '1) '), itemText).map((p) => p.join('')) }, fc.constantFrom('```\nx\n```', '> q', '# H', '<div>\nx', '---', 'a\n===')),
).map((p) => p.join(''))
const nestedListMarkdownOf = (marker: fc.Arbitrary<string>) => fc
  .tuple(endsNestedOf(marker), fc.array(fc.tuple(fc.constantFrom('\n\n', '\n\n\n', '\n  \n', '\n'), fc.oneof({ weight: 3, arbitrary: afterNested }, { weight: 1, arbitrary: endsNestedOf(marker) })), { minLength: 1, maxLength: 3 }))
  .map(([list, rest]) => list + rest.map(([gap, block]) => gap + block).join(''))
const nestedListMarkdown = nestedListMarkdownOf(bullet)
// Ordered lists, alone and nested with bullet lists, with the same blocks after them.
const orderedListMarkdown = nestedListMarkdownOf(ordered)

// "|" in paragraphs, headings, list items and quotes (type unions, shell pipes, "a | b"), and the
// lines after them that make a table of them: delimiter rows with and without edge pipes, indented,
// as list items, with ":" ("a|b\n:-"), and near-misses.
const pipeWords = fc.constantFrom('a|b', '{Buffer|string}', 'a | b', '|', '||', '| x |', 'x |', '| x', '`a|b`', '[a|b](u)', '![a|b](u)', '[a](b|c)', '<a title="|">', '*a|b*', '**|**', 'https://a.b|c', 'a|b@c.de', '\\|', 'a&#124;b')
const pipeText = fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: pipeWords }), { minLength: 1, maxLength: 8 }).map((words) => words.join(' '))
const delimiterLine = fc.constantFrom('--- | ---', '|---|---|', '| - |', '-|-', ':-', '-:', ':-:|', '  --- | ---', '    | - |', '- | -', '* --- | ---', '---', '| :- | -: |', 'a | b', '|')
const pipeBlock = fc.oneof(
  { weight: 4, arbitrary: fc.array(pipeText, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')) },
  { weight: 3, arbitrary: fc.tuple(fc.array(pipeText, { minLength: 1, maxLength: 2 }), delimiterLine, fc.array(pipeText, { maxLength: 2 })).map(([before, row, after]) => [...before, row, ...after].join('\n')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '# ', '> ', '- a\n  - '), pipeText, fc.constantFrom('', '', '\n  | - |', '\n  --- | ---', '\n- | -', '\n> --- | ---', '\n  more | text')).map((p) => p.join('')) },
)
const pipeMarkdown = fc.array(pipeBlock, { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join('\n\n'))

// Blocks as README files write them (the real-document bench's corpora): each is built without micromark.
const readmeBlocks = [
  'This package exports the identifier [`location`](#api).\nThere is no default export.',
  '```js\nimport {location} from \'vfile-location\'\n\nconst place = location(file)\n```',
  '~~~sh\nnpm install vfile-location\n~~~',
  '*   [What is this?](#what-is-this)\n*   [API](#api)\n    *   [`location(file)`](#locationfile)\n*   [License](#license)',
  '*   `toPoint` (`(offset?: number) => Point`)\n    — get a line/column-based `Point` from `offset`\n*   `toOffset` (`(point?: Point) => number`)',
  '[npm]: https://docs.npmjs.com/cli/install\n[esmsh]: https://esm.sh\n[Other  Thing]: ./contributing.md',
  '- [`Partial<T>`](https://github.com/x/y/blob/main/es5.d.ts#L1401-L1406) - Make all properties in `T` optional.',
  '# `vfile-location` [API](#api)',
  '— see `` a ` b `` and ` c `, then (this).',
  'This package is [ESM only][esm].\nIn Node.js (version 16+), install with [npm][]:',
  'See [`contributing.md`][contributing] in [`micromark/.github`][health] for ways\nto get started.',
  'Integrate with Azure DevOps from your Node.js apps.\r\nRun `npm install` first, see [samples](./samples).\r\n',
  '- Try to resolve package name to file path\r\n  - UseCase: use this hook\r\n- Resolver/Import Hooks\r\n',
  '<div align="center">\n  <img src="logo.svg" alt="Logo">\n</div>',
  '<!-- cluetrain-disable-next-line hype -->',
  '| Level | Description |\n| :---: | :--- |\n| `0` | All colors disabled |\n| `1` | Basic [x](y) support |',
  '**Note:** this is *not* a `__proto__` check, see my_module and __init__.',
  '- **[`parse(text)`](#parsetext)**: the _whole_ tree\n  - *optional*, 5 * 3 = 15\n- **Done**',
  '# The *best* way_to ship',
  'Thanks to @octocat and @a-b (#12, #34), for C# and F# support.',
  '## Install for C# ##',
  '- Fixed [#56](https://github.com/x/y/issues/56), reported by @someone',
  'Made by <a href="https://x.io">Us</a>.<br>\nSee <code>Array<T></code>, Q&A and `a < b` -> `Pick<T, K>`.',
  '| Option | Type |\n|---|---|\n| `a` | `string`<br>or `number` |',
  '## Install\nRun `npm i` first:\n### Use\n- then [this](#x)\n# Last',
  '```js\r\nconst a = 1\r\n\r\nexport default a\r\n```\r\n',
  '[![Build][build-badge]][build] [![npm](https://img.shields.io/npm/v/x.svg)](https://npmjs.org/x)',
  '> **Note:** this package is *ESM only*;\n> see [`esm`][esm].\n>\n> - then\n>   that\n> - and `x`',
  '1. No `readdir()` or `stat()` would ever be called on the same\n   file or directory more than one time.\n2. Install it:\n   1. then *this*\n   2. and that\n10. Done',
  '* `options` {Object}\n  * `allowPartialTrustChain` {boolean} Treat intermediate\n    certificates as trusted.\n  * `ca` {string|Buffer} Optionally override the trusted CA',
  '<table>\n<tr>\n  <!--OC has a sharper image-->\n  <td><a href="https://x.io"><img src="x.png" width="64"></a></td>\n</tr>\n</table>',
]
// The placeholder of a run that ends in a nested list item.
const NESTED_PLACEHOLDER = /^[-*+] +[-*+] +a$/m
// The definitions the blocks above refer to, made elsewhere in their document.
const madeElsewhere = ['ESM', 'NPM', 'CONTRIBUTING', 'HEALTH', 'BUILD-BADGE', 'BUILD']

/**
 * Holds `runs` texts' prose blocks to micromark's, and counts those where `took` says the shortcut
 * built what is looked for (`handed`: what it gave micromark, if anything).
 */
function countTaken(texts: fc.Arbitrary<string>, runs: number, seed: number, took: (md: string, handed: string | undefined) => boolean): number {
  let count = 0
  fc.assert(
    fc.property(texts, (md) => {
      same(parseDocumentText(md, 'markdown', true), parseDocumentText(md, 'markdown', false))
      let handed: string | undefined
      const tree = parseWithPlainBlocks(md, (compact) => ((handed = compact), markdownTree(compact, false)))
      if (tree && took(md, handed)) count++
    }),
    { numRuns: runs, seed },
  )
  return count
}

describe('the plain-block shortcut', () => {
  it('knows the HTML block names micromark knows', () => {
    expect(HTML_BLOCK_NAMES).toEqual(htmlBlockNames)
  })

  it('builds code spans, emphasis, fenced code, nested and ordered lists, definitions, references, HTML blocks and tables, CRLF lines too, without micromark', () => {
    for (const block of readmeBlocks) {
      const tree = withDefinitions(madeElsewhere, () =>
        parseWithPlainBlocks(block, () => {
          throw new Error(`handed to micromark: ${block}`)
        }),
      )
      same(parseDocumentText(block, 'markdown', true, madeElsewhere), parseDocumentText(block, 'markdown', false, madeElsewhere))
      expect(tree?.children.length).toBeGreaterThan(0)
    }
  })

  it('builds the prose blocks micromark builds, in Markdown dense with code, lists, definitions and tables', () => {
    // The generator must reach the shortcut often, not only micromark.
    expect(checkShortcutOn(markdown, 2500, 17)).toBeGreaterThan(600)
  }, 360_000)

  it('builds the emphasis micromark builds, in Markdown dense with delimiter runs', () => {
    // The shortcut must build emphasis itself often, not only leave it to micromark.
    expect(checkShortcutOn(emphasisMarkdown, 600, 23, 'emphasis')).toBeGreaterThan(50)
    expect(checkShortcutOn(emphasisMarkdown, 200, 29, 'strong')).toBeGreaterThan(12)
  }, 180_000)

  it('takes text with "#" and "@" and the headings closed by "#"s micromark reads, and leaves e-mail literals to it', () => {
    // Every block has them: the shortcut must take many of them itself.
    expect(checkShortcutOn(hashAndAtMarkdown, 600, 31)).toBeGreaterThan(150)
  }, 180_000)

  it('takes inline HTML tags and "<", ">", "&" as text, and leaves the HTML and character references it cannot settle to micromark', () => {
    // Every block has them: the shortcut must take many of them itself (it takes 330 and builds
    // HTML in 89; 110 and 0 when it left every "<" and "&" to micromark).
    expect(checkShortcutOn(tagsMarkdown, 600, 37)).toBeGreaterThan(250)
    expect(checkShortcutOn(tagsMarkdown, 300, 41, 'html')).toBeGreaterThan(50)
  }, 180_000)

  it('takes an ATX heading and the blocks on the lines next to it, and leaves what it cannot settle to micromark', () => {
    // Each text is one run of lines: the shortcut takes 99 (10 before headings were cut out of it).
    expect(checkShortcutOn(headingMarkdown, 600, 43)).toBeGreaterThan(60)
  }, 180_000)

  it('builds fenced code with CRLF line endings as micromark does', () => {
    // It builds 91; 0 when it left every CRLF fence to micromark.
    expect(checkShortcutOn(crlfFenceMarkdown, 300, 47, 'code')).toBeGreaterThan(60)
  }, 180_000)

  it('builds images and badges (images in links) as micromark does, and leaves the images it cannot settle to it', () => {
    // Every block has them: the shortcut takes a block in 215 and builds images in 68 of 300
    // (111 and 0 when it left every image to micromark).
    expect(checkShortcutOn(imagesMarkdown, 600, 53)).toBeGreaterThan(170)
    expect(checkShortcutOn(imagesMarkdown, 300, 59, 'image')).toBeGreaterThan(40)
  }, 180_000)

  it('builds block quotes of paragraphs, headings and lists as micromark does, and leaves the others to it', () => {
    // Every text has them: the shortcut builds one itself in 61 (0 when it left them all to micromark).
    expect(checkShortcutOn(quoteMarkdown, 600, 61, 'blockquote')).toBeGreaterThan(30)
  }, 180_000)

  it('builds the bare URLs, www. links and e-mail addresses micromark builds, and leaves the forms it cannot settle to it', () => {
    // 99 and 86 with literals built; 68 and 0 when every literal went to micromark.
    expect(checkShortcutOn(literalsMarkdown, 600, 67)).toBeGreaterThan(85)
    expect(checkShortcutOn(onlyLiteralsMarkdown, 300, 71, 'link')).toBeGreaterThan(40)
  }, 180_000)

  it('takes "|" in paragraphs, headings, list items and quotes as text, and the lines that make tables of them as micromark does', () => {
    // Every block has a "|": the shortcut must take many itself (193 of 600; 61 when "|" handed its block to micromark).
    expect(checkShortcutOn(pipeMarkdown, 600, 79)).toBeGreaterThan(130)
  }, 180_000)

  // Every text has them: the shortcut must build many itself. It takes a block with escapes in 158
  // of 600 texts (50 when "\\" and "]" handed a block to micromark); one with autolinks or a line
  // that starts with "<" in 211 of 600, and builds links in 50 of 300 (66 and 3 when it left them
  // to micromark); fenced code on the line after a block in 45 of 600 (17 when that run went whole).
  const builtByTheShortcut: Array<[string, fc.Arbitrary<string>, number, number, string | undefined, number]> = [
    ['builds backslash escapes and "]" as text as micromark does, and leaves the escapes it cannot settle to it', escapesMarkdown, 600, 89, undefined, 110],
    ['builds paragraphs that start with a tag or an autolink as micromark does, and leaves HTML blocks to it', autolinksMarkdown, 600, 97, undefined, 150],
    ['builds autolinks as micromark does', autolinksMarkdown, 300, 101, 'link', 30],
    ['builds the blocks on the lines before fenced code and the code as micromark does', fenceAfterMarkdown, 600, 103, 'code', 30],
  ]
  for (const [name, texts, runs, seed, nodeType, least] of builtByTheShortcut) {
    it(name, () => expect(checkShortcutOn(texts, runs, seed, nodeType)).toBeGreaterThan(least), 180_000)
  }

  it('builds lists that end in a nested item, and the blocks after them read the same lists as after the real text', () => {
    // The placeholder of such a list opens every item open at its end ("* * a"): the shortcut
    // must take one of these lists itself often (113 of 1,500; 0 when it left each to micromark).
    const nested = countTaken(nestedListMarkdown, 1500, 73, (md, handed) => handed !== undefined && NESTED_PLACEHOLDER.test(handed))
    expect(nested).toBeGreaterThan(60)
  }, 180_000)

  it('builds ordered lists, nested with bullet lists or not, as micromark does, and leaves the numbers that do not start a list to it', () => {
    // The shortcut must take an ordered list itself often (149 of 1,500; 0 when "1." handed its block to micromark).
    // Its first block is an ordered list that the shortcut took: micromark got its placeholder, or nothing.
    const ordered = countTaken(orderedListMarkdown, 1500, 83, (md, handed) => {
      const firstLine = md.split('\n')[0]
      return /^\d+[.)] /.test(firstLine) && !handed?.startsWith(firstLine)
    })
    expect(ordered).toBeGreaterThan(80)
  }, 180_000)

  it('finds what micromark on every block finds, with definitions made in other blocks', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        same(lint(md), new LintSession({ format: 'markdown' }, 0, false).lint(md))
        // One piece: the definitions the shortcut built are declared to micromark for the rest.
        same(new LintSession({ format: 'markdown' }, 16_000).lint(md), new LintSession({ format: 'markdown' }, 16_000, false).lint(md))
      }),
      { numRuns: 1000, seed: 1717 },
    )
  }, 180_000)
})
