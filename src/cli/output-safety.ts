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

// Tab is kept: it moves nothing but the cursor to the next column, and copy has tabs.
const CONTROL = /[\0-\x08\n-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g
// The colours of --format stylish and `rules` (SGR: ESC [ numbers m), on stdout when it is a
// terminal; nothing else of ours is a control sequence.
const CONTROL_OR_COLOUR = new RegExp(`\\x1b\\[[0-9;]*m|${CONTROL.source}`, 'g')
// The workflow commands github.ts prints: its properties escape `:`, so the first `::` ends them.
const OUR_COMMAND = /^::(?:error|warning|notice) [^:]*::/

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
    const lines = text.split('\n')
    const safe = lines.map((line, i) => {
      const carried = i === 0 ? this.hashes : ''
      let out = (carried + line.replace(this.options.colour ? CONTROL_OR_COLOUR : CONTROL, (c) => (c.length > 1 ? c : escaped(c)))).replaceAll('##[', '##\\u005B').slice(carried.length)
      if ((i > 0 || this.atLineStart) && /^\s*::/.test(out) && !(commands && OUR_COMMAND.test(out))) out = out.replace(':', '\\u003A')
      return out
    })
    const last = safe[safe.length - 1]
    this.atLineStart = /^\s*$/.test(last) && (lines.length > 1 || this.atLineStart)
    this.hashes = (lines.length > 1 ? '' : this.hashes) + last
    this.hashes = /#{0,2}$/.exec(this.hashes)![0]
    this.write(safe.join('\n'))
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
