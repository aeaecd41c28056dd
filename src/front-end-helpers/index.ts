// What the front ends (CLI, extension) share beside the engine, and the engine's API does not
// hold: reading a file's bytes as the engine reads text, a finding's fingerprint for baselines and
// SARIF, and the minimal edit that accepts a word in a .cluetrain.yaml. Pure like the engine (no
// file system, no vscode); the extension gets them in its lazily loaded engine bundle
// (src/extension/engine-bundle.ts), so activation still parses nothing.
export { acceptWordEdit, applyEdit, type AcceptRefusal, type AcceptWordEdit, type TextEdit } from './config-edit.js'
export { fingerprintOf } from './fingerprint.js'
// The engine decodes with it too (parseConfig takes bytes): one decoder, kept in the engine.
export { decodeText } from '../engine/parse/decode.js'
