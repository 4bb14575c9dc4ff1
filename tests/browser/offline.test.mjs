// The site offline, in Chromium with the network cut (the browser set offline and the
// server stopped): after one visit a visited page and the search still work, a page never
// visited answers with the offline page of its language, and a new build's worker drops
// the cache of the old one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, openPage, assertNoProblems, assertNoAxeViolations } from './harness.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

/** Polls `check` (run in the page, may be async) until it returns true. */
async function until(page, check, arg, label) {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate(check, arg)) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out: ${label}`);
}

/** Opens `path` and waits until the service worker controls the page and has saved it. */
async function firstVisit(page, path) {
  await page.goto(site.origin + path);
  await until(page, async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  }, null, 'the worker controls the page');
  // The worker saves the open page once it is active.
  await until(page, async (url) => {
    for (const key of await caches.keys()) if (await (await caches.open(key)).match(url)) return true;
    return false;
  }, site.origin + path, 'the page is saved');
}

/** Cuts the network: the browser goes offline and the server stops accepting connections. */
async function cut(context) {
  await context.setOffline(true);
  site.server.closeAllConnections?.();
  await new Promise((ok) => site.server.close(ok));
}

// Each test cuts the network; the next one gets a fresh server on a fresh port (a new
// origin, so a new worker and cache). The harness closes the last one.
async function reconnect() {
  if (site.server.listening) return;
  site.server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  site.origin = `http://127.0.0.1:${site.server.address().port}`;
}

for (const lang of ['ko', 'en']) {
  test(`${lang}: with the network off, a visited page, the search and the offline page work`, async () => {
    await reconnect();
    const { context, page, problems } = await openPage({
      serviceWorkers: 'allow',
      locale: lang === 'ko' ? 'ko-KR' : 'en-US',
      // Offline, the browser reports the requests that fail; those are what this test makes.
      expectedErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED|net::ERR/],
    });
    await firstVisit(page, `/${lang}/zones/`);
    const heading = await page.locator('h1').textContent();
    await cut(context);

    await page.goto(`${site.origin}/${lang}/zones/`);
    assert.equal(await page.locator('h1').textContent(), heading, 'the visited page, offline');

    // The search was never opened: installing the worker saved it, the app and its index.
    const query = lang === 'ko' ? '혁신' : 'innovation';
    await page.goto(`${site.origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#gw-app[data-gw-ready]', { timeout: 20_000 });
    await page.waitForSelector('.gw-result', { timeout: 20_000 });
    assert.ok(await page.locator('.gw-result').count() > 0, 'the search finds results offline');

    const response = await page.goto(`${site.origin}/${lang}/firms/`);
    assert.ok(response.ok(), 'the worker answers for a page it has not saved');
    assert.equal(await page.locator('main .gw-offline h1').count(), 1, 'the offline page');
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await assertNoAxeViolations(page, `${lang} offline page`);
    assertNoProblems(problems, `${lang} offline`);
    await context.close();
  });
}

test('a new build replaces the cache: the worker deletes caches of other builds', async () => {
  await reconnect();
  const { context, page, problems } = await openPage({ serviceWorkers: 'allow' });
  // An origin with a cache left by an older build, before this build's worker arrives: a
  // plain file of the origin opens without registering the worker (the site has no
  // favicon.ico, which Chromium asks for beside a text file).
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto(`${site.origin}/robots.txt`);
  await page.evaluate(async () => { await (await caches.open('gw-2026-01-01-0000')).put('/old', new Response('old')); });
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistration()), undefined);
  await firstVisit(page, '/en/');
  const worker = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).active.scriptURL);
  const version = (await (await fetch(worker)).text()).match(/"version":"([^"]+)"/)[1];
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`gw-${version}`]);
  assertNoProblems(problems, 'new build');
  await context.close();
});
