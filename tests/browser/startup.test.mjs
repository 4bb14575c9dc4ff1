// How the app starts: it fetches the data the build checked (one bundle, named in the
// page) instead of carrying it in the wasm; if the bundle cannot be had, the prerendered
// page stays, readable, and says in its language that its controls could not start.
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

test('the app starts from the one data bundle its page names', async () => {
  const { context, page, problems } = await openPage();
  const fetched = [];
  page.on('request', (request) => { if (request.url().includes('/data/app/')) fetched.push(new URL(request.url()).pathname); });
  await page.goto(`${site.origin}/en/search/`);
  await appReady(page);
  const named = await page.locator('meta[name="gw-seeds"]').getAttribute('content');
  assert.match(named, /^\/data\/app\/seeds-[0-9a-f]{16}\.json$/);
  assert.deepEqual(fetched, [named]);
  assertNoProblems(problems, 'start');
  await context.close();
});

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

for (const [label, answer] of [
  ['is missing', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['is not a bundle', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"seeds/site.json": {}}' })],
]) {
  for (const lang of ['ko', 'en']) {
    test(`${lang}: when the data bundle ${label}, the page stays readable and says its controls could not start`, async () => {
      const { context, page, problems } = await openPage({
        locale: lang === 'ko' ? 'ko-KR' : 'en-US',
        expectedErrors: [/the app did not start/, /Failed to load resource/],
      });
      await page.route('**/data/app/seeds-*.json', answer);
      await page.goto(`${site.origin}/${lang}/search/`);
      const notice = page.locator('main [role="alert"].gw-app-failed');
      await notice.waitFor({ timeout: 20_000 });
      assert.match(await notice.textContent(), new RegExp(NOTICE[lang]));
      assert.equal(await page.locator('#gw-app[data-gw-ready]').count(), 0, 'the app did not take over');
      assert.equal(await page.locator('h1').count(), 1, 'the prerendered page is still there');
      assert.ok((await page.locator('main').textContent()).length > 200, 'with its text');
      await assertNoAxeViolations(page, `${lang} ${label}`);
      assertNoProblems(problems, `${lang} ${label}`);
      await context.close();
    });
  }
}
