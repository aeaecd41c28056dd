// Bytes from a file → the text the engine reads, for every front end alike: a NUL byte in the
// first 8 KB means a binary file (undefined); invalid UTF-8 becomes U+FFFD rather than an error;
// a byte-order mark is not text.
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.subarray(0, 8192).includes(0)) return undefined
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes)
}
