// parse-latin's and parse-english's merge steps over sentences: where a full stop, a line break
// or a lower-case start does or does not end one (abbreviations, initial digits, affixes), and
// white space moved out of them.
import { abbreviations, abbreviationsSensitive, affixSymbol, digitStart, lowerInitial } from './generated/latin-expressions.js'
import { append, FULL_STOP_CODE, isMark, isSentence, isWord, prepend, PUNCTUATION, StepWalks, WHITE_SPACE, WORD, type ParagraphChild, type Sentence } from './latin-steps.js'

// From parse-latin's merge-prefix-exceptions.js (not exported).
const abbreviationPrefix = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/

export class SentenceSteps extends StepWalks {
  englishPrefixExceptions(sentence: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
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

  prefixExceptions(sentence: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(sentence) || sentence.children.length <= 1) return undefined
    const children = sentence.children
    const period = children[children.length - 1]
    if (isMark(period) && this.is(period, FULL_STOP_CODE)) {
      const word = children[children.length - 2]
      if (isWord(word) && abbreviationPrefix.test(this.value(word).toLowerCase())) return this.joinAtPeriod(sentence, index, paragraph)
    }
    return undefined
  }

  // The abbreviation keeps its full stop and the sentence goes on into the next one.
  private joinAtPeriod(sentence: Sentence, index: number, paragraph: ParagraphChild[]): number | undefined {
    const period = sentence.children.pop()!
    append(sentence.children[sentence.children.length - 1], [period])
    const next = paragraph[index + 1]
    if (isSentence(next)) {
      sentence.children.push(...next.children)
      paragraph.splice(index + 1, 1)
      return index - 1
    }
    return undefined
  }

  nonWordSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child) || child.children.some((node) => node.kind === WORD)) return undefined
    const previous = paragraph[index - 1]
    if (isSentence(previous)) {
      previous.children.push(...child.children)
      paragraph.splice(index, 1)
      return index
    }
    const next = paragraph[index + 1]
    if (isSentence(next)) {
      next.children.unshift(...child.children)
      paragraph.splice(index, 1)
    }
    return undefined
  }

  affixSymbol(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child) || child.children.length === 0 || index === 0) return undefined
    const previous = paragraph[index - 1]
    const first = child.children[0]
    if (isSentence(previous) && isMark(first) && affixSymbol.test(this.value(first))) {
      child.children.shift()
      previous.children.push(first)
      return index - 1
    }
    return undefined
  }

  initialLowerCaseSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child) || index === 0) return undefined
    const previous = paragraph[index - 1]
    const children = child.children
    if (children.length === 0 || !isSentence(previous)) return undefined
    for (const node of children) {
      if (node.kind === WORD) {
        if (!lowerInitial.test(this.value(node))) return undefined
        previous.children.push(...children)
        paragraph.splice(index, 1)
        return index
      }
      if (isMark(node)) return undefined
    }
    return undefined
  }

  initialDigitSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    const previous = paragraph[index - 1]
    if (!isSentence(previous) || !isSentence(child)) return undefined
    const head = child.children[0]
    if (isWord(head) && digitStart.test(this.value(head))) {
      previous.children.push(...child.children)
      paragraph.splice(index, 1)
      return index
    }
    return undefined
  }

  affixExceptions(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    const previous = paragraph[index - 1]
    if (!isSentence(previous) || !isSentence(child) || child.children.length === 0) return undefined
    for (const node of child.children) {
      if (node.kind === WORD) return undefined
      if (isMark(node)) {
        const value = this.value(node)
        if (value !== ',' && value !== ';') return undefined
        previous.children.push(...child.children)
        paragraph.splice(index, 1)
        return index
      }
    }
    return undefined
  }

  remainingFullStops(child: ParagraphChild): number | undefined {
    if (!isSentence(child)) return undefined
    const children = child.children
    let foundDelimiter = false
    for (let position = children.length - 1; children[position]; position--) {
      const node = children[position]
      if (!isMark(node)) {
        if (node.kind === WORD) foundDelimiter = true
        continue
      }
      if (!this.isTerminal(node)) continue
      if (!foundDelimiter) {
        foundDelimiter = true
        continue
      }
      if (!this.is(node, FULL_STOP_CODE)) continue
      const previous = children[position - 1]
      const next = children[position + 1]
      if (isWord(previous)) {
        const nextNext = children[position + 2]
        if (next && nextNext && next.kind === WHITE_SPACE && this.is(nextNext, FULL_STOP_CODE)) continue
        children.splice(position, 1)
        append(previous, [node])
        position--
      } else if (isWord(next)) {
        children.splice(position, 1)
        prepend(next, node)
      }
    }
    return undefined
  }

  initialWhiteSpaceSiblings(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child)) return undefined
    const head = child.children[0]
    if (head && head.kind === WHITE_SPACE) {
      child.children.shift()
      paragraph.splice(index, 0, head)
    }
    return undefined
  }

  finalWhiteSpaceSiblings(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child)) return undefined
    const tail = child.children[child.children.length - 1]
    if (tail && tail.kind === WHITE_SPACE) {
      child.children.pop()
      paragraph.splice(index + 1, 0, tail)
      return index
    }
    return undefined
  }

  // White space with two line breaks or more ends a sentence.
  implicitSentences(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (!isSentence(child)) return undefined
    const children = child.children
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]
      if (node.kind !== WHITE_SPACE || !this.hasTwoLineBreaks(node)) continue
      child.children = children.slice(0, position)
      paragraph.splice(index + 1, 0, node, { kind: 0, children: children.slice(position + 1) })
      return index + 1
    }
    return undefined
  }

  emptyNodes(child: ParagraphChild, index: number, paragraph: ParagraphChild[]): number | undefined {
    if (isSentence(child) && child.children.length === 0) {
      paragraph.splice(index, 1)
      return index
    }
    return undefined
  }
}
