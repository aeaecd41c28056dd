#!/usr/bin/env node
// Counts and checks the French real-copy corpus (dev/ and test/ beside this script).
// Plain Node, no dependency and no project code.
//
//   node count.mjs            -> prints the tables of README.md (Markdown)
//   node count.mjs --files    -> also prints one table per set with every file
//   node count.mjs --check    -> also checks the marks and the copy (exit code 1 on a problem)
//   node count.mjs --root DIR -> counts DIR/dev and DIR/test instead (used on drafts)
//   node count.mjs --clean    -> also counts the words of the clean French prose (../../clean/fr/<kind>/*.md)
//
// Paragraphs: a heading line, a list item (with its continuation lines), or any other block
// separated by blank lines (a blockquote is one block). Fenced code blocks, HTML comments and
// thematic breaks (---, ___, ***) are not paragraphs. Words: runs of letters/digits with internal
// apostrophes or hyphens, counted on the text with the marks removed and link targets dropped.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const args = new Set(argv);
const rootIdx = argv.indexOf('--root');
const here = rootIdx >= 0 ? argv[rootIdx + 1] : dirname(fileURLToPath(import.meta.url));
const SETS = ['dev', 'test'];
const FAMILIES = Array.from({ length: 12 }, (_, i) => `F${i + 1}`);
// a mark: [[F2|text]] (clear) or [[F2?|text]] (debatable); the text holds no bracket and no line break
const MARK = /\[\[(F\d{1,2})(\??)\|([^\[\]\n]+?)\]\]/g;
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const HEADER = /^<!-- source: (\S+); licence: ([^;]+); retrieved: (\d{4}-\d{2}-\d{2}); publisher: ([^;]+?) -->\n/;

// F11 (anglicisms) exists only in French copy: a block carrying an F11 mark must read as French
const FR_WORDS = /\b(?:le|la|les|des|du|une|et|est|vous|pour|dans|sur|avec|pas|qui|que|nous|votre|vos|au|aux)\b/giu;
const EN_WORDS = /\b(?:the|and|is|are|you|your|for|with|of|to|in|on|that|this|we|our)\b/giu;
function isFrench(s) {
  return (s.match(FR_WORDS) || []).length >= (s.match(EN_WORDS) || []).length;
}

const strip = (s) => s.replace(MARK, '$3');
const dropLinks = (s) => s.replace(/\]\([^)\s]*\)/g, ']').replace(/<https?:[^>]+>/g, '').replace(/https?:\/\/\S+/g, '');
const words = (s) => (dropLinks(s).match(WORD) || []).length;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

