// The report's one stylesheet. Two layers of custom properties: --c-* is our palette (light, and
// dark under prefers-color-scheme), and the names the rules use (--fg, --bg…) point at it, or, in
// a VS Code webview, at the editor theme's variables with our palette as the fallback.
// Palette contrasts against its background are at least 4.5:1 for text (WCAG AA).

const PALETTE = `
:root {
  color-scheme: light dark;
  --c-bg: #ffffff; --c-fg: #1f2328; --c-muted: #59636e; --c-border: #d1d9e0; --c-surface: #f6f8fa;
  --c-link: #0550ae; --c-accent: #0969da; --c-track: #e6eaef; --c-mark: #fff1b8;
  --c-error: #cf222e; --c-warning: #9a6700; --c-info: #0969da;
  --c-good: #1a7f37; --c-fair: #9a6700; --c-poor: #bc4c00; --c-bad: #cf222e;
}
@media (prefers-color-scheme: dark) {
  :root {
    --c-bg: #0d1117; --c-fg: #e6edf3; --c-muted: #9198a1; --c-border: #3d444d; --c-surface: #151b23;
    --c-link: #58a6ff; --c-accent: #4493f8; --c-track: #262c36; --c-mark: #4b3b0a;
    --c-error: #ff7b72; --c-warning: #d29922; --c-info: #58a6ff;
    --c-good: #3fb950; --c-fair: #d29922; --c-poor: #f0883e; --c-bad: #ff7b72;
  }
}`

const STANDALONE = `
:root {
  --bg: var(--c-bg); --fg: var(--c-fg); --muted: var(--c-muted); --border: var(--c-border);
  --surface: var(--c-surface); --link: var(--c-link); --accent: var(--c-accent); --track: var(--c-track);
  --mark: var(--c-mark); --error: var(--c-error); --warning: var(--c-warning); --info: var(--c-info);
  --good: var(--c-good); --fair: var(--c-fair); --poor: var(--c-poor); --bad: var(--c-bad);
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
  --size: 15px;
}`

const WEBVIEW = `
:root {
  --bg: var(--vscode-editor-background, var(--c-bg));
  --fg: var(--vscode-editor-foreground, var(--c-fg));
  --muted: var(--vscode-descriptionForeground, var(--c-muted));
  --border: var(--vscode-panel-border, var(--vscode-widget-border, var(--c-border)));
  --surface: var(--vscode-editorWidget-background, var(--c-surface));
  --link: var(--vscode-textLink-foreground, var(--c-link));
  --accent: var(--vscode-charts-blue, var(--c-accent));
  --track: var(--vscode-editorWidget-border, var(--c-track));
  --mark: var(--vscode-editor-findMatchHighlightBackground, var(--c-mark));
  --error: var(--vscode-errorForeground, var(--c-error));
  --warning: var(--vscode-editorWarning-foreground, var(--c-warning));
  --info: var(--vscode-editorInfo-foreground, var(--c-info));
  --good: var(--vscode-charts-green, var(--c-good));
  --fair: var(--vscode-charts-yellow, var(--c-fair));
  --poor: var(--vscode-charts-orange, var(--c-poor));
  --bad: var(--vscode-charts-red, var(--c-bad));
  --font: var(--vscode-font-family, system-ui, sans-serif);
  --mono: var(--vscode-editor-font-family, ui-monospace, monospace);
  --size: var(--vscode-font-size, 13px);
}`

