// Accessibility over the whole site: axe-core (WCAG 2.2 AA and best practices) on every
// route in both languages; at 200 % zoom (a 640 px wide window) and at 320 px nothing
// needs sideways scrolling; reduced motion turns chart animation off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, visit, assertNoAxeViolations, assertNoProblems } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const sitemap = await readFile(`${dist}/sitemap.xml`, 'utf8');
const routes = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const sections = routes.filter((p) => /^\/(ko|en)\/([a-z]+\/)?$/.test(p));

test('axe-core finds no WCAG 2.2 AA or best-practice violation on any route, in either language', async () => {
  assert.ok(routes.length > 50, `${routes.length} routes`);
  const { context, page, problems } = await openPage();
  for (const path of routes) {
    await visit(page, path);
    if (/\/map\/$/.test(path)) await page.waitForSelector('.gw-map__svg');
    await assertNoAxeViolations(page, path);
  }
  assertNoProblems(problems, 'axe crawl');
  await context.close();
});

for (const width of [640, 320]) {
  test(`at ${width} px wide (${width === 640 ? '200 % zoom' : 'reflow'}) no section needs sideways scrolling`, async () => {
    const { context, page, problems } = await openPage({ viewport: { width, height: 800 } });
    for (const path of sections) {
      await visit(page, path);
      if (/\/map\/$/.test(path)) await page.waitForSelector('.gw-map__svg');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path}: ${overflow} px too wide at ${width} px`);
    }
    assertNoProblems(problems, `${width} px`);
    await context.close();
  });
}

test('with reduced motion the charts do not animate; without, they do', async () => {
  for (const [reducedMotion, animated] of [['reduce', false], ['no-preference', true]]) {
    const { context, page, problems } = await openPage();
    await page.emulateMedia({ reducedMotion });
    await visit(page, '/en/outcomes/');
    await page.locator('#chart-growth .gw-chart__box').hover();
    await page.waitForSelector('#chart-growth .gw-chart__canvas canvas');
    const animation = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('#chart-growth .gw-chart__canvas')).getOption().animation);
    assert.equal(animation, animated, reducedMotion);
    assertNoProblems(problems, reducedMotion);
    await context.close();
  }
});
