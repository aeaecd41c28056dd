// Node's own modules, `require`d by the command line's bundle (scripts/bundle.mjs) instead of
// imported. An ES import of a built-in module makes Node build its ES facade, which reads every
// export: for node:fs that loads the streams (fs.ReadStream's getter) and fs/promises, for
// node:process the diagnostic report (process.report's getter), none of which a lint uses. The
// bundle's banner defines `require` (createRequire); each import of a built-in module becomes a
// small CommonJS module returning require('node:NAME'), whose exports esbuild reads by name.
import { isBuiltin } from 'node:module'

export const builtinsRequiredPlugin = () => ({
  name: 'builtins-required',
  setup: (b) => {
    b.onResolve({ filter: /^[a-z_/:]+$/ }, (args) => (isBuiltin(args.path) && args.kind === 'import-statement' ? { path: args.path.replace(/^node:/, ''), namespace: 'builtin-required' } : undefined))
    b.onLoad({ filter: /.*/, namespace: 'builtin-required' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`node:${args.path}`)})`, loader: 'js' }))
  },
})
