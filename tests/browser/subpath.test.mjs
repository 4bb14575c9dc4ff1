// A build with `--public-url /gwnic/` (dist-sub/, made by scripts/test) served from that
// sub-path: pages, navigation, the language switch and the data all stay under it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access } from 'node:fs/promises';
import { site, openPage, appReady, assertNoProblems } from './harness.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const SUB_DIST = process.env.SUB_DIST_DIR ?? 'dist-sub';
const PREFIX = '/gwnic';
let server, origin;

before(async () => {
  await access(`${SUB_DIST}/index.html`).catch(() => {
    throw new Error(`${SUB_DIST}/ is missing: build it with trunk build --release --public-url ${PREFIX}/ --dist ${SUB_DIST}`);
  });
  server = await serveStatic(SUB_DIST, 0, '127.0.0.1', PREFIX);
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((ok) => server?.close(ok) ?? ok()));

test('a build for a sub-path serves, navigates and links entirely under it', async () => {
  const { context, page, problems } = await openPage({ locale: 'en-US' });
  // openPage only lets requests to the main test origin through; allow this one too.
  await context.unroute('**/*');
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}${PREFIX}/`)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await page.goto(`${origin}${PREFIX}/`);
  await page.waitForURL(`${origin}${PREFIX}/en/`);
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 10);
  for (const href of hrefs) assert.ok(href.startsWith(`${PREFIX}/`), `link outside the sub-path: ${href}`);

  await page.locator('nav.gw-nav').getByRole('link', { name: 'Press & data' }).click();
  await page.waitForURL(`${origin}${PREFIX}/en/press/`);
  await page.getByRole('heading', { level: 1, name: 'Press & data' }).waitFor();
  const csv = page.getByRole('link', { name: 'Every figure (CSV)' });
  assert.equal(await csv.getAttribute('href'), `${PREFIX}/data/figures.csv`);
  assert.equal((await page.request.get(`${origin}${PREFIX}/data/figures.csv`)).status(), 200);

  await page.getByRole('link', { name: '한국어', exact: true }).click();
  await page.waitForURL(`${origin}${PREFIX}/ko/press/`);
  await page.getByRole('heading', { level: 1, name: '보도·데이터' }).waitFor();

  const direct = await page.goto(`${origin}${PREFIX}/en/figures/new-jobs/`);
  assert.equal(direct.status(), 200);
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'New jobs' }).waitFor();
  const html = await direct.text();
  assert.match(html, new RegExp(`<link href="https?://[^"]+${PREFIX}/en/figures/new-jobs/" rel="canonical">`));

  // The map fetches its geometry from under the sub-path, and selects within it.
  await page.goto(`${origin}${PREFIX}/en/map/`);
  await appReady(page);
  await page.waitForSelector('.gw-map__svg .gw-map__site');
  await page.locator('.gw-map__site[data-site="severance"]').click();
  await page.waitForURL(`${origin}${PREFIX}/en/map/?site=severance`);

  assert.deepEqual(outside, [], 'requests outside the sub-path');
  assertNoProblems(problems.filter((p) => !p.startsWith('request to another origin')), 'sub-path');
  await context.close();
});
