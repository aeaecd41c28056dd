#!/usr/bin/env node
// Counts words (marks removed) and marks per family per language in the labelled corpus.
// Usage: node count.mjs            -> prints the two tables
//        node count.mjs --files    -> also prints per-file figures
//        node count.mjs --check    -> also runs sanity checks on the marks (format, F3 window, F7 length)
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LANGS = ['en', 'fr'];
const FAMILIES = Array.from({ length: 12 }, (_, i) => `F${i + 1}`);
const MARK = /\[\[(F\d{1,2})\|([^\[\]\n]+?)\]\]/g;
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const args = new Set(process.argv.slice(2));

const strip = (s) => s.replace(MARK, '$2');
const words = (s) => (s.match(WORD) || []).length;

const problems = [];
const stats = {};
for (const lang of LANGS) {
  const dir = join(here, lang);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const st = { files: [], words: 0, cleanWords: 0, marks: Object.fromEntries(FAMILIES.map((f) => [f, 0])) };
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const fileMarks = Object.fromEntries(FAMILIES.map((f) => [f, 0]));
    let n = 0;
    for (const m of text.matchAll(MARK)) {
      const [, fam, span] = m;
      if (!FAMILIES.includes(fam)) problems.push(`${lang}/${file}: unknown family ${fam}`);
      else if (fam === 'F11' && lang !== 'fr') problems.push(`${lang}/${file}: F11 outside French`);
      else { st.marks[fam]++; fileMarks[fam]++; n++; }
      if (span !== span.trim()) problems.push(`${lang}/${file}: span has outer spaces: "${span}"`);
    }
    const plain = strip(text);
    if (/\[\[|\]\]/.test(plain)) problems.push(`${lang}/${file}: malformed or nested mark near "${plain.slice(Math.max(0, plain.search(/\[\[|\]\]/) - 30), plain.search(/\[\[|\]\]/) + 30)}"`);
    const w = words(plain);
    // words in paragraphs that carry no mark at all (a rough measure of "good" copy)
    const clean = text.split(/\n\s*\n/).filter((p) => !/\[\[F\d{1,2}\|/.test(p) && !/^\s*#/.test(p)).map((p) => words(p)).reduce((a, b) => a + b, 0);
    st.words += w; st.cleanWords += clean;
    st.files.push({ file, words: w, clean, marks: n, fileMarks });
    if (args.has('--check')) check(lang, file, text);
  }
  stats[lang] = st;
}

function sentences(par) {
  // split a paragraph into sentences on . ! ? … followed by space and an upper-case letter or a quote
  return par.split(/\n/).map((l) => l.replace(/^\s*(?:\d+\.|[-*>]|#+)\s+/, '')).flatMap((line) => line.split(/(?<=[.!?…»"”]|[.!?]\]\])\s+(?=[«"“(\[\p{Lu}\d])/u));
}

function check(lang, file, text) {
  for (const par of text.split(/\n\s*\n/)) {
    const sents = sentences(par);
    if ((par.match(/\[\[F5\|/g) || []).length === 1) problems.push(`${lang}/${file}: lone F5 mark in a paragraph (density rule): "${par.slice(0, 50)}…"`);
    sents.forEach((s, i) => {
      const plain = strip(s);
      // F3: no figure in the same or the next sentence
      for (const m of s.matchAll(MARK)) {
        if (m[1] === 'F3') {
          const win = plain + ' ' + strip(sents[i + 1] || '');
          if (/\d/.test(win)) problems.push(`${lang}/${file}: F3 "${m[2]}" has a figure nearby`);
        }
        if (m[1] === 'F7' && words(m[2]) > 20 && words(m[2]) <= 40) problems.push(`${lang}/${file}: F7 sentence mark is only ${words(m[2])} words: "${m[2].slice(0, 50)}…"`);
      }
      MARK.lastIndex = 0;
      // long sentences must be marked F7 as a whole
      const wc = words(plain.replace(/^[#>*\-\s]+/, ''));
      if (wc > 40 && !/\[\[F7\|[^\]]{150,}\]\]/.test(s)) problems.push(`${lang}/${file}: unmarked long sentence (${wc} words): "${plain.slice(0, 60)}…"`);
    });
  }
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

console.log('Words (marks removed)\n');
console.log(`| language | files | words | words in unmarked paragraphs (headings excluded) | share |`);
console.log(`|---|---:|---:|---:|---:|`);
for (const lang of LANGS) {
  const st = stats[lang];
  console.log(`| ${lang} | ${st.files.length} | ${st.words} | ${st.cleanWords} | ${Math.round((100 * st.cleanWords) / st.words)}% |`);
}
console.log('\nMarks per family\n');
console.log(`| family | ${LANGS.join(' | ')} |`);
console.log(`|---|${LANGS.map(() => '---:').join('|')}|`);
for (const fam of FAMILIES) console.log(`| ${fam} | ${LANGS.map((l) => (fam === 'F11' && l !== 'fr' ? '—' : stats[l].marks[fam])).join(' | ')} |`);
console.log(`| total | ${LANGS.map((l) => Object.values(stats[l].marks).reduce((a, b) => a + b, 0)).join(' | ')} |`);

if (args.has('--files')) {
  for (const lang of LANGS) {
    console.log(`\n${lang}: per file\n`);
    console.log(`| file | words | clean | marks | ${FAMILIES.join(' | ')} |`);
    console.log(`|---|---:|---:|---:|${FAMILIES.map(() => '---:').join('|')}|`);
    for (const f of stats[lang].files) console.log(`| ${f.file} | ${f.words} | ${f.clean} | ${f.marks} | ${FAMILIES.map((x) => f.fileMarks[x]).join(' | ')} |`);
  }
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error('  ' + p);
  process.exitCode = 1;
}
