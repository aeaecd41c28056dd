// The command line's bundle keeps franc-min's trigram tables for English and French only
// (scripts/franc-data.mjs): building the other 64 languages' tables was 40% of the bundle's
// top-level code on a one-line lint. Counted, not timed; and the language of every block must
// stay what franc with all its data says.
import { build } from 'esbuild'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { data } from 'franc-min/data.js'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/engine/text/language.js'
import { francDataPlugin } from '../../scripts/franc-data.mjs'
import { freshFolder } from './harness.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const francData = data as Record<string, Record<string, string>>

/** Blocks of the test corpora, and paragraphs in other languages and scripts. */
function samples(): string[] {
  const blocks: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name))
      else if (/\.(md|txt)$/.test(entry.name)) blocks.push(...readFileSync(join(dir, entry.name), 'utf8').split(/\n\s*\n/))
    }
  }
  walk(join(ROOT, 'test/corpus'))
  return [
    ...blocks,
    'Wir nutzen Synergien, um unsere Kunden zu stärken, und liefern erstklassige Lösungen für jede Branche und jeden Markt der Welt.',
    'Aprovechamos las sinergias para potenciar a nuestros clientes y ofrecer soluciones de primera clase en todos los mercados del mundo.',
    'Sfruttiamo le sinergie per potenziare i nostri clienti e offrire soluzioni di prima classe in tutti i mercati del mondo intero.',
    'Мы используем синергию, чтобы расширить возможности наших клиентов и предложить лучшие решения на всех рынках мира сегодня.',
    'نحن نستفيد من أوجه التآزر لتمكين عملائنا وتقديم حلول من الدرجة الأولى في جميع أسواق العالم اليوم وغدا وبعد غد دائما.',
    'हम अपने ग्राहकों को सशक्त बनाने के लिए तालमेल का लाभ उठाते हैं और दुनिया के सभी बाजारों में विश्व स्तरीय समाधान देते हैं।',
    '我们利用协同效应来增强客户的能力，并在世界各地的所有市场上提供一流的解决方案，这是我们的承诺和我们的使命和愿景。',
    '12 34 56 78 90 12 34 56 78 90 12 34 56 78 90 12 34 56 78 90 12 34 56 78 90',
  ]
}

/** A string's contents as esbuild writes them in a bundle: ASCII, with \\xHH and \\uHHHH escapes. */
const asEsbuildWritesIt = (text: string) =>
  JSON.stringify(text)
    .slice(1, -1)
    .replace(/[^\x00-\x7e]/g, (c) => (c.charCodeAt(0) <= 0xff ? `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`))

describe("franc's data in the command line's bundle", () => {
  it('holds the English and French tables and no other', () => {
    const bundle = readdirSync(join(ROOT, 'dist/cli-bundle')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(ROOT, 'dist/cli-bundle', f), 'utf8')).join('\n')
    const tables = Object.entries(francData).flatMap(([script, languages]) => Object.entries(languages).map(([name, table]) => ({ script, name, table })))
    expect(tables.length).toBe(66)
    const kept = tables.filter(({ table }) => bundle.includes(asEsbuildWritesIt(table.slice(0, 80))))
    expect(kept.map(({ script, name }) => `${script} ${name}`)).toEqual(['Latin eng', 'Latin fra'])
  })

  const folder = freshFolder('franc-data')

  it('gives every block the language franc with all its data gives', async () => {
    // The engine's language detection bundled as the CLI's is, beside it as the tests run it (all data).
    const out = join(folder.path, 'language.mjs')
    await build({ entryPoints: [join(ROOT, 'src/engine/text/language.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'error', plugins: [francDataPlugin()] })
    writeFileSync(join(folder.path, 'package.json'), '{"type":"module"}')
    const bundled = (await import(pathToFileURL(out).href)) as { detectLanguage: typeof detectLanguage }
    const texts = samples()
    expect(texts.length).toBeGreaterThan(500)
    const detected = texts.map(detectLanguage)
    expect(detected.filter((l) => l === 'en').length).toBeGreaterThan(50)
    expect(detected.filter((l) => l === 'fr').length).toBeGreaterThan(50)
    expect(texts.map(bundled.detectLanguage)).toEqual(detected)
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 40, maxLength: 300 }), (text) => bundled.detectLanguage(text) === detectLanguage(text)), { numRuns: 300 })
  })
})
