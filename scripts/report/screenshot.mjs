#!/usr/bin/env node
// Builds the audit report of examples/ with the built engine and report (dist/), opens it in
// headless Chromium with the network cut off, checks that it loads nothing and that its charts
// render, and takes screenshots in light and dark:
//   .cache/report/report.html, report.md, report-light.png, report-dark.png (and media/report.png,
//   the README's picture, with --update-media)
//
// Usage: node scripts/report/screenshot.mjs [--update-media]   (run by `npm run test:e2e`)
// Needs: `npm run build`, and `bash scripts/e2e/setup.sh` for Chromium and playwright-core.
// Exit codes: 0 all checks passed, 1 a check failed (the message says which), 2 tools or build missing.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const OUT = path.join(REPO, '.cache/report');
const PROSE = /\.(md|markdown|mdown|mkd|mkdn|txt|text)$/i;
const VIEWPORT = { width: 1200, height: 900 };
const NONCE = 'c2NyZWVuc2hvdC1jaGVjaw';
const UPDATE_MEDIA = process.argv.includes('--update-media');

class CheckFailed extends Error {}
const fail = (message) => { throw new CheckFailed(message); };
const missing = (message) => { console.error(`screenshot: ${message}`); process.exit(2); };

function proseFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...proseFiles(full));
    else if (PROSE.test(entry.name)) out.push(full);
  }
  return out.sort();
}

async function buildReport() {
  const engineJs = path.join(REPO, 'dist/engine/index.js');
  const reportJs = path.join(REPO, 'dist/report/index.js');
  for (const file of [engineJs, reportJs]) {
    if (!fs.existsSync(file)) missing(`${path.relative(REPO, file)} not found: run \`npm run build\``);
  }
  const { lint } = await import(pathToFileURL(engineJs).href);
  const { ReportBuilder, renderHtml, renderMarkdown } = await import(pathToFileURL(reportJs).href);
  const builder = new ReportBuilder({ title: 'Cluetrain Lint audit: examples/' });
  for (const file of proseFiles(path.join(REPO, 'examples'))) {
    const result = lint(fs.readFileSync(file, 'utf8'), { format: /\.(txt|text)$/i.test(file) ? 'text' : 'markdown' });
    builder.add({ path: path.relative(REPO, file).split(path.sep).join('/'), language: result.language, words: result.words, findings: result.findings });
  }
  const report = builder.finish();
  // Links from .cache/report/ back to the files, as a CLI run from the repository would write them.
  const fileHref = (p) => path.relative(OUT, path.join(REPO, p)).split(path.sep).join('/');
  fs.mkdirSync(OUT, { recursive: true });
  const htmlFile = path.join(OUT, 'report.html');
  fs.writeFileSync(htmlFile, renderHtml(report, { fileHref }));
  fs.writeFileSync(path.join(OUT, 'report.md'), renderMarkdown(report, { fileHref }));
  const webviewFile = path.join(OUT, 'webview.html');
  fs.writeFileSync(webviewFile, renderHtml(report, { target: 'webview', nonce: NONCE, cspSource: 'https://file+.vscode-resource.vscode-cdn.net' }));
  return { report, htmlFile, webviewFile };
}

async function loadTools() {
  let e2e;
  try {
    e2e = await import(pathToFileURL(path.join(REPO, 'scripts/e2e/run-vscode.mjs')).href);
  } catch (error) {
    missing(`scripts/e2e/run-vscode.mjs cannot be loaded: ${error.message}`);
  }
  if (!fs.existsSync(e2e.CHROMIUM)) missing(`Chromium not found at ${e2e.CHROMIUM}: run \`bash scripts/e2e/setup.sh\``);
  try {
    e2e.loadPlaywright();
  } catch (error) {
    missing(`${error.message}`);
  }
  return e2e;
}

// WCAG relative luminance contrast of two computed CSS colours (rgb()/rgba(), opaque assumed).
function contrast(a, b) {
  const lum = (css) => {
    const [r, g, bl] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

async function checkCharts(page, report) {
  const expected = { 'chart-family': report.byFamily, 'chart-language': report.byLanguage };
  for (const [id, rows] of Object.entries(expected)) {
    const chart = page.locator(`svg#${id}`);
    if (!(await chart.isVisible())) fail(`chart ${id} is not visible`);
    const bars = await chart.locator('rect.bar').evaluateAll((rects) => rects.map((r) => {
      const box = r.getBoundingClientRect();
      return { value: Number(r.dataset.value), width: box.width, height: box.height };
    }));
    if (bars.length !== rows.length) fail(`chart ${id} has ${bars.length} bars, expected ${rows.length}`);
    const drawn = bars.filter((b) => b.value > 0);
    if (!drawn.length) fail(`chart ${id} has no bar with a value`);
    for (const bar of drawn) if (!(bar.width > 0 && bar.height > 0)) fail(`chart ${id}: a bar of ${bar.value} renders ${bar.width}×${bar.height}`);
    const largest = drawn.reduce((a, b) => (b.value > a.value ? b : a));
    for (const bar of bars) {
      const want = (bar.value / largest.value) * largest.width;
      if (Math.abs(bar.width - want) > 1) fail(`chart ${id}: a bar of ${bar.value} is ${bar.width.toFixed(1)}px wide, expected ${want.toFixed(1)}px`);
    }
    const labels = await chart.locator('text.label').allTextContents();
    if (labels.length !== rows.length || labels.some((t) => !t.trim())) fail(`chart ${id}: labels ${JSON.stringify(labels)}`);
    const title = await chart.locator('title').textContent();
    if (!title?.trim()) fail(`chart ${id} has no <title>`);
  }
}

async function checkContrast(page, scheme) {
  const pairs = await page.evaluate(() => {
    const color = (selector, property = 'color') => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el)[property] : undefined;
    };
    const bg = getComputedStyle(document.documentElement).backgroundColor;
    const surface = color('.card', 'backgroundColor');
    return [
      ['text', color('html'), bg],
      ['muted text', color('.muted'), bg],
      ['link', color('a.rule'), bg],
      ['error', color('.sev-error'), surface],
      ['warning', color('.sev-warning'), surface],
      ['info', color('.sev-info'), surface],
      ['score', color('.score-value'), surface],
    ];
  });
  for (const [what, fg, bg] of pairs) {
    if (!fg || !bg) fail(`${scheme}: no colour for ${what}`);
    const ratio = contrast(fg, bg);
    if (ratio < 4.5) fail(`${scheme}: ${what} contrast ${ratio.toFixed(2)}:1 (${fg} on ${bg}) is under 4.5:1`);
  }
}

