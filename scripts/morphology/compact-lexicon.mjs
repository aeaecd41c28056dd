// The compact lexicon format (read by src/engine/morphology/lexicon.ts): two sorted texts, one keyed
// by form (analysis), one by lemma (generation). First line: JSON {"tags": [reading keys]}; then one
// line per key, `key<TAB>reading reading…`, each reading `<relative>.<tag id in base 36>`, where
// <relative> rewrites the key into the other side: one base-36 digit (or `~` + a char for 36 and
// more) saying how many characters to cut from the end, then the characters to add
// ("impactées" → lemma "impacter" is `3er`). Read by binary search over the text: loading is one
// string, not a Map of 10,000 entries.

const FEATURES = ['pos', 'mood', 'tense', 'person', 'number', 'gender']
/** "verb|ppast|||pl|f": the part of speech and features of one reading, in a fixed order. */
export const readingKey = (r) => FEATURES.map((k) => r[k] ?? '').join('|')

export function relative(from, to) {
  let k = 0
  while (k < from.length && k < to.length && from[k] === to[k]) k++
  const cut = from.length - k
  return (cut < 36 ? cut.toString(36) : '~' + String.fromCharCode(cut + 48)) + to.slice(k)
}

const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/** Both texts from entries {form, lemma, pos, mood?, tense?, person?, number?, gender?}. */
export function compileLexicon(entries) {
  const tags = new Map()
  const byForm = new Map()
  const byLemma = new Map()
  const tagId = (k) => {
    if (!tags.has(k)) tags.set(k, tags.size)
    return tags.get(k).toString(36)
  }
  const add = (map, key, value) => {
    if (!map.has(key)) map.set(key, new Set())
    map.get(key).add(value)
  }
  for (const e of entries) {
    const id = tagId(readingKey(e))
    add(byForm, e.form, `${relative(e.form, e.lemma)}.${id}`)
    add(byLemma, e.lemma, `${relative(e.lemma, e.form)}.${id}`)
  }
  const header = JSON.stringify({ tags: [...tags.keys()] })
  const write = (map) => header + '\n' + [...map.keys()].sort(compare).map((k) => `${k}\t${[...map.get(k)].join(' ')}`).join('\n') + '\n'
  return { byForm: write(byForm), byLemma: write(byLemma), forms: byForm.size, lemmas: byLemma.size, tags: tags.size }
}

/**
 * A string literal for generated source, with every character above U+00FF escaped: V8 keeps a
 * script's source one byte per character only while all of it is Latin-1, and one "œ" would
 * double the memory of the whole lexicon.
 */
export function encodeSource(text) {
  return JSON.stringify(text).replace(/[^\x00-\xff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
