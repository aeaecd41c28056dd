#!/usr/bin/env node
// Counts and checks the hand-marked real-copy corpus (test/corpus/real/<lang>/{dev,test}/*.md).
// Plain Node, no project code. Usage:
//   node count.mjs [en|fr]          -> Markdown tables (files, paragraphs, words, marks per family)
//   node count.mjs en --files       -> also one row per file
//   node count.mjs en --check       -> also checks the marks and prints problems (exit 1 if any)
// Paragraphs: blocks separated by blank lines; each heading, each list item, each blockquote block,
// each table and each other block is one paragraph. Fenced code blocks, HTML comments and the
// source comment are not paragraphs and their words are not counted.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const langs = argv.filter((a) => !a.startsWith('--'));
const LANGS = langs.length ? langs : ['en', 'fr'].filter((l) => existsSync(join(here, l)));
const opts = new Set(argv.filter((a) => a.startsWith('--')));
const SETS = ['dev', 'test'];
const FAMILIES = Array.from({ length: 12 }, (_, i) => `F${i + 1}`);
const MARK = /\[\[(F\d{1,2})(\?)?\|([^\[\]\n]+?)\]\]/g;
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const strip = (s) => s.replace(MARK, '$3');
// words as a reader sees them: link destinations and HTML tags dropped, a bare URL counts as one word
const visible = (s) => s.replace(/\]\([^)\s]*\)/g, ']').replace(/<[^>]*>/g, ' ').replace(/\b(?:https?:\/\/|mailto:)\S+/g, 'URL');
const words = (s) => (visible(s).match(WORD) || []).length;

// Splits a document into paragraphs (array of strings, each possibly multi-line).
export function paragraphs(text) {
  const out = [];
  const lines = text.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, '')).split('\n');
  let block = [];
  let inFence = null;
  const flush = () => {
    if (!block.length) return;
    // split list items and headings inside a block
    let cur = [];
    const push = () => { if (cur.length) out.push(cur.join('\n')); cur = []; };
    for (const l of block) {
      if (/^\s*#{1,6}\s/.test(l)) { push(); out.push(l); continue; }
      if (/^\s*(?:[-*+]|\d+[.)])\s+/.test(l)) { push(); cur.push(l); continue; }
      cur.push(l);
    }
    push();
    block = [];
  };
  for (const line of lines) {
    if (inFence) { if (line.trim().startsWith(inFence)) inFence = null; continue; }
    const f = line.match(/^\s*(```+|~~~+)/);
    if (f) { flush(); inFence = f[1]; continue; }
    if (line.trim() === '') { flush(); continue; }
    block.push(line);
  }
  flush();
  return out;
}

function sentences(par) {
  return par.split('\n')
    .map((l) => l.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)]|#{1,6})?\s*/, ''))
    .flatMap((line) => line.split(/(?<=[.!?…"”)]|[.!?]\]\])\s+(?=[“"(\[*_\p{Lu}\d])/u))
    .filter((s) => s.trim());
}

const problems = [];
const stats = {};
for (const lang of LANGS) {
  for (const set of SETS) {
    const dir = join(here, lang, set);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
    const st = { files: [], paragraphs: 0, marked: 0, words: 0, clear: {}, debatable: {} };
    for (const fam of FAMILIES) { st.clear[fam] = 0; st.debatable[fam] = 0; }
    for (const file of files) {
      const where = `${lang}/${set}/${file}`;
      const text = readFileSync(join(dir, file), 'utf8');
      if (!/^<!-- source: .+; licence: .+; retrieved: \d{4}-\d{2}-\d{2}(?:; [^>]*)? -->/.test(text)) problems.push(`${where}: does not start with <!-- source: …; licence: …; retrieved: … -->`);
      const pars = paragraphs(text);
      const owner = ((text.match(/^<!-- source: https:\/\/github\.com\/([^/]+)\//) || [])[1] || file).toLowerCase();
      const row = { file, owner, paragraphs: pars.length, marked: 0, words: 0, marks: 0, debatable: 0 };
      for (const par of pars) {
        const plain = strip(par);
        row.words += words(plain);
        let n = 0;
        for (const m of par.matchAll(MARK)) {
          const [, fam, q, span] = m;
          n++;
          if (!FAMILIES.includes(fam)) { problems.push(`${where}: unknown family ${fam}`); continue; }
          if (fam === 'F11' && lang !== 'fr') problems.push(`${where}: F11 outside French: "${span}"`);
          if (span !== span.trim()) problems.push(`${where}: span has outer spaces: "${span}"`);
          if (q) { st.debatable[fam]++; row.debatable++; } else st.clear[fam]++;
          row.marks++;
        }
        if (n) row.marked++;
        if (/\[\[|\]\]/.test(plain)) problems.push(`${where}: malformed, nested or overlapping mark near "${plain.slice(Math.max(0, plain.search(/\[\[|\]\]/) - 30), plain.search(/\[\[|\]\]/) + 30)}"`);
        if (opts.has('--check')) {
          if ((par.match(/\[\[F5\|/g) || []).length === 1 && !/\[\[F5\?\|/.test(par)) problems.push(`${where}: lone clear F5 mark in a paragraph: "${plain.slice(0, 50)}…"`);
          for (const s of sentences(par)) {
            const wc = words(strip(s));
            if (wc > 40 && !/\[\[F7\??\|/.test(s)) problems.push(`${where}: unmarked sentence of ${wc} words: "${strip(s).slice(0, 70)}…"`);
          }
        }
      }
      // marks inside code fences are errors
      let fence = null;
      for (const line of text.split('\n')) {
        const f = line.match(/^\s*(```+|~~~+)/);
        if (fence) { if (line.trim().startsWith(fence)) fence = null; else if (/\[\[F\d/.test(line)) problems.push(`${where}: mark inside a code block`); continue; }
        if (f) fence = f[1];
      }
      st.files.push(row);
      st.paragraphs += row.paragraphs; st.marked += row.marked; st.words += row.words;
    }
    // one source (the owner of the repository the text comes from) should hold at most ~8% of a set;
    // 10% is the hard limit checked here
    const owners = {};
    for (const row of st.files) owners[row.owner] = (owners[row.owner] || 0) + row.paragraphs;
    st.owners = owners;
    for (const [o, n] of Object.entries(owners)) if (n / st.paragraphs > 0.1) problems.push(`${lang}/${set}: source ${o} holds ${n} of ${st.paragraphs} paragraphs (over 10%)`);
    stats[`${lang}/${set}`] = st;
  }
  // a source document is in one set only
  const seen = new Map();
  for (const set of SETS) {
    const dir = join(here, lang, set);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const src = (readFileSync(join(dir, file), 'utf8').match(/^<!-- source: (\S+)/) || [])[1];
      if (!src) continue;
      if (seen.has(src) && seen.get(src).set !== set) problems.push(`${lang}: ${src} is in both dev (${seen.get(src).file}) and test (${file})`);
      seen.set(src, { set, file });
    }
  }
}

