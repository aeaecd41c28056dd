// `--format sarif`: one SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, the SARIF
// viewers). Pure: the caller passes the working directory and the version; nothing is read here.
// Columns count UTF-16 code units, as the findings do; a region's endColumn is exclusive in both.
import { isAbsolute, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CUSTOM_RULE_ID, defaultRuleData, ruleUrl, type RuleData, type RuleSetData, type Severity } from '../engine/index.js'
import type { FileReport } from './format.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const INFORMATION_URI = 'https://github.com/cluetrain-lint/cluetrain-lint'
export const FINGERPRINT_KEY = 'cluetrain/v1'
const SRCROOT = '%SRCROOT%'

export interface SarifOptions {
  /** Absolute working directory: file paths in the reports are relative to it. */
  cwd: string
  /** The tool's version (package.json), as tool.driver.semanticVersion. */
  version?: string
  data?: RuleSetData
}

type Level = 'error' | 'warning' | 'note'
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' }

interface Descriptor {
  id: string
  name: string
  shortDescription: { text: string }
  fullDescription: { text: string }
  helpUri: string
  help: { text: string; markdown: string }
  defaultConfiguration: { level: Level }
  properties: { tags: string[]; principle: { id: string; name: string }; theses: number[]; languages: string[] }
}

export function sarif(reports: readonly FileReport[], options: SarifOptions): string {
  const data = options.data ?? defaultRuleData
  const rules = bundledDescriptors(data)
  const indexOf = new Map(rules.map((r, i) => [r.id, i]))
  const results = []
  for (const report of reports) {
    const artifactLocation = artifactLocationOf(report.path)
    for (const m of report.messages) {
      let ruleIndex = indexOf.get(m.ruleId)
      if (ruleIndex === undefined) {
        // `custom` (the team's phrases) and anything else not in the bundled set: described from the finding.
        ruleIndex = rules.push(findingDescriptor(m.ruleId, m)) - 1
        indexOf.set(m.ruleId, ruleIndex)
      }
      const descriptor = rules[ruleIndex]
      if (!descriptor.properties.languages.includes(m.language)) descriptor.properties.languages.push(m.language)
      const tags = descriptor.properties.tags
      if (!tags.includes(m.principle.id)) tags.push(m.principle.id, m.principle.name)
      const region = {
        startLine: m.line,
        startColumn: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        charOffset: m.offset,
        charLength: m.endOffset - m.offset,
      }
      results.push({
        ruleId: m.ruleId,
        ruleIndex,
        level: LEVEL[m.severity] ?? 'warning',
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: m.actual } } } }],
        ...(typeof m.fingerprint === 'string' ? { partialFingerprints: { [FINGERPRINT_KEY]: m.fingerprint } } : {}),
        // Only a fix the engine stands behind (issue #15): its range is the finding's, or wider
        // when words around it change with it (then given by offsets alone).
        ...(m.fix
          ? {
              fixes: [
                {
                  description: { text: m.fix.offset === m.offset && m.fix.endOffset === m.endOffset ? `Replace “${m.actual}” with “${m.fix.text}”.` : `Replace with “${m.fix.text}”.` },
                  artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: m.fix.offset === m.offset && m.fix.endOffset === m.endOffset ? region : { charOffset: m.fix.offset, charLength: m.fix.endOffset - m.fix.offset }, insertedContent: { text: m.fix.text } }] }],
                },
              ],
            }
          : {}),
        properties: { language: m.language, principle: m.principle, theses: m.theses, expected: m.expected },
      })
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Cluetrain Lint',
            informationUri: INFORMATION_URI,
            ...(options.version ? { semanticVersion: options.version } : {}),
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUrl(options.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** One descriptor per rule id, in rule-set order; a rule written for both languages is one rule. */
function bundledDescriptors(data: RuleSetData): Descriptor[] {
  const byId = new Map<string, RuleData[]>()
  for (const rule of data.rules) byId.set(rule.id, [...(byId.get(rule.id) ?? []), rule])
  return [...byId.values()].map((variants) => {
    const rule = variants.find((r) => r.language === 'en') ?? variants[0]
    const familyName = data.families[rule.family]?.en ?? rule.family
    const principle = `${rule.family} ${familyName}`
    const theses = `Cluetrain theses ${rule.theses.join(', ')}`
    const bad = rule.examples.bad.slice(0, 2)
    const good = rule.examples.good.slice(0, 2)
    const text = [
      rule.why.en,
      ...(bad.length ? ['', 'Flagged:', ...bad.map((s) => `  ${s}`)] : []),
      ...(good.length ? ['', 'Not flagged:', ...good.map((s) => `  ${s}`)] : []),
      '',
      `Principle: ${principle} (${theses}).`,
    ].join('\n')
    const markdown = [
      rule.why.en,
      ...(bad.length ? ['', 'Flagged:', '', ...bad.map((s) => `- ${s}`)] : []),
      ...(good.length ? ['', 'Not flagged:', '', ...good.map((s) => `- ${s}`)] : []),
      '',
      `Principle: **${principle}** (${theses}). [Rule documentation](${ruleUrl(rule.id)})`,
    ].join('\n')
    return {
      id: rule.id,
      name: pascalCase(rule.id),
      shortDescription: { text: `${genericMessage(rule.message.en)} (${principle}).` },
      fullDescription: { text: rule.why.en },
      helpUri: ruleUrl(rule.id),
      help: { text, markdown },
      defaultConfiguration: { level: LEVEL[rule.severity] },
      properties: {
        tags: [rule.family, familyName],
        principle: { id: rule.family, name: familyName },
        theses: rule.theses,
        languages: variants.map((r) => r.language),
      },
    }
  })
}

function findingDescriptor(id: string, m: FileReport['messages'][number]): Descriptor {
  const custom = id === CUSTOM_RULE_ID
  const short = custom ? 'A phrase on your team’s list in .cluetrain.yaml' : `Rule ${id}`
  const why = custom ? 'Your team listed this phrase in .cluetrain.yaml.' : `Findings of the rule ${id}.`
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: `${short}.` },
    fullDescription: { text: why },
    helpUri: m.url || ruleUrl(id),
    help: { text: why, markdown: why },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: [], principle: m.principle, theses: m.theses, languages: [] },
  }
}

/** “{actual}” is corporate jargon → “…” is corporate jargon; {count} → N. */
function genericMessage(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'actual' ? '…' : 'N'))
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')
}

/** A path relative to the working directory becomes a relative URI under %SRCROOT%. */
function artifactLocationOf(path: string): { uri: string; uriBaseId?: string } {
  const wellFormed = path.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  if (isAbsolute(wellFormed)) return { uri: pathToFileURL(wellFormed).href }
  return { uri: encodeRelativePath(wellFormed), uriBaseId: SRCROOT }
}

/** Forward slashes, each segment percent-encoded (RFC 3986: spaces, #, %, ?, :, non-ASCII…). */
export function encodeRelativePath(path: string): string {
  return path.split(sep).join('/').split('/').map(encodeURIComponent).join('/')
}

function directoryUrl(cwd: string): string {
  const href = pathToFileURL(cwd).href
  return href.endsWith('/') ? href : `${href}/`
}
