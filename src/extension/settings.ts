// The extension's settings (contributes.configuration in package.json), read in one place.
import * as vscode from 'vscode'
import type { CluetrainConfig, LintOptions } from '../engine/index.js'

export type RunMode = 'onType' | 'onSave' | 'manual'

export interface Settings {
  enable: boolean
  run: RunMode
  debounceMs: number
  documentLanguages: string[]
  language: 'auto' | 'en' | 'fr'
  severity: Record<string, 'error' | 'warning' | 'info' | 'hint'>
  maxFileSizeBytes: number
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('cluetrain', scope)
  return {
    enable: c.get('enable', true),
    run: c.get<RunMode>('run', 'onType'),
    debounceMs: Math.max(0, c.get('debounce', 300)),
    documentLanguages: c.get('documentLanguages', ['markdown', 'plaintext']),
    language: c.get('language', 'auto'),
    severity: c.get('severity', {}),
    maxFileSizeBytes: Math.max(1, c.get('maxFileSizeMB', 1)) * 1e6,
  }
}

/** The language of rule messages and hovers follows VS Code's display language. */
export function messageLocale(): 'en' | 'fr' {
  return vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

/** The engine options for a document: the setting's language wins over the config's unless auto. */
export function lintOptions(format: 'markdown' | 'text', settings: Settings, config: CluetrainConfig): LintOptions {
  return {
    format,
    language: settings.language !== 'auto' ? settings.language : config.language ?? 'auto',
    config,
    locale: messageLocale(),
  }
}
