// Size and speed benchmark (not a test): every file in dist/ with its raw, gzip and brotli
// size, the total a first visit to the home page downloads, and (with Chromium) what a first
// visit to each top-level route transfers, by kind, the layout shift when the islands start,
// and on a 4× CPU-throttled phone the time to answer a click and to bring a chart to life.
//   node scripts/bench.mjs [dist]
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (!/\.(gz|br)$/.test(entry.name)) yield path; // precompressed copies (scripts/compress.mjs)
  }
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = [];
for await (const path of files(dist)) {
  const body = await readFile(path);
  rows.push({
    path: relative(dist, path),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
rows.sort((a, b) => b.raw - a.raw);
console.log(`${'file'.padEnd(44)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
for (const r of rows) console.log(`${r.path.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.br)}`);

const echartsRow = rows.find((r) => r.path.startsWith('vendor/echarts-'));
if (echartsRow) {
  console.log(`\nECharts custom build (${echartsRow.path}, loaded only on chart pages): raw ${kb(echartsRow.raw).trim()} KB, gzip ${kb(echartsRow.gzip).trim()} KB, brotli ${kb(echartsRow.br).trim()} KB`);
}

// What the home page needs on a first visit: its HTML and every asset it references.
const home = rows.find((r) => r.path === 'en/index.html');
const html = await readFile(join(dist, 'en/index.html'), 'utf8');
// Only what the browser fetches: href/src attributes and the loader's quoted URLs, not the
// share image named in a <meta> tag.
const fetched = (path) => new RegExp(`(href=|src=|from '|module_or_path: ')/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(html);
const referenced = rows.filter((r) => !r.path.endsWith('.html') && fetched(r.path));
const first = [home, ...referenced].filter(Boolean);
const sum = (key) => first.reduce((n, r) => n + r[key], 0);
console.log(`\nhome page first visit (${first.map((r) => r.path).join(', ')}):`);
console.log(`  raw ${kb(sum('raw')).trim()} KB, gzip ${kb(sum('gzip')).trim()} KB, brotli ${kb(sum('br')).trim()} KB`);

// Layout shift when the app takes over the prerendered page (CLS, from Chromium's
// layout-shift entries), for every section page in both languages. Skipped without Chromium.
import { existsSync } from 'node:fs';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromiumPath)) {
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('./static-server.mjs');
  const server = await serveStatic(dist);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  console.log('\nlayout shift when the app takes over (390 px wide):');
  const sections = ['', 'outcomes/', 'stories/', 'map/', 'programmes/', 'partners/', 'press/', 'figures/commercialisation-revenue/'];
  let worst = 0;
  for (const lang of ['ko', 'en']) {
    for (const section of sections) {
      const path = `/${lang}/${section}`;
      await page.goto(origin + path);
      // Pages of plain reading and links ship without the app: nothing takes them over.
      const app = await page.evaluate(() => document.querySelector('meta[name="gw-start"]') !== null);
      if (app) await page.waitForSelector('#gw-app[data-gw-ready]', { timeout: 20_000 });
      await page.waitForTimeout(300);
      const cls = await page.evaluate(() => window.__cls);
      worst = Math.max(worst, cls);
      console.log(`  ${path.padEnd(42)} CLS ${cls.toFixed(4)}${app ? '' : '  (no app: plain HTML)'}`);
    }
  }
  console.log(`  worst CLS ${worst.toFixed(4)}`);

  // A first visit to every top-level route (empty cache, no chart woken: the chart library
  // loads only when a reader points at a chart), bytes on the wire by kind.
  const kinds = ['html', 'css', 'wasm', 'js', 'data', 'images'];
  const kindOf = (url) => {
    const path = new URL(url).pathname;
    if (path.endsWith('/') || path.endsWith('.html')) return 'html';
    if (path.endsWith('.css')) return 'css';
    if (path.endsWith('.wasm')) return 'wasm';
    if (path.endsWith('.js')) return 'js';
    if (/\.(svg|png|jpe?g|webp|ico)$/.test(path)) return 'images';
    return 'data';
  };
  const routes = ['', ...(await readdir(join(dist, 'en'), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && !['embed', 'figures', 'offline'].includes(e.name))
    .map((e) => `${e.name}/`), 'figures/commercialisation-revenue/'];
  console.log('\nfirst visit, KB transferred (encoded) by kind; the app pages wait for the app:');
  console.log(`  ${'route'.padEnd(42)}${kinds.map((k) => k.padStart(8)).join('')}${'total'.padStart(9)}`);
  for (const lang of ['ko', 'en']) {
    for (const route of routes) {
      const path = `/${lang}/${route}`;
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
      const visit = await context.newPage();
      const bytes = Object.fromEntries(kinds.map((k) => [k, 0]));
      const done = [];
      visit.on('requestfinished', (request) => done.push(request.sizes().then((sizes) => {
        bytes[kindOf(request.url())] += sizes.responseBodySize + sizes.responseHeadersSize;
      })));
      await visit.goto(origin + path);
      const app = await visit.evaluate(() => document.querySelector('meta[name="gw-start"]') !== null);
      if (app) await visit.waitForSelector('#gw-app[data-gw-ready]', { timeout: 20_000 });
      await visit.waitForLoadState('networkidle');
      await Promise.all(done);
      const total = kinds.reduce((n, k) => n + bytes[k], 0);
      console.log(`  ${path.padEnd(42)}${kinds.map((k) => (bytes[k] / 1024).toFixed(1).padStart(8)).join('')}${(total / 1024).toFixed(1).padStart(9)}`);
      await context.close();
    }
  }

  // Interaction on a 4× CPU-throttled phone (Chromium's CPU throttling; the network is this
  // machine's loopback, served with the host's caching of hashed files): from the first
  // paint until the page answers a click, and from pointing at a chart until it is live.
  const cached = await serveStatic(dist, 0, '127.0.0.1', '', { cacheHashed: true });
  const slow = `http://127.0.0.1:${cached.address().port}`;
  const throttled = async (context) => {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await tab.addInitScript(() => {
      // When the page's islands have started (the attribute main.rs sets), in page time.
      new MutationObserver((_, observer) => {
        if (document.querySelector('#gw-app[data-gw-ready]')) { window.__ready = performance.now(); observer.disconnect(); }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-gw-ready'] });
    });
    return tab;
  };
  const firstPaint = (tab) => tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  // Clicks `selector` as soon as the islands run and waits (in the page) until `answered`.
  const answer = async (tab, selector, answered) => {
    await tab.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
    await tab.locator(selector).first().waitFor({ timeout: 60_000 });
    return tab.evaluate(async ([selector, answered]) => {
      const start = performance.now();
      document.querySelector(selector).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      const done = new Function(`return (${answered})`);
      while (!done()) await new Promise((r) => requestAnimationFrame(r));
      return { start, end: performance.now() };
    }, [selector, answered]);
  };
  const clicks = [
    ['/en/programmes/', 'input[name="need"][value="rnd"]', "location.search === '?need=rnd'"],
    ['/en/firms/', 'a.gw-filter__link[data-role="tenant"]', "location.search === '?role=tenant' && document.querySelector('.gw-firm[hidden]') !== null"],
    ['/en/zones/', 'a.gw-filter__link[href="?status=active"]', "location.search === '?status=active'"],
    ['/en/map/', '.gw-map__site[data-site="severance"]', "document.querySelector('.gw-map__site[data-site=\"severance\"]').getAttribute('aria-pressed') === 'true'"],
  ];
  console.log('\n4× CPU throttling: first paint → the page answers a click (ms; budget 1,500):');
  for (const [path, selector, answered] of clicks) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const tab = await throttled(context);
    await tab.goto(slow + path);
    const { end } = await answer(tab, selector, answered);
    const paint = await firstPaint(tab);
    const ready = await tab.evaluate(() => window.__ready);
    console.log(`  ${path.padEnd(20)} first paint ${paint.toFixed(0).padStart(5)}  islands ready ${ready.toFixed(0).padStart(5)}  click answered ${end.toFixed(0).padStart(5)}  → ${(end - paint).toFixed(0).padStart(5)} ms`);
    await context.close();
  }

  // Pointing at a chart: the library fetched and compiled (first visit), then from the HTTP
  // cache (second), then with V8's code cache too (third, which Chromium writes for a
  // script it has run twice), until the chart has drawn; timed in the page from the pointer
  // entering the chart.
  console.log('\n4× CPU throttling: pointing at a chart → the live chart (ms; budget 1,000, library cached 300):');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const tab = await throttled(context);
  for (const visit of ['first visit', 'second visit (HTTP cache)', 'third visit (code cache too)']) {
    await tab.goto(slow + '/en/outcomes/');
    await tab.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000 });
    const ms = await tab.evaluate(async () => {
      const box = document.querySelector('#chart-growth .gw-chart__box');
      const start = performance.now();
      box.dispatchEvent(new PointerEvent('pointerenter'));
      while (!document.querySelector('#chart-growth .gw-chart__canvas--drawn canvas')) await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    });
    console.log(`  ${visit.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms`);
  }
  await context.close();
  cached.close();

  await browser.close();
  server.close();
}
