import { describe, expect, it } from 'vitest'
import { actuals } from '../helpers.js'

const en = { language: 'en' } as const

describe('inline directives', () => {
  it('disable and enable every rule', () => {
    const text = 'leverage one\n\n<!-- cluetrain-disable -->\n\nleverage two\n\n<!-- cluetrain-enable -->\n\nleverage three'
    expect(actuals(text, en)).toEqual(['leverage', 'leverage'])
  })

  it('disable named rules only', () => {
    // "!!", not words in capitals: shouting reads capitals only with the word lists loaded (issue #16).
    const text = '<!-- cluetrain-disable buzz -->\n\nleverage and a deal!!'
    expect(actuals(text, en)).toEqual(['!!'])
  })

  it('disable until the end when never enabled', () => {
    expect(actuals('leverage\n\n<!-- cluetrain-disable buzz shout -->\n\nleverage AMAZING DEAL', en)).toEqual(['leverage'])
  })

  it('disable the next line only', () => {
    const text = '<!-- cluetrain-disable-next-line buzz -->\nleverage here\nleverage there'
    expect(actuals(text, en)).toEqual(['leverage'])
  })

  it('work as inline comments inside a paragraph', () => {
    expect(actuals('One leverage <!-- cluetrain-disable --> two leverage', en)).toEqual(['leverage'])
  })

  it('are not directives inside code', () => {
    expect(actuals('```\n<!-- cluetrain-disable -->\n```\n\nleverage', en)).toEqual(['leverage'])
  })
})

describe('directives in plain text', () => {
  it('are honoured too, and are not prose', () => {
    const text = 'leverage\n<!-- cluetrain-disable-next-line -->\nleverage\n<!-- cluetrain-disable leverage -->'
    expect(actuals(text, { ...en, format: 'text' })).toEqual(['leverage'])
  })
})
