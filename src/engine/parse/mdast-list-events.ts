// @ts-nocheck -- vendored JavaScript, kept as upstream wrote it (its JSDoc types it there).
// micromark's list events → list items with their "spread": vendored unchanged from
// mdast-util-from-markdown 2.1.0 (lib/index.js, `prepareList`), MIT licence, Copyright (c) Titus
// Wormer (the licence text is in mdast-compiler.ts and NOTICE). Only moved out of the compiler:
// it uses nothing of it.

/** Inserts the enter and exit events of each list item of the list whose enter is at `start`. */
export function prepareList(events, start) {
  const end = events.length - 1
  let index = start - 1
  let containerBalance = -1
  let listSpread = false
  let listItem
  let lineIndex
  let firstBlankLineIndex
  let atMarker
  const insertions = []
  while (++index <= end) {
    const event = events[index]
    switch (event[1].type) {
      case "listUnordered":
      case "listOrdered":
      case "blockQuote":
        {
          if (event[0] === 'enter') {
            containerBalance++
          } else {
            containerBalance--
          }
          atMarker = undefined
          break
        }
      case "lineEndingBlank":
        {
          if (event[0] === 'enter') {
            if (listItem && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index
            }
            atMarker = undefined
          }
          break
        }
      case "linePrefix":
      case "listItemValue":
      case "listItemMarker":
      case "listItemPrefix":
      case "listItemPrefixWhitespace":
        {

          break
        }
      default:
        {
          atMarker = undefined
        }
    }
    if (!containerBalance && event[0] === 'enter' && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === 'exit' && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
      if (listItem) {
        let tailIndex = index
        lineIndex = undefined
        while (tailIndex--) {
          const tailEvent = events[tailIndex]
          if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
            if (tailEvent[0] === 'exit') continue
            if (lineIndex) {
              events[lineIndex][1].type = "lineEndingBlank"
              listSpread = true
            }
            tailEvent[1].type = "lineEnding"
            lineIndex = tailIndex
          } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
          } else {
            break
          }
        }
        if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
          listItem._spread = true
        }

        listItem.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end)
        insertions.push({
          at: lineIndex || index,
          event: ['exit', listItem, event[2]]
        })
      }

      if (event[1].type === "listItemPrefix") {
        const item = {
          type: 'listItem',
          _spread: false,
          start: Object.assign({}, event[1].start),
          end: undefined
        }
        listItem = item
        insertions.push({
          at: index,
          event: ['enter', item, event[2]]
        })
        firstBlankLineIndex = undefined
        atMarker = true
      }
    }
  }

  const listEvents = events.splice(start)
  let insertion = 0
  index = -1
  while (++index < listEvents.length) {
    while (insertion < insertions.length && insertions[insertion].at === start + index) {
      events.push(insertions[insertion++].event)
    }
    events.push(listEvents[index])
  }
  events[start][1]._spread = listSpread
}
