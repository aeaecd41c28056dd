// Modules the command line's bundle (scripts/bundle.mjs) loads on first use instead of at startup.
// A lint of a one-line file with no config and no front matter calls none of them:
// - `yaml` (configs, front matter, the accept edit);
// - the config's validator (src/engine/generated/config-validator.ts, compiled by Ajv at build
//   time: scripts/build-config-validator.mjs), with the Ajv runtime function it imports: only a
//   .cluetrain.yaml is validated;
// - `decode-named-character-reference`, with character-entities' table of 2,125 names (36 KB of
//   the startup chunk, an object literal built at startup: about 1.4 ms of CPU), only for a
//   character reference such as `&eacute;` (micromark's packages import it too);
// - `syllable` (the readability rules, on texts long enough to score; its tables took about 1 ms).
// Parsing and running yaml and Ajv was about 200 KB of the bundle's 1 MB and 50–60 ms of CPU of a
// one-line lint on the loaded 2-core machine (docs/performance.md, "Startup, third pass"); Ajv's
// compiler is gone since (the validator is compiled at build time). The engine imports these
// statically and calls them synchronously, so an import() cannot defer them: each is bundled apart
// as CommonJS (dist/cli-bundle/lazy/NAME.cjs), and the modules that import it get, in its place, a
// module whose exports stand for its own and `require` it the first time one is called,
// constructed or read. test/cli/lazy-packages.test.ts counts what a lint loads.
import { build } from 'esbuild'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * `name`: the lazy file's name; `specifier`: the import it stands for (a package, or a RegExp of
 * our module's path); `entry`: what is bundled (default: the package); `exportsFrom`: the module
 * whose exports it has; `importers`: 'src' (our modules only; packages importing it get the real
 * one) or 'all'.
 */
export const LAZY_MODULES = [
  { name: 'yaml', specifier: 'yaml', importers: 'src' },
  { name: 'config-validator', specifier: /[\\/]generated[\\/]config-validator\.js$/, entry: './src/engine/generated/config-validator.ts', exportsFrom: './dist/engine/generated/config-validator.js', importers: 'src' },
  { name: 'decode-named-character-reference', specifier: 'decode-named-character-reference', importers: 'all' },
  { name: 'syllable', specifier: 'syllable', importers: 'src' },
]
export const LAZY_FOLDER = 'lazy'

/**
 * An export that stands for `name` of the module loaded by `load`: a call, `new`, a property
 * (Scalar.QUOTE_DOUBLE, visit.BREAK, validate.errors, `.default`) or `instanceof` reaches the
 * module's own.
 */
const STAND_IN = `
const standIn = (load, name) => {
  const real = () => load()[name]
  return new Proxy(function () {}, {
    get: (_, key) => real()[key],
    has: (_, key) => key in real(),
    apply: (_, self, args) => Reflect.apply(real(), self, args),
    construct: (_, args) => Reflect.construct(real(), args),
    getPrototypeOf: () => Object.getPrototypeOf(real()),
  })
}`

const exportsOf = async (module) => {
  const specifier = module.exportsFrom ? pathToFileURL(join(process.cwd(), module.exportsFrom)).href : module.specifier
  return Object.keys(await import(specifier))
}

/** The module imported in place of `module`: every export of it, loaded on first use. */
export async function standInSource(module) {
  const exports = (await exportsOf(module)).filter((key) => key !== 'default' && key !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(key))
  const lines = [STAND_IN, `let loaded\nconst load = () => (loaded ??= require('./${LAZY_FOLDER}/${module.name}.cjs'))`]
  for (const key of exports) lines.push(`export const ${key} = standIn(load, ${JSON.stringify(key)})`)
  // The default import is the package's module.exports, as Node gives it to an ESM import of CommonJS.
  lines.push(`export default standIn(() => ({ module: load() }), 'module')`)
  return lines.join('\n')
}

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const filterOf = (module) => (typeof module.specifier === 'string' ? new RegExp(`^${escaped(module.specifier)}$`) : module.specifier)

/** The importers `module.importers` names get the stand-in; the lazy files stay outside the bundle. */
export const lazyPackagesPlugin = (modules = LAZY_MODULES) => ({
  name: 'lazy-packages',
  setup: (b) => {
    for (const module of modules) {
      b.onResolve({ filter: filterOf(module) }, (args) => (args.namespace === 'file' && (module.importers === 'all' || /[\\/]src[\\/]/.test(args.importer)) ? { path: module.name, namespace: 'lazy-package' } : undefined))
    }
    b.onResolve({ filter: new RegExp(`^\\./${LAZY_FOLDER}/`) }, (args) => ({ path: args.path, external: true }))
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, async (args) => ({ contents: await standInSource(modules.find((m) => m.name === args.path)), loader: 'js', resolveDir: process.cwd() }))
  },
})

/** Each module as one CommonJS file in `outdir`/lazy/, the file its stand-in requires. */
export async function buildLazyPackages(outdir, modules = LAZY_MODULES) {
  for (const module of modules) {
    const entry = module.entry ?? module.specifier
    await build({ stdin: { contents: `module.exports = require(${JSON.stringify(entry)})`, resolveDir: process.cwd(), loader: 'js' }, outfile: join(outdir, LAZY_FOLDER, `${module.name}.cjs`), bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' })
  }
}
