// One LintSession per open document, made again when the document's options change (a setting,
// its .cluetrain.yaml). The live-lint worker holds this table; where no worker can start, the
// extension host holds it instead (live-client.ts).
import type { LintOptions, LintSession } from '../engine/index.js'
import { loadEngine, scored, type Linted } from './engine.js'

export class SessionTable {
  private readonly sessions = new Map<string, { options: string; session: LintSession }>()

  lint(document: string, text: string, options: LintOptions): Linted {
    const engine = loadEngine()
    const key = JSON.stringify(options)
    let held = this.sessions.get(document)
    if (!held || held.options !== key) this.sessions.set(document, (held = { options: key, session: new engine.LintSession(options) }))
    return scored(held.session.lint(text))
  }

  forget(document: string): void {
    this.sessions.delete(document)
  }
}
