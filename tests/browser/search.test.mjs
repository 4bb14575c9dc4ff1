// Search in the browser, in both languages: a figure is found by its Korean label, by
// English word prefixes and by its number as the site writes it; the query lives in the URL
// (a reload or a shared link restores it); the header's box reaches it from a page with no
// script; the index is fetched only when someone searches, and a failed fetch says so and
// retries; every result's link leads to something on its page; what a reader types before
// the search starts is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { site, openPage, visit, shipsApp, holdWasm, assertNoProblems, assertNoAxeViolations } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const { figures } = JSON.parse(await readFile(`${dist}/data/figures.json`, 'utf8'));
const INDEX = /\/data\/search-(ko|en)\.json$/;

/** The results listed now: each as kind, title and link. */
async function results(page) {
  await page.waitForSelector('.gw-search__count');
  return page.locator('.gw-result').evaluateAll((els) => els.map((el) => ({
    kind: el.dataset.kind,
    title: el.querySelector('.gw-result__title').textContent,
    href: el.querySelector('.gw-result__title').getAttribute('href'),
  })));
}

/** Searches from the page's own box, as a reader types. */
async function type(page, query) {
  await page.locator('#gw-search-q').fill(query);
  await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query);
}

const figurePath = (lang, f) => `/${lang}/figures/${f.id}/`;
// A sourced figure whose value is written with a decimal point in both languages, and its
// number as each language writes it.
const DECIMAL = /\d[\d,]*\.\d+/;
const decimal = figures.find((f) => f.kind === 'sourced' && DECIMAL.test(f.formatted.en) && DECIMAL.test(f.formatted.ko));
const numberIn = (lang) => decimal.formatted[lang].match(DECIMAL)[0];
// A figure whose Korean label has a word of two syllables or more.
const korean = figures.find((f) => /[가-힣]{2,}/.test(f.label.ko));
const koreanWord = korean.label.ko.match(/[가-힣]{2,}/g).slice(0, 2).join(' ');
// English word prefixes: the first four letters of each of the label's first two long words.
const english = figures.find((f) => f.label.en.split(/\W+/).filter((w) => w.length >= 5).length >= 2);
const englishPrefixes = english.label.en.split(/\W+/).filter((w) => w.length >= 5).slice(0, 2).map((w) => w.slice(0, 4)).join(' ');

for (const lang of ['ko', 'en']) {
  test(`${lang}: a figure is found by Korean, by English prefixes and by its number, and the URL restores the search`, async () => {
    const { context, page, problems } = await openPage();
    const fetched = [];
    page.on('request', (r) => { if (INDEX.test(r.url())) fetched.push(r.url()); });
    await visit(page, `/${lang}/search/`);
    assert.ok(await shipsApp(page), 'the search page runs the app');
    assert.deepEqual(fetched, [], 'no index is fetched before a search');

    const number = numberIn(lang);
    for (const [query, figure] of [[koreanWord, korean], [englishPrefixes, english], [number, decimal]]) {
      await type(page, query);
      const found = await results(page);
      assert.ok(
        found.some((r) => r.kind === 'figure' && r.href.endsWith(figurePath(lang, figure))),
        `“${query}” finds ${figure.id} (found: ${found.map((r) => r.title).join(' | ')})`,
      );
    }
    assert.equal(fetched.length, 1, 'the index is fetched once');
    assert.ok(fetched[0].endsWith(`/data/search-${lang}.json`), 'in the page language');

    // The query is in the address: a reload shows the same results.
    const before = await results(page);
    await page.reload();
    await page.waitForSelector('.gw-result');
    assert.equal(await page.locator('#gw-search-q').inputValue(), number);
    assert.deepEqual(await results(page), before, 'a reload restores the search');
    await assertNoAxeViolations(page, `${lang} search results`);

    // A result leads to its page.
    await page.locator('.gw-result__title').first().click();
    await page.waitForURL((url) => !url.pathname.endsWith('/search/'));
    assertNoProblems(problems, `${lang} search`);
    await context.close();
  });

  test(`${lang}: nothing found says so; the header's box searches from a page without script`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/search/?q=${encodeURIComponent('zzqxv 뷁')}`);
    await page.waitForSelector('.gw-search__count');
    assert.equal(await page.locator('.gw-search__count').getAttribute('data-total'), '0');
    assert.equal(await page.locator('.gw-result').count(), 0);

    const number = numberIn(lang);
    await visit(page, `/${lang}/press/`);
    assert.equal(await shipsApp(page), false, 'the press page ships no script');
    await page.locator('#gw-header-q').fill(number);
    await page.locator('.gw-header-search button').click();
    await page.waitForURL((url) => url.pathname === `/${lang}/search/` && url.searchParams.get('q') === number);
    const found = await results(page);
    assert.ok(found.some((r) => r.href.endsWith(figurePath(lang, decimal))), 'the header search finds the figure');
    assertNoProblems(problems, `${lang} header search`);
    await context.close();
  });
}

test('a failed index request says why and offers a retry that works', async () => {
  const { context, page, problems } = await openPage({ expectedErrors: [/Failed to load resource|503/] });
  let fail = true;
  await page.route(INDEX, (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await visit(page, `/en/search/?q=${encodeURIComponent(numberIn('en'))}`);
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /503/);
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.waitForSelector('.gw-result');
  assertNoProblems(problems, 'search retry');
  await context.close();
});

test('without JavaScript the search page says so and lists every section', async () => {
  const noJs = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  for (const lang of ['ko', 'en']) {
    await page.goto(`${site.origin}/${lang}/search/?q=1`);
    assert.match(await page.locator('[data-gw-live] .gw-notice').innerText(), /JavaScript/);
    assert.equal(await page.locator('[data-gw-live] li a').count(), 11, 'every section is linked');
  }
  await noJs.close();
});

test('every result in both indexes links a page that exists, and an anchor that is on it', async () => {
  for (const lang of ['ko', 'en']) {
    const index = JSON.parse(await readFile(`${dist}/data/search-${lang}.json`, 'utf8'));
    const kinds = new Set(index.docs.map((d) => d.kind));
    for (const kind of ['page', 'figure', 'zone', 'programme', 'firm', 'story', 'update', 'why-wonju', 'term', 'source']) {
      assert.ok(kinds.has(kind), `${lang}: the index holds ${kind}s`);
    }
    for (const doc of index.docs) {
      const [path, anchor] = doc.path.split('#');
      assert.ok(path.startsWith(`/${lang}/`), `${doc.path} is in ${lang}`);
      const file = `${dist}${path}index.html`;
      assert.ok(existsSync(file), `${doc.title}: ${path} exists`);
      if (anchor) {
        const html = await readFile(file, 'utf8');
        assert.ok(html.includes(`id="${anchor}"`), `${doc.title}: #${anchor} is on ${path}`);
      }
    }
  }
});

test('a query typed before the search island starts is kept, with the focus, and searched', async () => {
  const { context, page, problems } = await openPage();
  const wasm = await holdWasm(page);
  await page.goto(`${site.origin}/en/search/`);
  await page.locator('#gw-search-q').pressSequentially('innov');
  await wasm.held();
  wasm.release();
  await page.waitForSelector('#gw-app[data-gw-ready]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'innov');
  assert.equal(await page.locator('#gw-search-q').inputValue(), 'innov');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'gw-search-q', 'the box keeps the focus');
  assert.ok((await results(page)).length > 0, 'and it searched');
  await page.keyboard.type('ation');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'innovation');
  assertNoProblems(problems, 'typed before the start');
  await context.close();
});
