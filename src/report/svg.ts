// Charts as inline SVG: bars are <rect>s, labels real <text>, so they print, zoom, copy and read
// without a script or an image. Colours come from CSS classes (the report's stylesheet), never from
// style attributes, which a webview's nonce-only CSP would block.
import { escapeHtml, truncate } from './escape.js'

export interface Bar {
  label: string
  value: number
}

export interface BarChartOptions {
  /** Unique in the page: prefixes the ids of <title> and <desc>. */
  id: string
  title: string
  description: string
  bars: Bar[]
  formatValue: (n: number) => string
  /** Extra class on each bar, e.g. a colour. */
  barClass?: string
  /** viewBox width; the chart scales to its container. Default 720. */
  width?: number
}

const WIDTH = 720
const ROW = 28
const BAR = 18
const GAP = 12
const VALUE_WIDTH = 56
const CHAR_WIDTH = 7.4
const MAX_LABEL = 44

export interface BarGeometry {
  /** Where bars start and the longest one ends, in viewBox units. */
  x: number
  max: number
}

/** Where the bars start and how long the longest can be: labels take what their text needs. */
export function geometry(labels: readonly string[], width = WIDTH): BarGeometry {
  const longest = Math.max(0, ...labels.map((l) => Math.min(l.length, MAX_LABEL)))
  const x = Math.min(340, Math.max(60, Math.ceil(longest * CHAR_WIDTH))) + GAP
  return { x, max: Math.max(40, width - x - GAP - VALUE_WIDTH) }
}

/** Bar width in viewBox units: proportional to the value, the largest bar filling the track. */
export function barWidth(value: number, largest: number, max: number): number {
  return largest > 0 ? Math.round((Math.max(0, value) / largest) * max * 100) / 100 : 0
}

export function barChart(options: BarChartOptions): string {
  const { id, bars } = options
  const labels = bars.map((b) => truncate(b.label, MAX_LABEL))
  const width = options.width ?? WIDTH
  const { x, max } = geometry(labels, width)
  const largest = Math.max(0, ...bars.map((b) => b.value))
  const height = bars.length * ROW + 4
  // Values sit in a column of their own after the tracks, so they line up and never cover a bar.
  const numbers = bars.map((b) => `${b.label}: ${options.formatValue(b.value)}`).join('; ')
  const rows = bars.map((bar, i) => {
    const top = i * ROW + 2
    const middle = top + ROW / 2
    const length = barWidth(bar.value, largest, max)
    const barY = top + (ROW - BAR) / 2
    return [
      `<g class="row">`,
      `<text class="label" x="0" y="${middle}" dominant-baseline="central">${escapeHtml(labels[i])}</text>`,
      `<rect class="track" x="${x}" y="${barY}" width="${max}" height="${BAR}" rx="3"></rect>`,
      `<rect class="bar${options.barClass ? ` ${options.barClass}` : ''}" x="${x}" y="${barY}" width="${length}" height="${BAR}" rx="3" data-value="${bar.value}"></rect>`,
      `<text class="value" x="${x + max + GAP}" y="${middle}" dominant-baseline="central">${escapeHtml(options.formatValue(bar.value))}</text>`,
      `</g>`,
    ].join('')
  })
  return [
    `<svg class="chart" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(`${options.description} ${numbers}.`)}</desc>`,
    ...rows,
    `</svg>`,
  ].join('\n')
}

/** The score as a filled track beside its number: decorative, the number says it all. */
export function scoreMeter(score: number, band: string): string {
  const width = 240
  const fill = barWidth(Math.min(100, Math.max(0, score)), 100, width)
  return `<svg class="meter" viewBox="0 0 ${width} 10" width="${width}" height="10" aria-hidden="true" focusable="false"><rect class="track" x="0" y="0" width="${width}" height="10" rx="5"></rect><rect class="fill ${band}" x="0" y="0" width="${fill}" height="10" rx="5"></rect></svg>`
}