// Blocks of a Markdown text: [{kind, text, line}] with kind heading | item | para | code
function blocks(text) {
  const lines = text.split('\n');
  const out = [];
  let cur = null;
  let fence = null;
  let comment = false;
  const flush = () => { if (cur) out.push(cur); cur = null; };
  lines.forEach((line, i) => {
    if (fence) { cur.text += '\n' + line; if (line.trim().startsWith(fence)) { fence = null; flush(); } return; }
    if (comment) { if (line.includes('-->')) comment = false; return; }
    if (/^\s*<!--/.test(line)) { flush(); if (!line.includes('-->')) comment = true; return; }
    const f = line.match(/^\s*(```|~~~)/);
    if (f) { flush(); fence = f[1]; cur = { kind: 'code', text: line, line: i + 1 }; return; }
    if (line.trim() === '') { flush(); return; }
    if (/^\s*([-_*])(\s*\1){2,}\s*$/.test(line)) { flush(); return; }
    if (/^\s*#{1,6}\s/.test(line)) { flush(); out.push({ kind: 'heading', text: line, line: i + 1 }); return; }
    if (LIST_ITEM.test(line)) { flush(); cur = { kind: 'item', text: line, line: i + 1 }; return; }
    if (/^ {4,}/.test(line) && !cur) { cur = { kind: 'code', text: line, line: i + 1 }; return; }
    if (cur) cur.text += '\n' + line;
    else cur = { kind: 'para', text: line, line: i + 1 };
  });
  flush();
  return out;
}

function sentences(block) {
  return block.split('\n')
    .map((l) => l.replace(LIST_ITEM, '').replace(/^\s*(?:>|#+)\s*/, ''))
    .flatMap((line) => line.split(/(?<=[.!?…»"”]|[.!?]\]\])\s+(?=[«"“(\[\p{Lu}\d*])/u));
}

const problems = [];
const warn = (where, msg) => problems.push(`${where}: ${msg}`);
const stats = {};
for (const set of SETS) {
  const dir = join(here, set);
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const st = {
    files: [], paragraphs: 0, marked: 0, words: 0, publishers: {},
    clear: Object.fromEntries(FAMILIES.map((f) => [f, 0])), debatable: Object.fromEntries(FAMILIES.map((f) => [f, 0])),
  };
  for (const file of files) {
    const where = `${set}/${file}`;
    const text = readFileSync(join(dir, file), 'utf8');
    const h = text.match(HEADER);
    if (!h) warn(where, 'no header comment <!-- source: URL; licence: X; retrieved: YYYY-MM-DD; publisher: NAME -->');
    if (!/^\d\d-[a-z0-9-]+\.md$/.test(file)) warn(where, 'file name is not NN-short-name.md');
    const publisher = h ? h[4].trim() : '?';
    const fm = { clear: 0, debatable: 0 };
    for (const m of text.matchAll(MARK)) {
      const [, fam, q, span] = m;
      if (!FAMILIES.includes(fam)) { warn(where, `unknown family ${fam}`); continue; }
      if (span !== span.trim()) warn(where, `span has outer spaces: "${span}"`);
      if (q) { st.debatable[fam]++; fm.debatable++; } else { st.clear[fam]++; fm.clear++; }
    }
    const plain = strip(text);
    const bad = plain.search(/\[\[|\]\]/);
    if (bad >= 0) warn(where, `malformed, nested, overlapping or multi-line mark near "${plain.slice(Math.max(0, bad - 30), bad + 30).replace(/\n/g, '⏎')}"`);
    const bs = blocks(text.replace(HEADER, ''));
    let paragraphs = 0;
    let marked = 0;
    for (const b of bs) {
      if (b.kind === 'code') {
        if (/\[\[F\d/.test(b.text)) warn(where, `mark inside a code block (line ${b.line})`);
        continue;
      }
      paragraphs++;
      if (/\[\[F\d{1,2}\??\|/.test(b.text)) marked++;
      if (/\[\[F11\??\|/.test(b.text) && !isFrench(strip(b.text))) warn(where, `F11 mark in a block that does not read as French (line ${b.line})`);
      for (const c of b.text.matchAll(/`[^`\n]+`/g)) if (/\[\[F\d/.test(c[0])) warn(where, `mark inside inline code (line ${b.line})`);
      if (args.has('--check')) checkBlock(where, b);
    }
    const w = words(bs.filter((b) => b.kind !== 'code').map((b) => strip(b.text)).join('\n'));
    st.paragraphs += paragraphs; st.marked += marked; st.words += w;
    st.publishers[publisher] = (st.publishers[publisher] || 0) + paragraphs;
    st.files.push({ file, publisher, paragraphs, marked, words: w, ...fm });
  }
  stats[set] = st;
}

function checkBlock(where, b) {
  // F5 is judged by density: a lone clear F5 mark in a paragraph breaks the guideline
  if ((b.text.match(/\[\[F5\|/g) || []).length === 1 && !/\[\[F5\?\|/.test(b.text)) warn(where, `lone F5 mark in a paragraph (line ${b.line})`);
  const sents = sentences(b.text);
  sents.forEach((s, i) => {
    const plain = strip(s);
    for (const m of s.matchAll(MARK)) {
      if (m[1] === 'F3' && !m[2]) {
        const win = plain + ' ' + strip(sents[i + 1] || '');
        if (/\d/.test(dropLinks(win))) warn(where, `F3 "${m[3]}" has a figure in its window (line ${b.line})`);
      }
    }
    // a sentence over 40 words is one F7 mark (clear or debatable) as a whole
    const wc = words(plain);
    // (a sentence with links cannot be wrapped whole, since a mark holds no bracket: one F7 mark inside it is enough)
    const whole = /\]\(/.test(s) ? /\[\[F7\??\|/ : /\[\[F7\??\|[^\]]{120,}\]\]/;
    if (wc > 40 && !whole.test(s)) warn(where, `unmarked sentence of ${wc} words (line ${b.line}): "${plain.slice(0, 60)}…"`);
  });
}

const pct = (a, b) => `${b ? Math.round((1000 * a) / b) / 10 : 0}%`;
console.log('Sets\n');
console.log('| set | files | publishers | paragraphs | with a mark | without | words | marks (clear) | marks (debatable) | largest publisher |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const set of SETS) {
  const st = stats[set];
  const c = Object.values(st.clear).reduce((a, b) => a + b, 0);
  const d = Object.values(st.debatable).reduce((a, b) => a + b, 0);
  const [top, n] = Object.entries(st.publishers).sort((a, b) => b[1] - a[1])[0];
  console.log(`| ${set} | ${st.files.length} | ${Object.keys(st.publishers).length} | ${st.paragraphs} | ${st.marked} | ${st.paragraphs - st.marked} (${pct(st.paragraphs - st.marked, st.paragraphs)}) | ${st.words} | ${c} | ${d} | ${top}: ${n} (${pct(n, st.paragraphs)}) |`);
  for (const [p, k] of Object.entries(st.publishers)) if (k / st.paragraphs > 0.09) warn(set, `publisher "${p}" has ${pct(k, st.paragraphs)} of the paragraphs`);
}
console.log('\nMarks per family (clear + debatable)\n');
console.log(`| family | ${SETS.map((s) => `${s} clear | ${s} debatable`).join(' | ')} |`);
console.log(`|---|${SETS.map(() => '---:|---:').join('|')}|`);
for (const fam of FAMILIES) console.log(`| ${fam} | ${SETS.map((s) => `${stats[s].clear[fam]} | ${stats[s].debatable[fam]}`).join(' | ')} |`);
console.log(`| total | ${SETS.map((s) => `${Object.values(stats[s].clear).reduce((a, b) => a + b, 0)} | ${Object.values(stats[s].debatable).reduce((a, b) => a + b, 0)}`).join(' | ')} |`);

if (args.has('--clean')) {
  const cleanDir = join(here, '..', '..', 'clean', 'fr');
  console.log('\nClean prose (../../clean/fr/)\n');
  console.log('| kind | files | words |');
  console.log('|---|---:|---:|');
  for (const kind of readdirSync(cleanDir).sort()) {
    const fs = readdirSync(join(cleanDir, kind)).filter((f) => f.endsWith('.md'));
    const w = fs.map((f) => words(readFileSync(join(cleanDir, kind, f), 'utf8').replace(/<!--[\s\S]*?-->/g, ''))).reduce((a, b) => a + b, 0);
    console.log(`| ${kind} | ${fs.length} | ${w} |`);
  }
}

if (args.has('--files')) {
  for (const set of SETS) {
    console.log(`\n${set}: per file\n`);
    console.log('| file | publisher | paragraphs | with a mark | words | clear | debatable |');
    console.log('|---|---|---:|---:|---:|---:|---:|');
    for (const f of stats[set].files) console.log(`| ${f.file} | ${f.publisher} | ${f.paragraphs} | ${f.marked} | ${f.words} | ${f.clear} | ${f.debatable} |`);
  }
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error('  ' + p);
  process.exitCode = 1;
}
