// Bytes from a file → the text the engine reads, for every front end alike. A byte-order mark says
// the encoding and is not text: UTF-8, UTF-16 LE (what Windows tools call "Unicode") or UTF-16 BE;
// without one the file is UTF-8. A NUL character in the first 8 KB means a binary file (undefined):
// UTF-16 text is full of NUL bytes, so there the test is on the decoded text (and a binary file is
// decoded before it is refused; UTF-8 ones are refused unread). Invalid sequences become U+FFFD
// rather than an error.
const BINARY_PROBE_BYTES = 8192

export function decodeText(bytes: Uint8Array): string | undefined {
  const encoding = encodingOf(bytes)
  if (encoding === 'utf-8' && bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return undefined
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes)
  return encoding !== 'utf-8' && text.slice(0, BINARY_PROBE_BYTES / 2).includes('\0') ? undefined : text
}

function encodingOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}
