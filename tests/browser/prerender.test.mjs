// Every route is a page the build wrote, with its own head tags. (That each reads without
// JavaScript, and that its islands start without changing what it says, is checked on the
// one visit per route of routes.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtRoutes } from './built.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const published = JSON.parse(await readFile(`${dist}/data/figures.json`, 'utf8'));

/** Site paths of every page in both languages, from the built files. */
const routes = await builtRoutes(dist);

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

