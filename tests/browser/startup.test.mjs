// How the browser starts: the page is the build's HTML, and the wasm starts only the
// islands the page holds (a chart, the map, a filter, the search), each from the props the
// build wrote into it. Nothing is fetched to start. If an island's props cannot be read,
// or the app's files cannot be fetched, the prerendered page stays, readable, and says in
// its language that its controls could not start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { site, openPage, appReady, assertNoProblems, assertNoAxeViolations } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const NOTICE = {
  ko: '기능을 시작하지 못했습니다',
  en: 'could not start',
};

/** The page says, in its language, that its controls could not start, and they did not. */
async function assertNotStarted(page, lang, what) {
  const notice = page.locator('main [role="alert"].gw-app-failed');
  await notice.waitFor({ timeout: 20_000 });
  assert.match(await notice.textContent(), new RegExp(NOTICE[lang]));
  assert.equal(await page.locator('#gw-app[data-gw-ready]').count(), 0, what);
}

for (const [path, island] of [['/en/search/', 'search'], ['/ko/firms/', 'filter'], ['/en/outcomes/', 'chart']]) {
  test(`${path}: its islands start from their props, with no data fetched to start`, async () => {
    const { context, page, problems } = await openPage();
    const fetched = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/data/')) fetched.push(url.pathname);
    });
    await page.goto(`${site.origin}${path}`);
    await appReady(page);
    const names = await page.locator('[data-gw-island]').evaluateAll((els) => els.map((e) => e.dataset.gwIsland));
    assert.ok(names.includes(island), `${path} holds a ${island} island: ${names}`);
    // Display images of charts are pictures, not data the app needs.
    assert.deepEqual(fetched.filter((p) => !p.endsWith('.svg')), [], 'nothing fetched to start');
    assert.equal(await page.locator('[data-gw-failed]').count(), 1, 'the page holds the failure notice');
    assert.equal(await page.locator('[data-gw-failed]').isHidden(), true, 'and keeps it hidden');
    assertNoProblems(problems, path);
    await context.close();
  });
}

test('the wasm carries none of the content: no source address, figure id or firm name of the seeds', async () => {
  const wasmName = (await readdir(dist)).find((name) => name.endsWith('_bg.wasm'));
  const wasm = (await readFile(join(dist, wasmName))).toString('latin1');
  const seeds = async (file) => JSON.parse(await readFile(join('seeds', file), 'utf8'));
  const utf8 = (text) => Buffer.from(text, 'utf8').toString('latin1');
  const content = [
    ...(await seeds('sources.json')).sources.map((s) => s.url),
    ...(await seeds('figures.json')).figures.map((f) => `"${f.id}"`),
    ...(await seeds('firms.json')).firms.map((f) => f.name.en),
  ].filter((text) => typeof text === 'string' && text.length >= 8);
  assert.ok(content.length > 50, `test set-up: ${content.length} strings`);
  const found = content.filter((text) => wasm.includes(utf8(text)));
  assert.deepEqual(found, [], 'content compiled into the wasm');
});

for (const lang of ['ko', 'en']) {
  test(`${lang}: when an island's props cannot be read, the page stays readable and says its controls could not start`, async () => {
    const { context, page, problems } = await openPage({
      locale: lang === 'ko' ? 'ko-KR' : 'en-US',
      expectedErrors: [/the app did not start/],
    });
    // The page as served, with its island's props broken.
    await page.route(`**/${lang}/search/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('data-gw-props="{', 'data-gw-props="{broken');
      await route.fulfill({ response, body });
    });
    await page.goto(`${site.origin}/${lang}/search/`);
    await assertNotStarted(page, lang, 'not every island started');
    assert.equal(await page.locator('h1').count(), 1, 'the prerendered page is still there');
    assert.ok((await page.locator('main').textContent()).length > 200, 'with its text');
    await assertNoAxeViolations(page, `${lang} broken props`);
    assertNoProblems(problems, `${lang} broken props`);
    await context.close();
  });
}

for (const [lang, file] of [['ko', /_bg\.wasm$/], ['en', /gwnic-[0-9a-f]+\.js$/]]) {
  test(`${lang}: when the app's ${String(file).includes('wasm') ? 'wasm' : 'bindings'} cannot be fetched, the page stays readable and says its controls could not start`, async () => {
    const { context, page, problems } = await openPage({
      locale: lang === 'ko' ? 'ko-KR' : 'en-US',
      expectedErrors: [/the app did not start/, /Failed to load resource/, /Failed to fetch dynamically imported module/],
    });
    await page.route(file, (route) => route.abort('connectionfailed'));
    await page.goto(`${site.origin}/${lang}/map/`);
    await assertNotStarted(page, lang, 'the app did not start');
    assert.equal(await page.locator('[data-gw-failed]').count(), 1, 'one notice');
    assert.ok(await page.locator('.gw-sites__link').count() > 5, 'the list of sites is still there');
    await assertNoAxeViolations(page, `${lang} app files missing`);
    assertNoProblems(problems, `${lang} app files missing`);
    await context.close();
  });
}
