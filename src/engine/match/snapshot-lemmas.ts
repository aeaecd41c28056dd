// A matcher snapshot's lemma table (matcher-snapshot.ts: each inflected form → the lemmas it
// inflects), read a chunk at a time. The table was one array in the snapshot's header, parsed and
// put in a Map at startup: French's 14,612 forms (346 KB of JSON) cost 3.4–4.3 ms to parse and
// 6.0–7.0 ms to put in the Map, English's 6,520 forms 1.7–2.2 and 2.3–2.7 ms (cold process, 3 each),
// though a one-line lint looks up a few dozen words, and readme-1m's three French blocks (the
// session's process) about ten. Now the forms are sorted and written in the body in chunks of
// LEMMA_CHUNK; the header holds each chunk's first form and place, and a lookup reads the chunk
// its form falls in, once. A lint that asks every form (the phrase matcher's key filter, after
// 20,000 lookups) reads them all, as before.
import type { SnapshotText } from './matcher-snapshot.js'
import { lastAtOrBefore } from '../util/last-at-or-before.js'

/** Forms per chunk: about 2.6 KB of JSON for English, 3 KB for French. */
export const LEMMA_CHUNK = 128

/** The snapshot's lemma table: the body's chunks and their index, [first form, start, end, ...]. */
export function lemmaChunks(lemmasOf: ReadonlyMap<string, readonly string[]>, at: number): { chunks: string; index: Array<string | number> } {
  const forms = [...lemmasOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  let chunks = ''
  const index: Array<string | number> = []
  for (let first = 0; first < forms.length; first += LEMMA_CHUNK) {
    const chunk = forms.slice(first, first + LEMMA_CHUNK).flatMap((form) => {
      const lemmas = lemmasOf.get(form)!
      return [form, lemmas.length === 1 ? lemmas[0] : [...lemmas]]
    })
    const json = JSON.stringify(chunk)
    index.push(forms[first], at + chunks.length, at + chunks.length + json.length)
    chunks += json
  }
  return { chunks, index }
}

/**
 * The lemma table of a snapshot, each chunk put in the Map the first time a form in its range is
 * looked up or set (an accepted phrase's forms are added at run time). Iterating reads them all.
 */
export class SnapshotLemmas extends Map<string, string[]> {
  private readonly firsts: string[] = []
  private readonly places: number[] = []
  private unread: number

  constructor(
    index: ReadonlyArray<string | number>,
    private readonly text: SnapshotText,
    private readonly bodyStart: number,
    private readonly onRead: (characters: number) => void,
  ) {
    super()
    for (let i = 0; i < index.length; i += 3) {
      this.firsts.push(index[i] as string)
      this.places.push(index[i + 1] as number, index[i + 2] as number)
    }
    this.unread = this.firsts.length
  }

  override get(form: string): string[] | undefined {
    if (this.unread) this.readChunkOf(form)
    return super.get(form)
  }
  override has(form: string): boolean {
    if (this.unread) this.readChunkOf(form)
    return super.has(form)
  }
  override set(form: string, lemmas: string[]): this {
    // The Map's constructor calls nothing here (no entries given); a set before the chunk is read would be overwritten by it.
    if (this.unread) this.readChunkOf(form)
    return super.set(form, lemmas)
  }
  override delete(form: string): boolean {
    if (this.unread) this.readChunkOf(form)
    return super.delete(form)
  }
  override get size(): number {
    this.readAll()
    return super.size
  }
  override entries(): MapIterator<[string, string[]]> {
    this.readAll()
    return super.entries()
  }
  override keys(): MapIterator<string> {
    this.readAll()
    return super.keys()
  }
  override values(): MapIterator<string[]> {
    this.readAll()
    return super.values()
  }
  override forEach(callback: (value: string[], key: string, map: Map<string, string[]>) => void, thisArg?: unknown): void {
    this.readAll()
    super.forEach(callback, thisArg)
  }
  override [Symbol.iterator](): MapIterator<[string, string[]]> {
    return this.entries()
  }

  private readAll(): void {
    for (let chunk = 0; this.unread && chunk < this.firsts.length; chunk++) this.read(chunk)
  }

  /** Reads the chunk whose range holds `form`: the last whose first form is not after it. */
  private readChunkOf(form: string): void {
    if (this.firsts.length === 0 || form < this.firsts[0]) return
    this.read(lastAtOrBefore(this.firsts, form))
  }

  private read(chunk: number): void {
    const start = this.places[2 * chunk]
    if (start < 0) return
    const end = this.places[2 * chunk + 1]
    this.places[2 * chunk] = -1
    this.unread--
    this.onRead(end - start)
    const entries = JSON.parse(this.text.slice(this.bodyStart + start, this.bodyStart + end)) as Array<string | string[]>
    for (let i = 0; i < entries.length; i += 2) {
      const lemmas = entries[i + 1]
      super.set(entries[i] as string, typeof lemmas === 'string' ? [lemmas] : lemmas)
    }
  }
}
