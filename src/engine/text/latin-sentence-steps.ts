// parse-latin's and parse-english's merge steps over sentences: where a full stop, a line break
// or a lower-case start does or does not end one (abbreviations, initial digits, affixes), and
// white space moved out of them. Where a step of the parsers moves one node per visit and visits
// again (leading affix symbols, leading white space, implicit sentences, remaining full stops), it
// moves them all in one visit, with the same outcome: a paragraph of 100,000 of them stays linear.
import { abbreviations, abbreviationsSensitive, affixSymbol, digitStart, lowerInitial } from '../generated/latin-expressions.js'
import { pushAll, type Siblings } from './latin-siblings.js'
import { work } from '../work.js'
import { append, FULL_STOP_CODE, isMark, isSentence, isWord, prepend, PUNCTUATION, StepWalks, WHITE_SPACE, WORD, type Leaf, type ParagraphChild, type Sentence } from './latin-steps.js'

// From parse-latin's merge-prefix-exceptions.js (not exported).
const abbreviationPrefix = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/

export class SentenceSteps extends StepWalks {
  englishPrefixExceptions(sentence: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    if (!isSentence(sentence)) return undefined
    const children = sentence.children
    const period = children[children.length - 1]
    const word = children[children.length - 2]
    if (period && period.kind === PUNCTUATION && this.is(period, FULL_STOP_CODE) && isWord(word)) {
      const value = this.value(word)
      if (abbreviations.test(value.toLowerCase()) || abbreviationsSensitive.test(value)) return this.joinAtPeriod(sentence, index, paragraph)
    }
    return undefined
  }

  prefixExceptions(sentence: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    if (!isSentence(sentence) || sentence.children.length <= 1) return undefined
    const children = sentence.children
    const period = children[children.length - 1]
    if (isMark(period) && this.is(period, FULL_STOP_CODE)) {
      const word = children[children.length - 2]
      if (isWord(word) && abbreviationPrefix.test(this.value(word).toLowerCase())) return this.joinAtPeriod(sentence, index, paragraph)
    }
    return undefined
  }

  // The abbreviation keeps its full stop and the sentence goes on into the next one. The parsers
  // then resume at the sentence before; but a visit to a sentence before the walk's index would
  // change nothing (a join changes only the sentence visited and the one it takes in, and a
  // sentence left with no join stays so), so resuming here is the same, without reading the word
  // before its full stop again for each join ("Longword. Mr. Mr. Mr. …": "Longword" each time).
  private joinAtPeriod(sentence: Sentence, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    const period = sentence.children.pop()!
    append(sentence.children[sentence.children.length - 1], [period])
    const next = paragraph.at(index + 1)
    if (isSentence(next)) {
      pushAll(sentence.children, next.children)
      paragraph.remove(index + 1, 1)
      return index
    }
    return undefined
  }

  nonWordSentences(child: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    if (!isSentence(child) || child.children.some((node) => node.kind === WORD)) return undefined
    const previous = paragraph.at(index - 1)
    if (isSentence(previous)) {
      pushAll(previous.children, child.children)
      paragraph.remove(index, 1)
      return index
    }
    const next = paragraph.at(index + 1)
    if (isSentence(next)) {
      work.moved += child.children.length + next.children.length
      next.children = child.children.concat(next.children)
      paragraph.remove(index, 1)
    }
    return undefined
  }

  // The parsers move one leading affix symbol, resume at the sentence before (whose first child,
  // what its visit reads, has not changed: it is never empty here) and come back for the next.
  affixSymbol(child: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    if (!isSentence(child) || child.children.length === 0 || index === 0) return undefined
    const previous = paragraph.at(index - 1)
    if (!isSentence(previous) || previous.children.length === 0) return this.affixSymbolOne(child, index, previous)
    const children = child.children
    let count = 0
    while (count < children.length && isMark(children[count]) && affixSymbol.test(this.value(children[count] as Leaf))) count++
    if (count === 0) return undefined
    pushAll(previous.children, children.slice(0, count))
    child.children = children.slice(count)
    work.moved += children.length - count
    return index - 1
  }

  // The parsers' step itself, where the sentence before is empty or is not one.
  private affixSymbolOne(child: Sentence, index: number, previous: ParagraphChild | undefined): number | undefined {
    const first = child.children[0]
    if (isSentence(previous) && isMark(first) && affixSymbol.test(this.value(first))) {
      child.children.shift()
      previous.children.push(first)
      return index - 1
    }
    return undefined
  }

