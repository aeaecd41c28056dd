// The corpora of test/corpus/ as the tests read them: every Markdown file of a folder, sorted, with
// its marks read (scripts/eval/marks.mjs) and removed. A folder that is missing or empty is an
// error, never a test skipped: the corpora are part of the repository.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
// @ts-expect-error: a plain ESM script without types
import { readMarks } from '../scripts/eval/marks.mjs'

export interface Mark {
  start: number
  end: number
  text: string
  family?: string
  rule?: string
  debatable?: boolean
}
export interface CorpusFile {
  /** The file's path under test/corpus/. */
  name: string
  /** The text without its marks. */
  text: string
  marks: Mark[]
}

export const readMarked = readMarks as (marked: string) => { text: string; marks: Mark[] }

/** Every `.md` file of test/corpus/<folder>, e.g. `labelled/fr` or `real/en/dev`. */
export function corpusFiles(folder: string): CorpusFile[] {
  const dir = new URL(`corpus/${folder}/`, import.meta.url)
  const names = readdirSync(dir).filter((name) => name.endsWith('.md')).sort()
  if (!names.length) throw new Error(`test/corpus/${folder} has no Markdown file`)
  return names.map((name) => ({ name: `${folder}/${name}`, ...readMarked(readFileSync(new URL(name, dir), 'utf8')) }))
}

/** The path of every `.md` file under test/corpus/, at any depth, as written (marks and all). */
export function everyCorpusMarkdownPath(): string[] {
  const root = fileURLToPath(new URL('corpus/', import.meta.url))
  const paths = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.md')).sort()
  if (!paths.length) throw new Error('test/corpus has no Markdown file')
  return paths.map((path) => root + path)
}
