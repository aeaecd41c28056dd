// An esbuild plugin for the command line's bundle (scripts/bundle.mjs): franc-min's trigram data
// cut to the languages the engine asks franc about. src/engine/text/language.ts calls
// `franc(text, { only: ['eng', 'fra'] })`; franc-min builds a table of 300 trigrams for each of 66 languages
// when it is imported (about 20,000 properties), which was 40% of the bundle's top-level code on a one-line
// lint (about 35 ms of CPU on the loaded 2-core machine). With `only`, franc compares the text with
// those languages alone, and a text in another script is "und" either way (its script has no
// table left, or a table of languages `only` removes): the answers are the same,
// test/cli/franc-data.test.ts holds them to the full data's.
import { pathToFileURL } from 'node:url'
export const FRANC_LANGUAGES = { Latin: ['eng', 'fra'] }

/** The source of franc-min's data.js with only `languages` (by script) kept. */
export async function francDataSource(dataPath, languages = FRANC_LANGUAGES) {
  const { data } = await import(pathToFileURL(dataPath).href)
  const kept = {}
  for (const [script, names] of Object.entries(languages)) {
    kept[script] = {}
    for (const name of names) {
      if (typeof data[script]?.[name] !== 'string') throw new Error(`franc-min has no ${script} data for ${name}`)
      kept[script][name] = data[script][name]
    }
  }
  return `export const data = ${JSON.stringify(kept)}\n`
}

export const francDataPlugin = (languages = FRANC_LANGUAGES) => ({
  name: 'franc-data',
  setup: (b) => b.onLoad({ filter: /[\\/]franc-min[\\/]data\.js$/ }, async (args) => ({ contents: await francDataSource(args.path, languages), loader: 'js' })),
})