  initialLowerCaseSentences(child: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    if (!isSentence(child) || index === 0) return undefined
    const previous = paragraph.at(index - 1)
    const children = child.children
    if (children.length === 0 || !isSentence(previous)) return undefined
    for (const node of children) {
      if (node.kind === WORD) {
        if (!lowerInitial.test(this.value(node))) return undefined
        pushAll(previous.children, children)
        paragraph.remove(index, 1)
        return index
      }
      if (isMark(node)) return undefined
    }
    return undefined
  }

  initialDigitSentences(child: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    const previous = paragraph.at(index - 1)
    if (!isSentence(previous) || !isSentence(child)) return undefined
    const head = child.children[0]
    if (isWord(head) && digitStart.test(this.value(head))) {
      pushAll(previous.children, child.children)
      paragraph.remove(index, 1)
      return index
    }
    return undefined
  }

  affixExceptions(child: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    const previous = paragraph.at(index - 1)
    if (!isSentence(previous) || !isSentence(child) || child.children.length === 0) return undefined
    for (const node of child.children) {
      if (node.kind === WORD) return undefined
      if (isMark(node)) {
        const value = this.value(node)
        if (value !== ',' && value !== ';') return undefined
        pushAll(previous.children, child.children)
        paragraph.remove(index, 1)
        return index
      }
    }
    return undefined
  }

  // The parsers walk the sentence backwards, splicing each full stop they merge out of it. Here
  // the sentence is rebuilt in place from its end: `children[kept…]` is what the parsers' array
  // holds after the position read, so `next` is `children[kept]`. Full stops put before one word
  // (several, where inline nodes split them: ".*.*.word") are put there at once.
  remainingFullStops(child: ParagraphChild): number | undefined {
    if (!isSentence(child)) return undefined
    const children = child.children
    let kept = children.length
    let before: Leaf[] | undefined
    let foundDelimiter = false
    for (let position = children.length - 1; position >= 0; position--) {
      let node = children[position]
      if (isMark(node) && this.isTerminal(node)) {
        if (!foundDelimiter) foundDelimiter = true
        else if (this.is(node, FULL_STOP_CODE)) {
          const previous = children[position - 1]
          const next = children[kept]
          if (isWord(previous)) {
            const nextNext = children[kept + 1]
            if (!(next && nextNext && next.kind === WHITE_SPACE && this.is(nextNext, FULL_STOP_CODE))) {
              append(previous, [node])
              node = previous
              position--
            }
          } else if (isWord(next)) {
            ;(before ??= []).push(node)
            continue
          }
        }
      } else if (node.kind === WORD) foundDelimiter = true
      // Keep `node`: what was put before the node kept last goes with it first.
      if (before) {
        prepend(children[kept], before.reverse())
        before = undefined
      }
      if (--kept !== position) {
        children[kept] = node
        work.moved++
      }
    }
    if (before) prepend(children[kept], before.reverse())
    if (kept > 0) {
      child.children = children.slice(kept)
      work.moved += children.length - kept
    }
    return undefined
  }

  // The parsers move one leading white space node before the sentence and visit it again.
  initialWhiteSpaceSiblings(child: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    if (!isSentence(child)) return undefined
    const children = child.children
    let count = 0
    while (count < children.length && children[count].kind === WHITE_SPACE) count++
    if (count > 0) {
      paragraph.insert(index, children.slice(0, count))
      child.children = children.slice(count)
      work.moved += children.length - count
    }
    return undefined
  }

  finalWhiteSpaceSiblings(child: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    if (!isSentence(child)) return undefined
    const tail = child.children[child.children.length - 1]
    if (tail && tail.kind === WHITE_SPACE) {
      child.children.pop()
      paragraph.insert(index + 1, [tail])
      return index
    }
    return undefined
  }

  // White space with two line breaks or more ends a sentence. The parsers split at the first and
  // visit the rest (from its second node): here every split is made in one visit, and the walk
  // resumes at the last part, as theirs does.
  implicitSentences(child: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    if (!isSentence(child)) return undefined
    const children = child.children
    let after: ParagraphChild[] | undefined
    let start = 0
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]
      // One character of white space holds one line break at most: most white space is one space.
      if (node.kind !== WHITE_SPACE || (node.value === undefined && node.end - node.start < 2) || !this.hasTwoLineBreaks(node)) continue
      if (!after) {
        child.children = children.slice(0, position)
        after = []
      } else after.push({ kind: 0, children: children.slice(start, position) })
      after.push(node)
      start = position + 1
      position++
    }
    if (!after) return undefined
    after.push({ kind: 0, children: children.slice(start) })
    work.moved += children.length
    paragraph.insert(index + 1, after)
    return index + after.length
  }

  emptyNodes(child: ParagraphChild, index: number, paragraph: Siblings<ParagraphChild>): number | undefined {
    if (isSentence(child) && child.children.length === 0) {
      paragraph.remove(index, 1)
      return index
    }
    return undefined
  }
}
