// parse-latin's and parse-english's merge steps over the whole text, before it is cut into
// sentences: a word takes the marks inside it ("don't", "e.g", "U.S."), an ampersand before it, a
// hyphen after it, short words around a slash.
import { elisionAffix, elisionPrefix, numerical, wordSymbolInner } from '../generated/latin-expressions.js'
import type { Siblings } from './latin-siblings.js'
import { AMPERSAND_CODE, append, FULL_STOP_CODE, HYPHEN_CODE, isMark, isWord, prepend, PUNCTUATION, SLASH_CODE, StepWalks, WHITE_SPACE, WORD, type Leaf } from './latin-steps.js'

// From parse-english's index.js (not exported).
const apostrophe = /^['’]$/

export class WordSteps extends StepWalks {
  // parse-english: "w/", "'tis", "'n'", "o'".
  englishElision(child: Leaf, index: number, siblings: Siblings<Leaf>): number | undefined {
    if (!isMark(child)) return undefined
    const value = this.value(child)
    if (value === '/') {
      const sibling = siblings.at(index - 1)
      if (isWord(sibling) && this.value(sibling).toLowerCase() === 'w') {
        siblings.remove(index, 1)
        append(sibling, [child])
      }
    } else if (apostrophe.test(value)) {
      const length = siblings.length
      const sibling = siblings.at(index - 1)!
      if (
        index > 2 &&
        index < length - 1 &&
        sibling.kind === WORD &&
        siblings.at(index - 2)!.kind === WHITE_SPACE &&
        siblings.at(index + 1)!.kind === WHITE_SPACE &&
        elisionPrefix.test(this.value(sibling).toLowerCase())
      ) {
        siblings.remove(index, 1)
        append(sibling, [child])
        return undefined
      }
      if (index !== length - 1 && siblings.at(index + 1)!.kind === WORD && (index === 0 || siblings.at(index - 1)!.kind !== WORD)) {
        const next = siblings.at(index + 1)!
        const nextValue = this.value(next).toLowerCase()
        const other = siblings.at(index + 2)
        if (elisionAffix.test(nextValue)) {
          siblings.remove(index, 1)
          prepend(next, [child])
        } else if (nextValue === 'n' && other && other.kind === PUNCTUATION && apostrophe.test(this.value(other))) {
          siblings.remove(index, 1)
          siblings.remove(index + 1, 1)
          prepend(next, [child])
          append(next, [other])
        }
      }
    }
    return undefined
  }

  initialWordSymbol(child: Leaf, index: number, siblings: Siblings<Leaf>): number | undefined {
    if (!isMark(child) || !this.is(child, AMPERSAND_CODE)) return undefined
    const next = siblings.at(index + 1)
    if ((index > 0 && siblings.at(index - 1)!.kind === WORD) || !isWord(next)) return undefined
    siblings.remove(index, 1)
    prepend(next, [child])
    return index - 1
  }

  finalWordSymbol(child: Leaf, index: number, siblings: Siblings<Leaf>): number | undefined {
    if (index > 0 && isMark(child) && this.is(child, HYPHEN_CODE)) {
      const previous = siblings.at(index - 1)
      const next = siblings.at(index + 1)
      if (!isWord(next) && isWord(previous)) {
        siblings.remove(index, 1)
        append(previous, [child])
        return index
      }
    }
    return undefined
  }

  innerWordSymbol(child: Leaf, index: number, siblings: Siblings<Leaf>): number | undefined {
    if (index === 0 || !isMark(child)) return undefined
    const previous = siblings.at(index - 1)
    if (!isWord(previous)) return undefined
    let position = index - 1
    const merged: Leaf[] = []
    let queue: Leaf[] = []
    let sibling: Leaf | undefined
    while ((sibling = siblings.at(++position))) {
      if (sibling.kind === WORD) {
        // A loop, not a spread: "a-.-.-…-b" queues any number of marks.
        for (const mark of queue) merged.push(mark)
        merged.push(sibling)
        queue = []
      } else if (isMark(sibling) && wordSymbolInner.test(this.value(sibling))) queue.push(sibling)
      else break
    }
    if (merged.length === 0) return undefined
    position -= queue.length
    siblings.remove(index, position - index)
    append(previous, merged)
    return index
  }

  innerWordSlash(child: Leaf, index: number, siblings: Siblings<Leaf>): number | undefined {
    const previous = siblings.at(index - 1)
    if (!isWord(previous) || !isMark(child) || !this.is(child, SLASH_CODE)) return undefined
    const merged = [child]
    let nextLength = 0
    const next = siblings.at(index + 1)
    if (isWord(next)) {
      nextLength = this.value(next).length
      merged.push(next)
    }
    if (this.value(previous).length < 3 && (!nextLength || nextLength < 3)) {
      append(previous, merged)
      siblings.remove(index, merged.length)
      return index
    }
    return undefined
  }

  // "U.S.": a word made of single characters and full stops takes the full stop after it.
  initialisms(child: Leaf, index: number, siblings: Siblings<Leaf>): number | undefined {
    if (index === 0 || child.kind !== PUNCTUATION || !this.is(child, FULL_STOP_CODE)) return undefined
    const previous = siblings.at(index - 1)!
    const parts = previous.parts
    const count = parts ? parts.length / 2 : 1
    if (previous.kind !== WORD || count === 1 || count % 2 === 0 || !parts) return undefined
    let allDigits = true
    for (let position = count - 1; position >= 0; position--) {
      const value = this.text.slice(parts[2 * position], parts[2 * position + 1])
      if (position % 2 === 0) {
        if (value.length > 1) return undefined
        if (!numerical.test(value)) allDigits = false
      } else if (value !== '.') {
        if (position < count - 2) break
        return undefined
      }
    }
    if (allDigits) return undefined
    siblings.remove(index, 1)
    append(previous, [child])
    return index
  }
}
