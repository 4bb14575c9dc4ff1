// Every route is real HTML: it reads without JavaScript, carries its own head tags, and
// the app takes over without changing what the page says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { site, openPage, visit, shipsApp, assertNoProblems } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const published = JSON.parse(await readFile(`${dist}/data/figures.json`, 'utf8'));

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name === 'index.html') out.push(path);
  }
  return out;
}

/** Site paths of every page in both languages, from the built files. */
const routes = (await htmlFiles(dist))
  .map((file) => '/' + relative(dist, file).replace(/index\.html$/, ''))
  .filter((path) => path.startsWith('/ko/') || path.startsWith('/en/'))
  .sort();

test('the build wrote every section and figure page in both languages', () => {
  for (const figure of published.figures) {
    assert.ok(routes.includes(figure.pages.ko) && routes.includes(figure.pages.en), figure.id);
  }
  for (const lang of ['ko', 'en']) {
    for (const section of ['', 'outcomes/', 'stories/', 'map/', 'programmes/', 'partners/', 'press/']) {
      assert.ok(routes.includes(`/${lang}/${section}`), `/${lang}/${section}`);
    }
  }
});

test('every prerendered page has its own title, language, canonical URL, alternates and share tags', async () => {
  const titles = new Map();
  for (const path of routes) {
    const html = await readFile(join(dist, path, 'index.html'), 'utf8');
    const lang = path.slice(1, 3);
    const title = html.match(/<title>([^<]+)<\/title>/)?.[1];
    assert.ok(title, `${path}: <title>`);
    assert.ok(!titles.has(title), `${path}: title "${title}" also used by ${titles.get(title)}`);
    titles.set(title, path);
    assert.match(html, new RegExp(`<html lang="${lang}"`), `${path}: html lang`);
    const link = (rel, extra = '') => new RegExp(`<link href="[^"]*${extra}" (hreflang="[^"]+" )?rel="${rel}"`);
    assert.match(html, new RegExp(`<link href="https?://[^"]+${path}" rel="canonical">`), `${path}: canonical`);
    for (const hreflang of ['ko', 'en', 'x-default']) {
      assert.match(html, new RegExp(`<link href="https?://[^"]+" hreflang="${hreflang}" rel="alternate">`), `${path}: hreflang ${hreflang}`);
    }
    assert.match(html, link('canonical'));
    for (const property of ['og:title', 'og:description', 'og:image', 'og:url', 'og:locale', 'og:type']) {
      assert.match(html, new RegExp(`<meta property="${property}" content="[^"]+">`), `${path}: ${property}`);
    }
    for (const name of ['description', 'twitter:card', 'twitter:title', 'twitter:image']) {
      assert.match(html, new RegExp(`<meta name="${name}" content="[^"]+">`), `${path}: ${name}`);
    }
  }
  const notFound = await readFile(join(dist, '404.html'), 'utf8');
  assert.match(notFound, /<meta name="robots" content="noindex">/);
  assert.match(notFound, /페이지를 찾을 수 없습니다/);
  assert.match(notFound, /Page not found/);
  const sitemap = await readFile(join(dist, 'sitemap.xml'), 'utf8');
  // The sitemap lists exactly the pages search engines may index.
  for (const path of routes) {
    const noindex = /<meta name="robots" content="noindex">/.test(await readFile(join(dist, path, 'index.html'), 'utf8'));
    assert.equal(sitemap.includes(`${path}</loc>`), !noindex, `sitemap ${noindex ? 'leaves out' : 'lists'} ${path}`);
  }
  assert.match(await readFile(join(dist, 'robots.txt'), 'utf8'), /Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

test('without JavaScript every page shows its heading, text and figures, and its links lead to real pages', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const checked = new Set();
  for (const path of routes) {
    const response = await page.goto(site.origin + path);
    assert.equal(response.status(), 200, path);
    const h1 = (await page.locator('main h1').innerText()).trim();
    assert.ok(h1.length > 0, `${path}: heading`);
    const figure = published.figures.find((f) => f.pages.ko === path || f.pages.en === path);
    if (figure) {
      const lang = path.slice(1, 3);
      assert.equal(h1, figure.label[lang], `${path}: heading`);
      assert.ok((await page.locator('main').innerText()).includes(figure.formatted[lang]), `${path}: value`);
    }
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) {
      const target = href.split('#')[0];
      if (!target || checked.has(target)) continue;
      checked.add(target);
      const r = await page.request.get(site.origin + target, { maxRedirects: 0 });
      assert.equal(r.status(), 200, `${path} links to ${target}`);
    }
  }
  assert.ok(checked.size > routes.length / 2, `${checked.size} distinct internal links checked`);
  await context.close();
});

test('after its islands start, every page shows the same text as its prerendered HTML', async () => {
  const noJs = await site.browser.newContext({ javaScriptEnabled: false });
  const staticPage = await noJs.newPage();
  const { context, page, problems } = await openPage();
  // Regions marked `data-gw-live` are filled in the browser (the map, fetched when the page
  // opens); everything else must read the same.
  const text = (p) => p.evaluate(() => {
    document.querySelectorAll('#gw-app [data-gw-live]').forEach((el) => el.replaceChildren());
    return document.querySelector('#gw-app').innerText;
  });
  for (const path of routes) {
    await staticPage.goto(site.origin + path);
    const before = await text(staticPage);
    await visit(page, path);
    // A page shipped as plain HTML is the build's HTML: nothing starts to change it.
    if (!(await shipsApp(page))) continue;
    if (path.endsWith('/map/')) await page.waitForSelector('.gw-map__svg');
    const after = await text(page);
    assert.equal(after, before, `${path}: the islands render other text than the prerendered HTML`);
  }
  assertNoProblems(problems, 'take-over');
  await noJs.close();
  await context.close();
});
