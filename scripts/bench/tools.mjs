// The linters compared, each as text → number of findings, built once per process (what a user
// of each would do for repeated calls). Cluetrain's loads its morphology data first, as every
// front end does (without it there are no fixes and no part-of-speech gates): the load is not
// part of a lint, so it is timed apart (`loadMs` on the function).
import { ParseEnglish } from 'parse-english'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextIntensify from 'retext-intensify'
import retextPassive from 'retext-passive'
import retextSimplify from 'retext-simplify'
import { unified } from 'unified'
import { VFile } from 'vfile'

export async function loadTool(name) {
  switch (name) {
    case 'cluetrain': {
      const { lint, loadAllMorphology } = await import('../../dist/engine/index.js')
      const loadMs = await timedMorphologyLoad(loadAllMorphology)
      return Object.assign((text) => lint(text, { format: 'markdown' }).findings.length, { loadMs })
    }
    case 'alex': {
      const { markdown } = await import('alex')
      return (text) => markdown(text).messages.length
    }
    case 'write-good': {
      const { default: writeGood } = await import('write-good')
      return (text) => writeGood(text).length
    }
    case 'unified': {
      // The reference pipeline a user would assemble: remark-parse → retext-english →
      // simplify + intensify + passive.
      const processor = unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(retextSimplify).use(retextIntensify).use(retextPassive).freeze()
      return (text) => {
        const file = new VFile(text)
        processor.runSync(processor.parse(file), file)
        return file.messages.length
      }
    }
    case 'remark': {
      // The parser alone (remark-parse + remark-gfm, as the engine uses it): the floor under any
      // linter built on it. Counts top-level blocks, so the parse cannot be optimised away.
      const processor = unified().use(remarkParse).use(remarkGfm).freeze()
      return (text) => processor.parse(text).children.length
    }
    default:
      throw new Error(`unknown tool ${name}`)
  }
}

export const TOOLS = ['cluetrain', 'alex', 'write-good', 'unified']

/** Milliseconds `loadAllMorphology` (the engine's) took: the import of both languages' data. */
export async function timedMorphologyLoad(loadAllMorphology) {
  const start = performance.now()
  await loadAllMorphology()
  return performance.now() - start
}
