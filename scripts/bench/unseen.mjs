// Text a process has not linted yet, for the "unseen" rows (real-case.mjs --unseen, ab-builds.mjs).
/**
 * `count` pieces of `source`, each as long as `text` and none of it `text`'s: the corpora's larger
 * documents begin with the smaller ones (readme-4m with readme-1m's files), so what follows that
 * beginning are other README files. Each is cut at a heading where one is near its end (the files
 * start with their own), so a piece ends on a whole file as often as not.
 */
export function otherTexts(source, text, count) {
  let rest = source.startsWith(text) ? source.slice(text.length) : source
  if (rest.length < count * text.length * 0.9) throw new Error(`--unseen: the other document has too little text of its own for ${count} pieces`)
  const pieces = []
  for (let i = 0; i < count; i++) {
    const end = rest.lastIndexOf('\n\n# ', text.length)
    const cut = end > text.length * 0.8 ? end + 1 : Math.min(text.length, rest.length)
    pieces.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  return pieces
}
