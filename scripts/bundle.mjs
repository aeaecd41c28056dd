#!/usr/bin/env node
// Bundles the command line (`--cli`: only that; `npm run build` does it) and the extension for
// VS Code: the thin extension layer, and the engine as a separate file it loads on first use (so
// activation parses nothing). `vscode` stays external.
import { build } from 'esbuild'
import { buildCliScript, writeCodeCache } from './cli-code-cache.mjs'
import { copyFileSync, readFileSync, rmSync, statSync } from 'node:fs'
import { builtinsRequiredPlugin } from './builtins-required.mjs'
import { francDataPlugin } from './franc-data.mjs'
import { buildLazyPackages, lazyPackagesPlugin } from './lazy-packages.mjs'
import { morphologyTextPlugin, writeMorphologyText } from './morphology-text.mjs'
import { ruleDataTextPlugin, writeRuleDataText } from './rule-data-text.mjs'

// `cluetrain` as two files, the command and its worker thread, with what they share in chunks:
// Node then reads and resolves a handful of files instead of about 500 (dist/ and node_modules),
// and parses less source (minified). Importing it took 280–475 ms against 660–920 ms for
// dist/cli/main.js, alternated on the loaded 2-core machine (docs/performance.md, "Startup").
// The morphology data and word lists are not bundled: loadMorphology() reads them on need as text
// files (scripts/morphology-text.mjs); nor is the rule data, read from JSON files, each language's
// rules when first read (scripts/rule-data-text.mjs). bin/cluetrain.js runs dist/cli/ where the bundle is missing
// or older than it. ESM: CommonJS dependencies get a `require` for Node's own modules.

// fdir (under tinyglobby) `require`s picomatch from node_modules when it is loaded, for a glob()
// tinyglobby never calls: six files resolved, read and compiled (about 10 ms of CPU) at every
// start. It gets the copy the bundle already holds for the engine's configs.
const fdirPicomatchBundled = {
  name: 'fdir-picomatch-bundled',
  setup: (b) =>
    b.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      const optional = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/
      if (!optional.test(source)) throw new Error(`fdir no longer loads picomatch as scripts/bundle.mjs expects: ${args.path}`)
      return { contents: `import __bundledPicomatch from 'picomatch';\n${source.replace(optional, 'pm = __bundledPicomatch;')}`, loader: 'js' }
    }),
}
rmSync('dist/cli-bundle', { recursive: true, force: true })
const cliPlugins = () => [morphologyTextPlugin(), ruleDataTextPlugin(), francDataPlugin(), lazyPackagesPlugin(), fdirPicomatchBundled, builtinsRequiredPlugin()]
await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: 'dist/cli-bundle',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: cliPlugins(),
  banner: { js: "import { createRequire as __cluetrainRequire } from 'node:module'; const require = __cluetrainRequire(import.meta.url);" },
})
await buildLazyPackages('dist/cli-bundle')
await writeMorphologyText('dist/cli-bundle')
await writeRuleDataText('dist/cli-bundle')
// The same command as one script, with V8's code cache made by a lint (bin/code-cache.js runs it).
await buildCliScript('dist/cli-bundle', cliPlugins())
writeCodeCache('dist/cli-bundle')
if (process.argv.includes('--cli')) process.exit(0)

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' }
await build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension/extension.cjs', external: ['vscode', './engine.cjs', './report.cjs'] })
// The Lefff data (LGPL-LR, LICENSE-LGPLLR) stays a separate file beside engine.cjs, not inlined:
// the engine imports it only in loadMorphology('fr'), so it is also read only when linting starts.
// words-fr (the French word list of the shouting rule) is Lefff data too.
const LEFFF = ['lefff-fr', 'lefff-fr-nouns', 'words-fr']
const lefffBesideMe = { name: 'lefff-beside-me', setup: (b) => b.onResolve({ filter: /\/generated\/(lefff-fr(-nouns)?|words-fr)\.js$/ }, (args) => ({ path: `./${args.path.split('/').pop().replace(/\.js$/, '.cjs')}`, external: true })) }
await build({ ...common, entryPoints: ['src/extension/engine-bundle.ts'], outfile: 'dist/extension/engine.cjs', plugins: [lefffBesideMe] })
// The rules' matchers and field words' forms, precompiled by scripts/build-matchers.mjs (`npm run
// build`, which vscode:prepublish runs first): loadEngine() reads them from here.
for (const language of ['en', 'fr']) for (const name of [`matcher-${language}.txt`, `domains-${language}.txt`]) copyFileSync(`src/engine/generated/${name}`, `dist/extension/${name}`)
for (const name of LEFFF) await build({ ...common, entryPoints: [`src/engine/generated/${name}.ts`], outfile: `dist/extension/${name}.cjs`, legalComments: 'inline' })
// The report renderer uses the engine's rule data and score: it gets them from engine.cjs, not a copy.
const engineBesideMe = { name: 'engine-beside-me', setup: (b) => b.onResolve({ filter: /\/engine\/index\.js$/ }, () => ({ path: './engine.cjs', external: true })) }
await build({ ...common, entryPoints: ['src/report/index.ts'], outfile: 'dist/extension/report.cjs', plugins: [engineBesideMe] })
await build({ ...common, entryPoints: ['src/extension/audit-worker.ts'], outfile: 'dist/extension/audit-worker.cjs', external: ['./engine.cjs', './report.cjs'] })
await build({ ...common, entryPoints: ['src/extension/live-worker.ts'], outfile: 'dist/extension/live-worker.cjs', external: ['./engine.cjs', './report.cjs'] })
for (const f of ['extension.cjs', 'engine.cjs', 'report.cjs', 'audit-worker.cjs', 'live-worker.cjs', ...LEFFF.map((name) => `${name}.cjs`)]) console.log(`dist/extension/${f}: ${(statSync(`dist/extension/${f}`).size / 1024).toFixed(0)} KB`)
