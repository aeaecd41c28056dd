#!/usr/bin/env node
// Bundles the extension for VS Code: the thin extension layer, and the engine as a separate file
// it loads on first use (so activation parses nothing). `vscode` stays external.
import { build } from 'esbuild'
import { statSync } from 'node:fs'

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' }
await build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension/extension.cjs', external: ['vscode', './engine.cjs', './report.cjs'] })
// The Lefff data (LGPL-LR, LICENSE-LGPLLR) stays a separate file beside engine.cjs, not inlined:
// the engine imports it only in loadMorphology('fr'), so it is also read only when linting starts.
// words-fr (the French word list of the shouting rule) is Lefff data too.
const LEFFF = ['lefff-fr', 'lefff-fr-nouns', 'words-fr']
const lefffBesideMe = { name: 'lefff-beside-me', setup: (b) => b.onResolve({ filter: /\/generated\/(lefff-fr(-nouns)?|words-fr)\.js$/ }, (args) => ({ path: `./${args.path.split('/').pop().replace(/\.js$/, '.cjs')}`, external: true })) }
await build({ ...common, entryPoints: ['src/extension/engine-bundle.ts'], outfile: 'dist/extension/engine.cjs', plugins: [lefffBesideMe] })
for (const name of LEFFF) await build({ ...common, entryPoints: [`src/engine/generated/${name}.ts`], outfile: `dist/extension/${name}.cjs`, legalComments: 'inline' })
// The report renderer uses the engine's rule data and score: it gets them from engine.cjs, not a copy.
const engineBesideMe = { name: 'engine-beside-me', setup: (b) => b.onResolve({ filter: /\/engine\/index\.js$/ }, () => ({ path: './engine.cjs', external: true })) }
await build({ ...common, entryPoints: ['src/report/index.ts'], outfile: 'dist/extension/report.cjs', plugins: [engineBesideMe] })
await build({ ...common, entryPoints: ['src/extension/audit-worker.ts'], outfile: 'dist/extension/audit-worker.cjs', external: ['./engine.cjs', './report.cjs'] })
await build({ ...common, entryPoints: ['src/extension/live-worker.ts'], outfile: 'dist/extension/live-worker.cjs', external: ['./engine.cjs', './report.cjs'] })
for (const f of ['extension.cjs', 'engine.cjs', 'report.cjs', 'audit-worker.cjs', 'live-worker.cjs', ...LEFFF.map((name) => `${name}.cjs`)]) console.log(`dist/extension/${f}: ${(statSync(`dist/extension/${f}`).size / 1024).toFixed(0)} KB`)
