// Shared set-up for the browser tests: serves dist/ with the plain static server, starts
// Debian's headless Chromium through playwright-core, and watches every page for console
// errors, uncaught exceptions and requests that leave the local origin.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.mjs';

const require = createRequire(import.meta.url);
// Injected through the DevTools protocol: the pages' Content-Security-Policy (rightly)
// refuses inline scripts, which addScriptTag would add.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Flags verified to work as root on a machine with no internet (see TOOLCHAIN.md).
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export const site = { origin: '', browser: null, server: null };

before(async () => {
  site.server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  site.origin = `http://127.0.0.1:${site.server.address().port}`;
  site.browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await site.browser?.close();
  await new Promise((ok) => site.server?.close(ok) ?? ok());
});

/**
 * A fresh browser context and page. `problems` collects console errors, page errors and
 * any request to another origin (those are also aborted, so nothing leaves the machine).
 * `expectedErrors` are regexps for console errors a test provokes on purpose.
 */
export async function openPage({ locale = 'en-US', viewport = { width: 1280, height: 900 }, colorScheme = 'light', expectedErrors = [], serviceWorkers = 'block' } = {}) {
  // The service worker is blocked unless a test asks for it: requests it answered would
  // bypass the routes tests set (tests/browser/offline.test.mjs tests the worker).
  const context = await site.browser.newContext({ locale, viewport, colorScheme, serviceWorkers });
  const problems = [];
  const local = (url) => url.startsWith(site.origin + '/') || url === site.origin || url.startsWith('data:') || url.startsWith('blob:');
  if (serviceWorkers === 'block') {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (local(url)) return route.continue();
      problems.push(`request to another origin: ${url}`);
      return route.abort();
    });
  } else {
    // A route would take requests away from the worker, so outside requests are only seen.
    context.on('request', (request) => {
      if (!local(request.url())) problems.push(`request to another origin: ${request.url()}`);
    });
  }
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    const text = msg.text();
    if (expectedErrors.some((re) => re.test(text))) return;
    if (msg.type() === 'error') problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  return { context, page, problems };
}

/**
 * Loads `path` and, when the page ships the WebAssembly app (pages of plain reading and links
 * ship without it), waits until the app has taken over the page.
 */
export async function visit(page, path) {
  const response = await page.goto(site.origin + path);
  if (await shipsApp(page)) await appReady(page);
  return response;
}

/** Whether the loaded page starts the app (its start-up script is in the document). */
export async function shipsApp(page) {
  return page.evaluate(() => document.querySelector('meta[name="gw-start"]') !== null);
}

/**
 * Holds the page's wasm back until `release()`, as on a slow phone, so a test can act on the
 * build's page before its islands start. `held()` waits until the page has asked for the
 * wasm and checks that the islands have not started.
 */
export async function holdWasm(page) {
  let release;
  let asked = false;
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { asked = true; await gate; await route.continue(); });
  return {
    release,
    async held() {
      for (let i = 0; i < 100 && !asked; i++) await page.waitForTimeout(50);
      assert.ok(asked, 'the page asked for the wasm, and it is held back');
      assert.equal(await page.locator('#gw-app[data-gw-ready]').count(), 0, 'the island has not started yet');
    },
  };
}

export async function appReady(page) {
  await page.waitForSelector('#gw-app[data-gw-ready]', { timeout: 20_000 });
}

/**
 * Points at every chart on the page, as a reader would (the chart library loads and draws a
 * chart only then), and waits until each is drawn.
 */
export async function wakeCharts(page) {
  const boxes = page.locator('.gw-chart__box');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) await boxes.nth(i).hover();
  await page.waitForFunction((n) => document.querySelectorAll('.gw-chart__canvas canvas').length >= n, count, { timeout: 20_000 });
  return count;
}

/** The rules run: WCAG 2.0–2.2 A and AA (2.2 brings the 24 px target size) and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Runs axe-core on the current page and fails listing every violation. */
export async function assertNoAxeViolations(page, label) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
  assert.deepEqual(violations, [], `${label}: axe violations`);
}

export function assertNoProblems(problems, label) {
  assert.deepEqual(problems, [], `${label}: console errors or outside requests`);
}

/** Minimal RFC 4180 parser (quoted fields, doubled quotes, embedded newlines). */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/**
 * The level-1 heading a page reached by a navigation link shows: its title, except on the
 * home page, whose heading is its one-sentence statement.
 */
export function headingOf(page, link) {
  if (/\/(ko|en)\/$/.test(link.path)) return page.locator('h1.gw-hero__statement');
  return page.getByRole('heading', { level: 1, name: link.name, exact: true });
}
