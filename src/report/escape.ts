// Everything a report prints from user content (paths, flagged text, messages, reasons) goes
// through these: a file name or a phrase must never become markup, in HTML or in Markdown.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Safe in element text and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c])
}

/** For a double-quoted attribute whose single quotes are meaningful and kept: the CSP's 'none'. */
export function escapeDoubleQuoted(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c])
}

/**
 * Safe as inline text anywhere in GitHub-flavoured Markdown, table cells included: ASCII
 * punctuation that can start markup is backslash-escaped (CommonMark allows it for any ASCII
 * punctuation) and line breaks become spaces, since one would end a table row.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_{}[\]<>|~#&!]/g, (c) => `\\${c}`)
}

/** Only web links go out as links: a rule URL from a hostile config must not run script. */
export function webUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s"'<>`]+$/i.test(url) ? url : undefined
}

/** A caller's file link: any scheme (file:, vscode:, relative) except those that run code. */
export function fileUrl(href: string | undefined): string | undefined {
  if (!href || /[\s"'<>`]/.test(href)) return undefined
  return /^\s*(javascript|data|vbscript):/i.test(href) ? undefined : href
}

/** A Markdown link destination in <…>, which may hold parentheses but not < > or line breaks. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s|]/g, encodeURIComponent)}>`
}

/** Long flagged passages (a whole sentence, for sentence length) are cut for tables and charts. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  // Never split a surrogate pair: half an emoji is an invalid character.
  const end = /[\uD800-\uDBFF]/.test(flat.charAt(max - 2)) ? max - 2 : max - 1
  return `${flat.slice(0, end).trimEnd()}…`
}
