// Images in the shortcut's inline content (plain-inline.ts): `![alt](url)`, `![alt][label]`,
// `![alt][]`, `![alt]`, and so the badges README files open with, an image inside a link
// (`[![npm](https://img.shields.io/…)](https://npmjs.com/…)`, and by reference
// `[![Build][build-badge]][build]`). An image is an atom, like a code span: found after the code
// spans and tags, outside them, then blotted out so that the link around it is found as if it
// were text. Only an alt of plain words (no brackets, code, emphasis, tags, escapes, references,
// URLs or line ends) and a destination of URL characters without a title are taken: the alt is
// then its text as written, as mdast-util-from-markdown reads it. Any other "![" is left where it
// is, and its bracket hands the block to micromark.
import type { Image, ImageReference } from 'mdast'

/** An image: where it starts and ends in the block's value, and its fields but the position. */
export interface ImageAtom {
  start: number
  end: number
  node: Omit<Image, 'position'> | Omit<ImageReference, 'position'>
}

// "![alt](destination)", "![alt][label]", "![alt][]" or "![alt]" not followed by a bracket or a
// parenthesis (left to micromark); the destination's characters are those of plain-inline.ts's LINK.
const IMAGE = /!\[([^[\]\n]*)\](?:\(([\w/:.~%#?=+\-@!$',;*]+|[\w/:.~%#?=+\-@!$',*&]+)\)|\[([^[\]\n\\`^]*)\]|(?![[(]))/y
// An alt micromark reads as its characters: no inline syntax, no character reference, no literal.
const PLAIN_ALT = /^[^\\`*_~<>&|^\t\r\0\u0001\uFEFF]*$/
const LITERAL = /www\.|https?:|@/i

/**
 * The images in `searched` (the block's value with its code spans and tags blotted out), in order.
 * `reference` gives a reference's fields for its label, or undefined when it is not defined.
 */
export function imageAtoms(searched: string, reference: (label: string) => Pick<ImageReference, 'label' | 'identifier'> | undefined): ImageAtom[] | undefined {
  const atoms: ImageAtom[] = []
  for (let at = searched.indexOf('!['); at >= 0; at = searched.indexOf('![', at + 1)) {
    IMAGE.lastIndex = at
    const image = IMAGE.exec(searched)
    if (!image) continue
    const [whole, alt, url, label] = image
    if (!PLAIN_ALT.test(alt) || LITERAL.test(alt)) return undefined
    if (url !== undefined) atoms.push({ start: at, end: at + whole.length, node: { type: 'image', title: null, url, alt } })
    else {
      const referenceType = label === undefined ? 'shortcut' : label ? 'full' : 'collapsed'
      // An empty alt is a full reference's only ("![][label]", a badge's image in a table).
      const fields = (alt || label) && reference(label || alt)
      if (!fields) return undefined
      atoms.push({ start: at, end: at + whole.length, node: { type: 'imageReference', alt, ...fields, referenceType } })
    }
    at += whole.length - 1
  }
  return atoms
}
