// The morphology data and word lists of the command line's bundle (scripts/bundle.mjs) as text
// files read on need, not JavaScript modules. Each generated module (src/engine/generated/, built
// by scripts/build-morphology.mjs and build-word-lists.mjs) is a function returning one long string:
// importing it decodes and parses the source, and V8 scans the string twice (when compiling the
// module, and the function when it is called). Reading the same text from a file took about half
// the CPU for English (22 against 50 ms on the loaded 2-core machine) and 64 against 170 ms for
// French. loadMorphology() still imports the modules on need; in the bundle each import is a small
// chunk whose functions read dist/cli-bundle/data/MODULE-FUNCTION.txt (once per process). The
// Lefff's licence notice goes beside the text, in data/NOTICE.txt. test/cli/morphology-text.test.ts
// holds each file to what its module returns.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const DATA_MODULES = ['english', 'words-en', 'lefff-fr', 'lefff-fr-nouns', 'words-fr']
export const DATA_FOLDER = 'data'
const GENERATED = 'dist/engine/generated'

const textFile = (module, name) => `${module}-${name}.txt`
const exportsOf = async (module) => import(pathToFileURL(join(process.cwd(), GENERATED, `${module}.js`)).href)

/** The engine's imports of the data modules read the text files instead. */
export const morphologyTextPlugin = () => ({
  name: 'morphology-text',
  setup: (b) => {
    b.onResolve({ filter: new RegExp(`/generated/(${DATA_MODULES.join('|')})\\.js$`) }, (args) => ({ path: args.path.split('/').pop().replace(/\.js$/, ''), namespace: 'morphology-text' }))
    b.onLoad({ filter: /.*/, namespace: 'morphology-text' }, async (args) => {
      const lines = [`import { readFileSync } from 'node:fs'`, `const read = (file) => readFileSync(new URL('./${DATA_FOLDER}/' + file, import.meta.url), 'utf8')`]
      for (const name of Object.keys(await exportsOf(args.path))) lines.push(`let ${name}Text\nexport const ${name} = () => (${name}Text ??= read(${JSON.stringify(textFile(args.path, name))}))`)
      return { contents: lines.join('\n'), loader: 'js' }
    })
    // loadMorphology() (src/engine/morphology/data.ts) imports the modules with import(): in the
    // bundle each was a chunk of its own, a file Node opened, stat'ed, read and closed on libuv's
    // pool and linked as a module (two for English, three more for French) for 300 bytes of code.
    // The bundle imports them statically there instead, into the chunk that uses them: importing
    // still reads no data (the functions read their text when first called).
    b.onLoad({ filter: /[\\/]src[\\/]engine[\\/]morphology[\\/]data\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      const dynamic = new RegExp(`import\\('\\.\\./generated/(${DATA_MODULES.join('|')})\\.js'\\)`, 'g')
      const found = [...source.matchAll(dynamic)].map((m) => m[1])
      if (found.sort().join() !== [...DATA_MODULES].sort().join()) throw new Error(`${args.path} no longer imports the data modules as scripts/morphology-text.mjs expects (found: ${found.join(', ')})`)
      const name = (module) => `__data_${module.replace(/-/g, '_')}`
      const imports = DATA_MODULES.map((module) => `import * as ${name(module)} from '../generated/${module}.js'`).join('\n')
      return { contents: `${imports}\n${source.replace(dynamic, (_, module) => `Promise.resolve(${name(module)})`)}`, loader: 'ts' }
    })
    // And the command line knows that importing the data reads none of it (src/cli/parallel.ts).
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]data-import-cost\.ts$/ }, () => ({ contents: 'export const DATA_IMPORT_IS_FREE = true', loader: 'js' }))
  },
})

/** Writes each module's text, and the notices of the modules' first lines, to `outdir`/data/. */
export async function writeMorphologyText(outdir) {
  const folder = join(outdir, DATA_FOLDER)
  mkdirSync(folder, { recursive: true })
  const notices = []
  for (const module of DATA_MODULES) {
    for (const [name, text] of Object.entries(await exportsOf(module))) writeFileSync(join(folder, textFile(module, name)), text())
    const header = readFileSync(join(GENERATED, `${module}.js`), 'utf8').match(/^(?:\/\/.*\n)+/)?.[0] ?? ''
    notices.push(`${module}-*.txt:\n${header}`)
  }
  writeFileSync(join(folder, 'NOTICE.txt'), notices.join('\n'))
}
