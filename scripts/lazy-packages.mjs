// Packages the command line's bundle (scripts/bundle.mjs) loads on first use instead of at
// startup: `yaml` (configs, front matter, the accept edit). A lint of a file with no config and no
// front matter does not call it. (Ajv was the second one; the config's validator is now compiled at
// build time, scripts/build-config-validator.mjs, and no Ajv is bundled.) Parsing and running both was
// about 200 KB of the bundle's 1 MB and 50–60 ms of CPU of a one-line lint on the loaded 2-core
// machine (docs/performance.md, "Startup, third pass"). The engine imports them statically and
// calls them synchronously, so an import() cannot defer them: each is bundled apart as CommonJS
// (dist/cli-bundle/lazy/NAME.cjs), and our modules import, in its place, a module whose exports
// stand for the package's and `require` it the first time one is called, constructed or read.
// test/cli/lazy-packages.test.ts counts what a one-line lint loads.
import { build } from 'esbuild'
import { createRequire } from 'node:module'
import { join } from 'node:path'

export const LAZY_PACKAGES = ['yaml']
export const LAZY_FOLDER = 'lazy'

const require = createRequire(import.meta.url)

/**
 * An export that stands for `name` of the package loaded by `load`: a call, `new`, a property
 * (Scalar.QUOTE_DOUBLE, visit.BREAK, `.default`) or `instanceof` reaches the package's own.
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

/** The module our code imports in place of `name`: every export of the package, loaded on first use. */
export function standInSource(name) {
  const exports = Object.keys(require(name)).filter((key) => key !== 'default' && key !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(key))
  const lines = [STAND_IN, `let loaded\nconst load = () => (loaded ??= require('./${LAZY_FOLDER}/${name}.cjs'))`]
  for (const key of exports) lines.push(`export const ${key} = standIn(load, ${JSON.stringify(key)})`)
  // The default import is the package's module.exports, as Node gives it to an ESM import of CommonJS.
  lines.push(`export default standIn(() => ({ module: load() }), 'module')`)
  return lines.join('\n')
}

/** Our modules (src/) import the stand-in; the packages' own imports of each other are left alone. */
export const lazyPackagesPlugin = (names = LAZY_PACKAGES) => ({
  name: 'lazy-packages',
  setup: (b) => {
    const filter = new RegExp(`^(${names.join('|')})$`)
    b.onResolve({ filter }, (args) => (/[\\/]src[\\/]/.test(args.importer) ? { path: args.path, namespace: 'lazy-package' } : undefined))
    b.onResolve({ filter: new RegExp(`^\\./${LAZY_FOLDER}/`) }, (args) => ({ path: args.path, external: true }))
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({ contents: standInSource(args.path), loader: 'js', resolveDir: process.cwd() }))
  },
})

/** Each package as one CommonJS file in `outdir`/lazy/, the file its stand-in requires. */
export async function buildLazyPackages(outdir, names = LAZY_PACKAGES) {
  for (const name of names) {
    await build({ stdin: { contents: `module.exports = require(${JSON.stringify(name)})`, resolveDir: process.cwd(), loader: 'js' }, outfile: join(outdir, LAZY_FOLDER, `${name}.cjs`), bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' })
  }
}