// The webview page in a browser with a stand-in acquireVsCodeApi: styles and script pass its
// nonce-only CSP, and a position link posts 'open' on a click and on Enter.
async function checkWebview(browser, report, webviewFile) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(() => {
    window.posted = [];
    window.violations = [];
    window.acquireVsCodeApi = () => ({ postMessage: (message) => window.posted.push(message) });
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const pageUrl = pathToFileURL(webviewFile).href;
  const blocked = [];
  await page.route('**/*', (route) => (route.request().url() === pageUrl ? route.continue() : (blocked.push(route.request().url()), route.abort())));
  await page.goto(pageUrl, { waitUntil: 'load' });
  if (blocked.length) fail(`the webview report asked for ${blocked.join(', ')}`);
  const radius = await page.locator('.card').first().evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
  if (radius !== '10px') fail('the webview report\'s stylesheet was not applied (nonce?)');
  const file = report.files.find((f) => f.findings?.length);
  const [first, second] = file.findings;
  const link = (f) => page.locator(`td a[data-path][data-line="${f.line}"][data-column="${f.column}"]`).first();
  await link(first).click();
  await link(second).focus();
  await page.keyboard.press('Enter');
  const posted = await page.evaluate(() => window.posted);
  const want = [first, second].map((f) => ({ type: 'open', path: file.path, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }));
  if (JSON.stringify(posted) !== JSON.stringify(want)) fail(`the webview posted ${JSON.stringify(posted)}, expected ${JSON.stringify(want)}`);
  const violations = await page.evaluate(() => window.violations);
  if (violations.length) fail(`CSP violations in the webview report: ${violations.join(', ')}`);
  await page.close();
}

async function main() {
  const { report, htmlFile, webviewFile } = await buildReport();
  const e2e = await loadTools();
  const runDir = e2e.makeRunDir('report');
  const browser = await e2e.launchBrowser({ runDir });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const pageUrl = pathToFileURL(htmlFile).href;
    const blocked = [];
    await page.route('**/*', (route) => {
      if (route.request().url() === pageUrl) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    const problems = [];
    page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pageUrl, { waitUntil: 'load' });
    if (blocked.length) fail(`the report asked for ${blocked.length} other resource(s): ${blocked.join(', ')}`);
    if (problems.length) fail(`the page logged errors: ${problems.join(' | ')}`);
    if ((await page.locator('script').count()) !== 0) fail('a standalone report has a <script>');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    if (!csp?.includes("default-src 'none'")) fail(`CSP is ${csp}`);
    await checkCharts(page, report);
    const score = (await page.locator('#overall-score').textContent())?.trim();
    if (score !== String(report.score)) fail(`the page shows the score ${score}, the report says ${report.score}`);

    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await checkContrast(page, scheme);
      await page.screenshot({ path: path.join(OUT, `report-${scheme}.png`), fullPage: true });
      if (scheme === 'light' && UPDATE_MEDIA) {
        fs.mkdirSync(path.join(REPO, 'media'), { recursive: true });
        // The README picture: the page's top, down to the end of the charts.
        const charts = await page.locator('section.charts').boundingBox();
        await page.screenshot({ path: path.join(REPO, 'media/report.png'), clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.ceil(charts.y + charts.height + 28) } });
      }
    }
    await checkWebview(browser, report, webviewFile);
    console.log(`report: ${path.relative(REPO, htmlFile)} (score ${report.score}, ${report.totals.findings} findings in ${report.totals.files} files)`);
    console.log(`checks passed: no network request, ${report.byFamily.length} + ${report.byLanguage.length} bars drawn to scale, contrast ≥ 4.5:1 in light and dark, webview links post 'open' under its CSP`);
    console.log(`screenshots: .cache/report/report-light.png, .cache/report/report-dark.png${UPDATE_MEDIA ? ', media/report.png' : ''}`);
  } finally {
    await browser.close();
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof CheckFailed ? `screenshot: check failed: ${error.message}` : error);
    process.exit(error instanceof CheckFailed ? 1 : 2);
  },
);
