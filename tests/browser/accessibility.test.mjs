// Accessibility beyond the crawl (axe-core on every route is in routes.test.mjs): the dark
// colour scheme; at 200 % zoom (a 640 px wide window) and at 320 px nothing
// needs sideways scrolling; reduced motion turns chart animation off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, visit, assertNoAxeViolations, assertNoProblems } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const sitemap = await readFile(`${dist}/sitemap.xml`, 'utf8');
const routes = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const sections = routes.filter((p) => /^\/(ko|en)\/([a-z]+\/)?$/.test(p));

// Dark mode (prefers-color-scheme) is checked like the light one: every section page and a
// page of each other kind, in both languages.
test('in the dark colour scheme axe-core finds no violation on any section or detail page', async () => {
  const { context, page, problems } = await openPage({ colorScheme: 'dark' });
  const details = routes.filter((p) => /\/(figures|stories|embed)\/[^/]+\/$/.test(p));
  const kinds = ['figures', 'stories', 'embed'].map((k) => details.find((p) => p.includes(`/${k}/`)));
  for (const path of [...sections, ...kinds.filter(Boolean)]) {
    await visit(page, path);
    if (/\/map\/$/.test(path)) await page.waitForSelector('.gw-map__svg');
    assert.ok(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark scheme emulated');
    await assertNoAxeViolations(page, `${path} (dark)`);
  }
  assertNoProblems(problems, 'axe dark');
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

// Keyboard: from the top of each section, Tab visits every control in document order (none
// skipped, none out of order, none a trap); each shows a focus indicator that is not there
// without focus, and sits in the viewport, uncovered, when focused.
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

for (const [lang, colorScheme] of [['ko', 'light'], ['en', 'light'], ['en', 'dark']]) {
  test(`${lang} (${colorScheme}): Tab reaches every control of every section in order, with visible, unhidden focus`, async () => {
    const { context, page, problems } = await openPage({ viewport: { width: 390, height: 844 }, colorScheme });
    for (const path of sections.filter((p) => p.startsWith(`/${lang}/`))) {
      await visit(page, path);
      if (/\/map\/$/.test(path)) await page.waitForSelector('.gw-map__svg');
      const count = await page.evaluate((selector) => {
        // checkVisibility also leaves out the contents of a closed <details>.
        const shown = (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]');
        const all = [...document.querySelectorAll(selector)].filter(shown);
        all.forEach((el, i) => el.setAttribute('data-kb', String(i)));
        document.activeElement?.blur();
        window.scrollTo(0, 0);
        return all.length;
      }, FOCUSABLE);
      assert.ok(count > 5, `${path}: ${count} controls`);
      const styleOf = (i) => page.evaluate((i) => {
        const el = document.querySelector(`[data-kb="${i}"]`);
        const parts = [el, ...el.querySelectorAll('*')].slice(0, 8).map((n) => {
          const s = getComputedStyle(n);
          return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor, s.stroke, s.strokeWidth, s.color].join(' ');
        });
        return parts.join('|');
      }, i);
      let previous = null;
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement;
          const r = el.getBoundingClientRect();
          const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
          const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
          const hit = document.elementFromPoint(x, y);
          const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
          return { at: el.getAttribute('data-kb'), label: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 40), inView, covered: !hit || !(el.contains(hit) || hit.contains(el)) };
        });
        assert.equal(state.at, String(i), `${path}: Tab ${i + 1} should reach control ${i}, reached ${state.at} (${state.label})`);
        assert.ok(state.inView && !state.covered, `${path}: focused "${state.label}" is out of view or covered`);
        const focused = await styleOf(i);
        if (previous !== null) {
          assert.notEqual(await styleOf(previous.i), previous.focused, `${path}: "${previous.label}" looks the same with and without focus`);
        }
        previous = { i, focused, label: state.label };
      }
    }
    assertNoProblems(problems, `${lang} ${colorScheme} keyboard`);
    await context.close();
  });
}