const RULES = `
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); font: var(--size)/1.5 var(--font); }
body { margin: 0; }
.page { max-width: 1180px; margin: 0 auto; padding: 28px 32px 48px; }
a { color: var(--link); text-underline-offset: 2px; }
a:focus-visible, summary:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; border-radius: 2px; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 4px; font-weight: 650; }
h2 { font-size: 1.2rem; margin: 0 0 12px; font-weight: 620; }
h3 { font-size: 1rem; margin: 0; font-weight: 600; overflow-wrap: anywhere; }
p { margin: 0 0 8px; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
header.page-header { border-bottom: 1px solid var(--border); padding-bottom: 16px; margin-bottom: 24px; }
section { margin: 0 0 32px; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: 10px; padding: 18px 20px; min-width: 0; }
.overview { display: grid; grid-template-columns: minmax(240px, 1fr) minmax(240px, 1fr) minmax(240px, 1.2fr); gap: 16px; }
.charts { display: grid; grid-template-columns: minmax(0, 1.85fr) minmax(0, 1fr); gap: 16px; align-items: start; }
@media (max-width: 900px) { .overview, .charts { grid-template-columns: 1fr; } }
.score-label { font-weight: 600; margin: 0; }
.score { margin: 2px 0 6px; display: flex; align-items: baseline; gap: 6px; }
.score-value { font-size: 3.4rem; font-weight: 700; line-height: 1; font-variant-numeric: tabular-nums; }
.score-max { color: var(--muted); font-size: 1.1rem; }
.band { font-weight: 600; margin: 8px 0 8px; }
.formula { color: var(--muted); font-size: 0.85rem; margin: 0; }
.good { color: var(--good); } .fair { color: var(--fair); } .poor { color: var(--poor); } .bad { color: var(--bad); }
svg .fill.good { fill: var(--good); } svg .fill.fair { fill: var(--fair); } svg .fill.poor { fill: var(--poor); } svg .fill.bad { fill: var(--bad); }
svg.meter { display: block; width: 100%; max-width: 240px; height: 10px; }
dl.stats { display: grid; grid-template-columns: 1fr auto; gap: 6px 0; margin: 0; }
dl.stats dt { color: var(--muted); }
dl.stats dd { margin: 0; padding-left: 16px; text-align: right; font-weight: 600; font-variant-numeric: tabular-nums; }
dl.stats .group { border-top: 1px solid var(--border); padding-top: 8px; margin-top: 2px; }
ol.costs { list-style: none; margin: 0; padding: 0; }
ol.costs li { display: flex; justify-content: space-between; gap: 12px; padding: 4px 0; border-bottom: 1px solid var(--border); }
ol.costs li:last-child { border-bottom: 0; }
ol.costs .pts { font-variant-numeric: tabular-nums; color: var(--muted); white-space: nowrap; }
/* Never wider than drawn, so labels never grow past their size; narrower screens shrink it. */
svg.chart { display: block; max-width: 100%; height: auto; overflow: visible; }
svg.chart text { font: 13.5px var(--font); fill: var(--fg); }
svg.chart text.value { font-weight: 600; font-variant-numeric: tabular-nums; }
svg .track { fill: var(--track); }
svg .bar { fill: var(--accent); }
svg .bar.lang { fill: var(--good); }
details { margin-top: 12px; }
summary { cursor: pointer; color: var(--link); font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 6px; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--border); }
thead th { font-weight: 600; color: var(--muted); font-size: 0.82rem; text-transform: uppercase; letter-spacing: 0.03em; border-bottom: 2px solid var(--border); white-space: nowrap; }
tbody th { font-weight: 500; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.table-wrap { overflow-x: auto; border: 1px solid var(--border); border-radius: 10px; }
.table-wrap table { border: 0; }
.table-wrap tr:last-child > * { border-bottom: 0; }
.path { font-family: var(--mono); font-size: 0.88rem; overflow-wrap: anywhere; }
.flagged { background: var(--mark); border-radius: 3px; padding: 0 3px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.suggestions { color: var(--fg); }
.message { color: var(--muted); font-size: 0.88rem; min-width: 18em; }
.sev { display: inline-block; font-size: 0.78rem; font-weight: 600; padding: 0 7px; border: 1px solid currentColor; border-radius: 999px; white-space: nowrap; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
.rule { white-space: nowrap; }
.pos { font-family: var(--mono); font-size: 0.88rem; white-space: nowrap; }
.chip { display: inline-block; font-weight: 600; font-variant-numeric: tabular-nums; }
.file { margin: 0 0 24px; }
.file-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 14px; margin: 0 0 8px; }
.file-head .meta { color: var(--muted); font-size: 0.9rem; }
.note { color: var(--muted); margin-top: 10px; }
footer { color: var(--muted); font-size: 0.85rem; border-top: 1px solid var(--border); padding-top: 14px; }
@media print { .page { padding: 0; } details > * { display: block; } .card, .table-wrap { break-inside: avoid; } }
`

export function stylesheet(target: 'standalone' | 'webview'): string {
  return `${PALETTE}${target === 'webview' ? WEBVIEW : STANDALONE}${RULES}`
}
