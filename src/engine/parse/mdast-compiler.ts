// micromark's events → an mdast tree, with the compiler configured once per set of extensions.
//
// Vendored from mdast-util-from-markdown 2.1.0 (lib/index.js), MIT licence:
//   Copyright (c) Titus Wormer <tituswormer@gmail.com>
//   Permission is hereby granted, free of charge, to any person obtaining a copy of this software
//   and associated documentation files (the 'Software'), to deal in the Software without
//   restriction, including without limitation the rights to use, copy, modify, merge, publish,
//   distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
//   Software is furnished to do so, subject to the following conditions: The above copyright
//   notice and this permission notice shall be included in all copies or substantial portions of
//   the Software. THE SOFTWARE IS PROVIDED 'AS IS', WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
//   IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
//   PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
//   LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
//   OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
//   DEALINGS IN THE SOFTWARE.
// (See NOTICE.) Why a copy: `fromMarkdown` builds its compiler's configuration anew on every call
// and keeps the compiler private, and its loop copies the whole compile context for every event
// (`{...context, sliceSerialize}`: one object per event, about 30 per word of Markdown). Changes,
// and only these: the configuration is built once (`createCompiler`), one context object is
// reused (its `sliceSerialize` set per event), `data` is fresh for each compile (upstream it
// lives as long as the compiler, which is one call there), and the handlers live in
// mdast-handlers.ts, mdast-token-handlers.ts and mdast-list-events.ts (they reach the compiler through `this`). The tree is
// the same as fromMarkdown's: test/engine/mdast-compiler.test.ts holds it to remark-parse.
import type { Root } from 'mdast'
import type { Event, Token } from 'micromark-util-types'
import { toString } from 'mdast-util-to-string'
import { stringifyPosition } from 'unist-util-stringify-position'
import { enterHandlers, exitHandlers } from './mdast-handlers.js'
import { buffer, point } from './mdast-token-handlers.js'
import { prepareList } from './mdast-list-events.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- vendored JavaScript: upstream's JSDoc types it */
type Handler = (this: any, token: Token, ...rest: any[]) => void
/** mdast-util-from-markdown's `Extension` (what remark plugins put in `fromMarkdownExtensions`). */
type MdastExtension = object
interface Config {
  afterExit: Handler[]
  beforeEnter: Handler[]
  transforms: Array<(tree: Root) => Root | undefined | void>
  canContainEols: string[]
  enter: Record<string, Handler>
  exit: Record<string, Handler>
}

const own = {}.hasOwnProperty

/** A compiler of micromark's (postprocessed) events with these mdast extensions, built once. */
export function createCompiler(extensions: ReadonlyArray<MdastExtension | MdastExtension[]>): (events: Event[]) => Root {
  const config: Config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ['emphasis', 'fragment', 'heading', 'paragraph', 'strong'],
    enter: enterHandlers(),
    exit: exitHandlers(),
  }
  configure(config, extensions)
  return compile

  function compile(events: Event[]): Root {
    let tree: Root = { type: 'root', children: [], position: undefined }
    const context: any = { stack: [tree], tokenStack: [], config, enter, exit, buffer, resume, data: {}, sliceSerialize: undefined }
    const listStack: number[] = []
    const prepared: Event[] = []
    let index = -1
    while (++index < events.length) {
      prepared.push(events[index])
      if (events[index][1].type === 'listOrdered' || events[index][1].type === 'listUnordered') {
        if (events[index][0] === 'enter') listStack.push(prepared.length - 1)
        else prepareList(prepared, listStack.pop()!)
      }
    }
    events = prepared
    index = -1
    while (++index < events.length) {
      const event = events[index]
      const handler = config[event[0]]
      context.sliceSerialize = event[2].sliceSerialize
      if (event[0] === 'enter' && config.beforeEnter.length > 0) callListeners(config.beforeEnter, context, event[1])
      if (own.call(handler, event[1].type)) handler[event[1].type].call(context, event[1])
      if (event[0] === 'exit' && config.afterExit.length > 0) callListeners(config.afterExit, context, event[1])
    }
    context.sliceSerialize = undefined
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1]
      const handler = tail[1] || defaultOnError
      handler.call(context, undefined, tail[0])
    }
    tree.position = {
      start: point(events.length > 0 ? events[0][1].start : { line: 1, column: 1, offset: 0 }),
      end: point(events.length > 0 ? events[events.length - 2][1].end : { line: 1, column: 1, offset: 0 }),
    }
    index = -1
    while (++index < config.transforms.length) tree = config.transforms[index](tree) || tree
    return tree
  }
}

function callListeners(listeners: Handler[], context: unknown, token: Token): void {
  let index = -1
  while (++index < listeners.length) listeners[index].call(context, token)
}

function enter(this: any, node: any, token: Token, errorHandler?: Handler): void {
  const parent = this.stack[this.stack.length - 1]
  const siblings = parent.children
  siblings.push(node)
  this.stack.push(node)
  this.tokenStack.push([token, errorHandler || undefined])
  node.position = { start: point(token.start), end: undefined }
}

function exit(this: any, token: Token, onExitError?: Handler): void {
  const node = this.stack.pop()
  const open = this.tokenStack.pop()
  if (!open) throw new Error('Cannot close `' + token.type + '` (' + stringifyPosition({ start: token.start, end: token.end }) + '): it’s not open')
  if (open[0].type !== token.type) {
    if (onExitError) onExitError.call(this, token, open[0])
    else (open[1] || defaultOnError).call(this, token, open[0])
  }
  node.position.end = point(token.end)
}

function resume(this: any): string {
  return toString(this.stack.pop())
}

function configure(combined: Config, extensions: ReadonlyArray<MdastExtension | MdastExtension[]>): void {
  for (const value of extensions) {
    if (Array.isArray(value)) configure(combined, value)
    else extension(combined, value)
  }
}

function extension(combined: Config, extension: MdastExtension): void {
  for (const key in extension) {
    if (!own.call(extension, key)) continue
    const right = (extension as any)[key]
    if (!right) continue
    switch (key) {
      case 'canContainEols':
      case 'transforms':
        ;(combined as any)[key].push(...right)
        break
      case 'afterExit':
      case 'beforeEnter':
        ;(combined as any)[key].push(right)
        break
      case 'enter':
      case 'exit':
        Object.assign((combined as any)[key], right)
        break
    }
  }
}

function defaultOnError(this: unknown, left: Token | undefined, right: Token): never {
  if (left) {
    throw new Error('Cannot close `' + left.type + '` (' + stringifyPosition({ start: left.start, end: left.end }) + '): a different token (`' + right.type + '`, ' + stringifyPosition({ start: right.start, end: right.end }) + ') is open')
  }
  throw new Error('Cannot close document, a token (`' + right.type + '`, ' + stringifyPosition({ start: right.start, end: right.end }) + ') is still open')
}
