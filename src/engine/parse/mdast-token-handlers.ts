// @ts-nocheck -- vendored JavaScript, kept as upstream wrote it (its JSDoc types it there).
// The handlers of micromark's tokens that fill in mdast nodes: vendored from
// mdast-util-from-markdown 2.1.0 (lib/index.js), MIT licence, Copyright (c) Titus Wormer (the
// licence text is in mdast-compiler.ts and NOTICE). Changes: module functions instead of closures
// in `compiler()`, reaching the compiler through `this` (`this.config.canContainEols`); the
// handlers that only store what they read are made by `resumeInto`; `onexitimage` is
// `onexitlink` (upstream has the same body twice). Nothing else.
import { decodeNamedCharacterReference } from 'decode-named-character-reference'
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference'
import { decodeString } from 'micromark-util-decode-string'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'

// Upstream writes this function out for each field (`const data = this.resume(); node.lang = data`).
function resumeInto(field) {
  return function () {
    const data = this.resume()
    const node = this.stack[this.stack.length - 1]
    node[field] = data
  }
}

export function buffer() {
  this.stack.push({ type: 'fragment', children: [] })
}

export function point(d) {
  return { line: d.line, column: d.column, offset: d.offset }
}

export function onenterlistordered() {
  this.data.expectingFirstListItemValue = true
}

export function onenterlistitemvalue(token) {
  if (this.data.expectingFirstListItemValue) {
    const ancestor = this.stack[this.stack.length - 2]
    ancestor.start = Number.parseInt(this.sliceSerialize(token), 10)
    this.data.expectingFirstListItemValue = undefined
  }
}

export const onexitcodefencedfenceinfo = resumeInto('lang')

export const onexitcodefencedfencemeta = resumeInto('meta')

export function onexitcodefencedfence() {
  if (this.data.flowCodeInside) return
  this.buffer()
  this.data.flowCodeInside = true
}

export function onexitcodefenced() {
  const data = this.resume()
  const node = this.stack[this.stack.length - 1]
  node.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '')
  this.data.flowCodeInside = undefined
}

export function onexitcodeindented() {
  const data = this.resume()
  const node = this.stack[this.stack.length - 1]
  node.value = data.replace(/(\r?\n|\r)$/g, '')
}

export function onexitdefinitionlabelstring(token) {
  const label = this.resume()
  const node = this.stack[this.stack.length - 1]
  node.label = label
  node.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase()
}

export const onexitdefinitiontitlestring = resumeInto('title')

export const onexitdefinitiondestinationstring = resumeInto('url')

export function onexitatxheadingsequence(token) {
  const node = this.stack[this.stack.length - 1]
  if (!node.depth) {
    const depth = this.sliceSerialize(token).length
    node.depth = depth
  }
}

export function onexitsetextheadingtext() {
  this.data.setextHeadingSlurpLineEnding = true
}

export function onexitsetextheadinglinesequence(token) {
  const node = this.stack[this.stack.length - 1]
  node.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2
}

export function onexitsetextheading() {
  this.data.setextHeadingSlurpLineEnding = undefined
}

export function onenterdata(token) {
  const node = this.stack[this.stack.length - 1]
  const siblings = node.children
  let tail = siblings[siblings.length - 1]
  if (!tail || tail.type !== 'text') {
    tail = text()
    tail.position = {
      start: point(token.start),
      end: undefined
    }
    siblings.push(tail)
  }
  this.stack.push(tail)
}

export function onexitdata(token) {
  const tail = this.stack.pop()
  tail.value += this.sliceSerialize(token)
  tail.position.end = point(token.end)
}

export function onexitlineending(token) {
  const context = this.stack[this.stack.length - 1]
  if (this.data.atHardBreak) {
    const tail = context.children[context.children.length - 1]
    tail.position.end = point(token.end)
    this.data.atHardBreak = undefined
    return
  }
  if (!this.data.setextHeadingSlurpLineEnding && this.config.canContainEols.includes(context.type)) {
    onenterdata.call(this, token)
    onexitdata.call(this, token)
  }
}

export function onexithardbreak() {
  this.data.atHardBreak = true
}

export const onexithtmlflow = resumeInto('value')

export const onexithtmltext = resumeInto('value')

export const onexitcodetext = resumeInto('value')

export function onexitlink() {
  const node = this.stack[this.stack.length - 1]

  if (this.data.inReference) {
    const referenceType = this.data.referenceType || 'shortcut'
    node.type += 'Reference'
    node.referenceType = referenceType
    delete node.url
    delete node.title
  } else {
    delete node.identifier
    delete node.label
  }
  this.data.referenceType = undefined
}

// An image ends as a link does (upstream has the same function twice).
export const onexitimage = onexitlink

export function onexitlabeltext(token) {
  const string = this.sliceSerialize(token)
  const ancestor = this.stack[this.stack.length - 2]
  ancestor.label = decodeString(string)
  ancestor.identifier = normalizeIdentifier(string).toLowerCase()
}

export function onexitlabel() {
  const fragment = this.stack[this.stack.length - 1]
  const value = this.resume()
  const node = this.stack[this.stack.length - 1]
  this.data.inReference = true
  if (node.type === 'link') {
    const children = fragment.children
    node.children = children
  } else {
    node.alt = value
  }
}

export const onexitresourcedestinationstring = resumeInto('url')

export const onexitresourcetitlestring = resumeInto('title')

export function onexitresource() {
  this.data.inReference = undefined
}

export function onenterreference() {
  this.data.referenceType = 'collapsed'
}

export function onexitreferencestring(token) {
  const label = this.resume()
  const node = this.stack[this.stack.length - 1]
  node.label = label
  node.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase()
  this.data.referenceType = 'full'
}

export function onexitcharacterreferencemarker(token) {
  this.data.characterReferenceType = token.type
}

export function onexitcharacterreferencevalue(token) {
  const data = this.sliceSerialize(token)
  const type = this.data.characterReferenceType
  let value
  if (type) {
    value = decodeNumericCharacterReference(data, type === "characterReferenceMarkerNumeric" ? 10 : 16)
    this.data.characterReferenceType = undefined
  } else {
    const result = decodeNamedCharacterReference(data)
    value = result
  }
  const tail = this.stack[this.stack.length - 1]
  tail.value += value
}

export function onexitcharacterreference(token) {
  const tail = this.stack.pop()
  tail.position.end = point(token.end)
}

export function onexitautolinkprotocol(token) {
  onexitdata.call(this, token)
  const node = this.stack[this.stack.length - 1]
  node.url = this.sliceSerialize(token)
}

export function onexitautolinkemail(token) {
  onexitdata.call(this, token)
  const node = this.stack[this.stack.length - 1]
  node.url = 'mailto:' + this.sliceSerialize(token)
}
function text() {
  return { type: 'text', value: '', position: undefined }
}
