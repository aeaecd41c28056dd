// Every line the CLI prints passes through here, on stdout and stderr, in every format: what it
// prints quotes data nobody vetted (file names, file text, .cluetrain.yaml keys and messages,
// command-line arguments), and two readers act on what they read.
//
// - A terminal runs control characters: ESC sequences (CSI moves the cursor and clears the
//   screen, OSC sets the title, makes OSC 8 links, writes the clipboard), C1 controls (U+0080 to
//   U+009F; U+009B is a CSI of its own), BEL, BS, CR. Bidirectional overrides (U+202A to U+202E,
//   U+2066 to U+2069) reorder what is shown around them.
// - The GitHub Actions runner reads every line of a step's stdout and stderr for workflow commands
//   (actions/runner, src/Runner.Worker/ActionCommandManager.cs, TryProcessCommand:
//   `!ActionCommand.TryParseV2(input, …) && !ActionCommand.TryParse(input, …)`, where
//   src/Runner.Common/ActionCommand.cs has TryParseV2 take a line that starts with `::` after
//   `message.TrimStart()`, and the legacy TryParse take `##[` found ANYWHERE in the line by
//   `message.IndexOf(Prefix)`, when a registered command follows: error, warning, add-mask,
//   stop-commands…). A line ends at LF, CR or CRLF (.NET's ReadLine).
//
// So data is shown with every control character visibly escaped (JSON's `\n`, `\r` and `\uXXXX`,
// which keeps JSON output valid and equal), it never ends a line, no line starts with `::` but the
// workflow commands `--format github` prints on purpose, and no line contains `##[`.
import type { Io } from './args.js'

// Tab is kept: it moves nothing but the cursor to the next column, and copy has tabs. Data never
// keeps a line break either; what a stream prints keeps its own (LINE_CONTROL).
const CONTROL = /[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
const LINE_CONTROL = /[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
// A search without a replacer is 4 times as fast, and most output has nothing to replace.
const ANY_LINE_CONTROL = new RegExp(LINE_CONTROL.source)
// The colours of --format stylish and `rules` (SGR: ESC [ numbers m), on stdout when it is a
// terminal; nothing else of ours is a control sequence.
const LINE_CONTROL_OR_COLOUR = new RegExp(`\\x1b\\[[0-9;]*m|${LINE_CONTROL.source}`, 'g')
// A line that starts with `::` after white space (captured: the line break before it, if any),
// or with one `:` that ends the write (the next write could begin with the second).
const COMMAND_START = /(^|\n)([^\S\n]*)(::|:$)/g
// The workflow commands github.ts prints: its properties escape `:`, so the first `::` ends them.
const OUR_COMMAND = /::(?:error|warning|notice) [^:\n]*::/y
// Only white space from here to the end.
const BLANK_TO_END = /\s*$/y

function escaped(c: string): string {
  if (c === '\n') return '\\n'
  if (c === '\r') return '\\r'
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Data (a file name, a key, a message) as one line shows it: control characters escaped. */
export function shown(data: unknown): string {
  return String(data).replace(CONTROL, escaped)
}

/** A line of ours with data in it: every `${…}` is shown(), so data can never start a line. */
export function safeLine(text: TemplateStringsArray, ...data: unknown[]): string {
  return text.reduce((line, part, i) => line + shown(data[i - 1]) + part)
}

interface StreamOptions {
  /** Whether our colour sequences may pass (stdout on a terminal). */
  colour: boolean
}

/** One output stream: whatever is written to it comes out safe, however the writes are cut. */
export class SafeStream {
  /** Only white space since the last line break: the next `::` would start a command. */
  private atLineStart = true
  /** The `#`s the last write ended with (up to two): a `[` next would make `##[`. */
  private hashes = ''

  constructor(
    private readonly write: (s: string) => void,
    private readonly options: StreamOptions,
  ) {}

  /** `commands`: lines that are our own workflow commands pass (--format github, stdout). */
  print(text: string, commands = false): void {
    // Whole-text passes, not line by line: printing 36,600 findings (format, then encode as a
    // write does) took 0.8 to 1.3 times as long through here, in each format (two runs on a busy
    // 2-core machine: its noise); checked line by line, the SARIF log took 2.6 times as long to
    // check as to format.
    let out = ANY_LINE_CONTROL.test(text) ? text.replace(this.options.colour ? LINE_CONTROL_OR_COLOUR : LINE_CONTROL, (c) => (c.length > 1 ? c : escaped(c))) : text
    out = (this.hashes + out).replaceAll('##[', '##\\u005B').slice(this.hashes.length)
    out = out.replace(COMMAND_START, (match: string, lineBreak: string, space: string, colons: string, offset: number) => {
      if (offset === 0 && !lineBreak && !this.atLineStart) return match // the first line goes on a line begun before
      OUR_COMMAND.lastIndex = offset + lineBreak.length
      if (commands && !space && OUR_COMMAND.test(out)) return match
      return `${lineBreak}${space}\\u003A${colons.slice(1)}`
    })
    const lastBreak = out.lastIndexOf('\n')
    BLANK_TO_END.lastIndex = lastBreak + 1
    this.atLineStart = (lastBreak >= 0 || this.atLineStart) && BLANK_TO_END.test(out)
    const end = (this.hashes + out).slice(-2)
    this.hashes = end.endsWith('##') ? '##' : end.endsWith('#') ? '#' : ''
    this.write(out)
  }
}

/** The CLI's input/output, with `commands` for --format github's workflow commands. */
export interface SafeIo extends Io {
  commands: (s: string) => void
}

/** Wraps the streams a command line gives us: everything printed goes through a SafeStream. */
export function safeIo(io: Io): SafeIo {
  const stdout = new SafeStream(io.stdout, { colour: io.color })
  const stderr = new SafeStream(io.stderr, { colour: false })
  return { ...io, stdout: (s) => stdout.print(s), stderr: (s) => stderr.print(s), commands: (s) => stdout.print(s, true) }
}
