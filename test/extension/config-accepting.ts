// What accept.ts does with a local file, for the tests of config-write.ts and late-writes.ts.
import { readFileSync } from 'node:fs'
import { acceptWordEdit, applyEdit } from '../../src/front-end-helpers/config-edit.js'
import { inConfigQueue } from '../../src/extension/config-queue.js'
import { replaceIfUnchanged, untilUnchanged, writeEdited } from '../../src/extension/config-write.js'

/** The edit accept.ts makes: the engine's verified edit, or its verdict. */
export const accepting = (word: string) => (text: string) => {
  const result = acceptWordEdit(text, word)
  return 'edit' in result ? applyEdit(text, result.edit) : 'present' in result
}

/** Read, edit, write if unchanged, else read again; in the file's queue, as accept.ts does. */
export async function accept(path: string, word: string, replace = replaceIfUnchanged): Promise<boolean> {
  const outcome = await inConfigQueue(path, () =>
    untilUnchanged(Infinity, () => {
      let disk: string | undefined
      try {
        disk = readFileSync(path, 'utf8')
      } catch {}
      return writeEdited(path, disk, accepting(word), replace)
    }),
  )
  return outcome === true
}
