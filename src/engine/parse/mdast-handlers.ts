// @ts-nocheck -- vendored JavaScript, kept as upstream wrote it (its JSDoc types it there).
// The mdast compiler's handlers of micromark's tokens: vendored from mdast-util-from-markdown
// 2.1.0 (lib/index.js), MIT licence, Copyright (c) Titus Wormer (the licence text is in
// mdast-compiler.ts and NOTICE). Changes: module functions instead of closures in `compiler()`,
// so they reach the compiler only through `this` (`this.enter`, `this.exit`, `this.config`), and
// node factories written on one line; the handlers themselves are in
// mdast-token-handlers.ts. Nothing else.
import * as on from './mdast-token-handlers.js'

/** The handlers of tokens entered, a new object for each compiler (extensions add to it). */
export function enterHandlers() {
  return {
    autolink: opener(link),
    autolinkProtocol: on.onenterdata,
    autolinkEmail: on.onenterdata,
    atxHeading: opener(heading),
    blockQuote: opener(blockQuote),
    characterEscape: on.onenterdata,
    characterReference: on.onenterdata,
    codeFenced: opener(codeFlow),
    codeFencedFenceInfo: on.buffer,
    codeFencedFenceMeta: on.buffer,
    codeIndented: opener(codeFlow, on.buffer),
    codeText: opener(codeText, on.buffer),
    codeTextData: on.onenterdata,
    data: on.onenterdata,
    codeFlowValue: on.onenterdata,
    definition: opener(definition),
    definitionDestinationString: on.buffer,
    definitionLabelString: on.buffer,
    definitionTitleString: on.buffer,
    emphasis: opener(emphasis),
    hardBreakEscape: opener(hardBreak),
    hardBreakTrailing: opener(hardBreak),
    htmlFlow: opener(html, on.buffer),
    htmlFlowData: on.onenterdata,
    htmlText: opener(html, on.buffer),
    htmlTextData: on.onenterdata,
    image: opener(image),
    label: on.buffer,
    link: opener(link),
    listItem: opener(listItem),
    listItemValue: on.onenterlistitemvalue,
    listOrdered: opener(list, on.onenterlistordered),
    listUnordered: opener(list),
    paragraph: opener(paragraph),
    reference: on.onenterreference,
    referenceString: on.buffer,
    resourceDestinationString: on.buffer,
    resourceTitleString: on.buffer,
    setextHeading: opener(heading),
    strong: opener(strong),
    thematicBreak: opener(thematicBreak)
  }
}

/** The handlers of tokens exited, a new object for each compiler (extensions add to it). */
export function exitHandlers() {
  return {
    atxHeading: closer(),
    atxHeadingSequence: on.onexitatxheadingsequence,
    autolink: closer(),
    autolinkEmail: on.onexitautolinkemail,
    autolinkProtocol: on.onexitautolinkprotocol,
    blockQuote: closer(),
    characterEscapeValue: on.onexitdata,
    characterReferenceMarkerHexadecimal: on.onexitcharacterreferencemarker,
    characterReferenceMarkerNumeric: on.onexitcharacterreferencemarker,
    characterReferenceValue: on.onexitcharacterreferencevalue,
    characterReference: on.onexitcharacterreference,
    codeFenced: closer(on.onexitcodefenced),
    codeFencedFence: on.onexitcodefencedfence,
    codeFencedFenceInfo: on.onexitcodefencedfenceinfo,
    codeFencedFenceMeta: on.onexitcodefencedfencemeta,
    codeFlowValue: on.onexitdata,
    codeIndented: closer(on.onexitcodeindented),
    codeText: closer(on.onexitcodetext),
    codeTextData: on.onexitdata,
    data: on.onexitdata,
    definition: closer(),
    definitionDestinationString: on.onexitdefinitiondestinationstring,
    definitionLabelString: on.onexitdefinitionlabelstring,
    definitionTitleString: on.onexitdefinitiontitlestring,
    emphasis: closer(),
    hardBreakEscape: closer(on.onexithardbreak),
    hardBreakTrailing: closer(on.onexithardbreak),
    htmlFlow: closer(on.onexithtmlflow),
    htmlFlowData: on.onexitdata,
    htmlText: closer(on.onexithtmltext),
    htmlTextData: on.onexitdata,
    image: closer(on.onexitimage),
    label: on.onexitlabel,
    labelText: on.onexitlabeltext,
    lineEnding: on.onexitlineending,
    link: closer(on.onexitlink),
    listItem: closer(),
    listOrdered: closer(),
    listUnordered: closer(),
    paragraph: closer(),
    referenceString: on.onexitreferencestring,
    resourceDestinationString: on.onexitresourcedestinationstring,
    resourceTitleString: on.onexitresourcetitlestring,
    resource: on.onexitresource,
    setextHeading: closer(on.onexitsetextheading),
    setextHeadingLineSequence: on.onexitsetextheadinglinesequence,
    setextHeadingText: on.onexitsetextheadingtext,
    strong: closer(),
    thematicBreak: closer()
  }
}

function opener(create, and) {
  return open
  function open(token) {
    this.enter(create(token), token)
    if (and) and.call(this, token)
  }
}

function closer(and) {
  return close
  function close(token) {
    if (and) and.call(this, token)
    this.exit(token)
  }
}

function blockQuote() {
  return { type: 'blockquote', children: [], position: undefined }
}

function codeFlow() {
  return { type: 'code', lang: null, meta: null, value: '', position: undefined }
}

function codeText() {
  return { type: 'inlineCode', value: '', position: undefined }
}

function definition() {
  return { type: 'definition', identifier: '', label: null, title: null, url: '', position: undefined }
}

function emphasis() {
  return { type: 'emphasis', children: [], position: undefined }
}

function heading() {
  return { type: 'heading', depth: 0, children: [], position: undefined }
}

function hardBreak() {
  return { type: 'break', position: undefined }
}

function html() {
  return { type: 'html', value: '', position: undefined }
}

function image() {
  return { type: 'image', title: null, url: '', alt: null, position: undefined }
}

function link() {
  return { type: 'link', title: null, url: '', children: [], position: undefined }
}

function list(token) {
  return { type: 'list', ordered: token.type === 'listOrdered', start: null, spread: token._spread, children: [], position: undefined }
}

function listItem(token) {
  return { type: 'listItem', spread: token._spread, checked: null, children: [], position: undefined }
}

function paragraph() {
  return { type: 'paragraph', children: [], position: undefined }
}

function strong() {
  return { type: 'strong', children: [], position: undefined }
}

function thematicBreak() {
  return { type: 'thematicBreak', position: undefined }
}