const keys = Object.keys(stats);
const total = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log('Files, paragraphs and words (marks removed; code blocks not counted)\n');
console.log('| set | files | sources | paragraphs | paragraphs with a mark | words | largest source (share of paragraphs) |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const k of keys) {
  const st = stats[k];
  const [bo, bn] = Object.entries(st.owners).reduce((a, b) => (b[1] > a[1] ? b : a), ['—', 0]);
  console.log(`| ${k} | ${st.files.length} | ${Object.keys(st.owners).length} | ${st.paragraphs} | ${st.marked} (${Math.round((100 * st.marked) / st.paragraphs)}%) | ${st.words} | ${bo} (${(100 * bn / st.paragraphs).toFixed(1)}%) |`);
}
console.log('\nMarks per family (clear + debatable `F#?`)\n');
console.log(`| family | ${keys.join(' | ')} |`);
console.log(`|---|${keys.map(() => '---:').join('|')}|`);
for (const fam of FAMILIES) console.log(`| ${fam} | ${keys.map((k) => `${stats[k].clear[fam]} + ${stats[k].debatable[fam]}`).join(' | ')} |`);
console.log(`| total | ${keys.map((k) => `${total(stats[k].clear)} + ${total(stats[k].debatable)}`).join(' | ')} |`);
if (opts.has('--files')) {
  for (const k of keys) {
    console.log(`\n${k}: per file\n`);
    console.log('| file | paragraphs | with a mark | words | marks | of which debatable |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of stats[k].files) console.log(`| ${r.file} | ${r.paragraphs} | ${r.marked} | ${r.words} | ${r.marks} | ${r.debatable} |`);
  }
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error('  ' + p);
  process.exitCode = 1;
}
