// The front door: on a phone's first screen, the one-sentence statement, the lead result
// with its period and source, and the three visitor paths; below, the latest news newest
// first and the zones in force; the map page's drawing starts within the first screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { site, openPage, visit, shipsApp, parseCsv, assertNoProblems } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const published = JSON.parse(await readFile(`${dist}/data/figures.json`, 'utf8'));
const zonesCsv = parseCsv(await readFile(`${dist}/data/zones.csv`, 'utf8'));

/** Whether the element's box lies wholly inside the first `height` pixels of the page. */
async function inFirstScreen(locator, height) {
  const box = await locator.boundingBox();
  return box !== null && box.height > 0 && box.y >= 0 && box.y + box.height <= height;
}

for (const lang of ['ko', 'en']) {
  for (const viewport of [{ width: 390, height: 800 }, { width: 1280, height: 800 }]) {
    test(`${lang} at ${viewport.width} × ${viewport.height}: the first screen holds the statement, the dated lead result with its source and the three paths`, async () => {
      const { context, page, problems } = await openPage({ viewport });
      await visit(page, `/${lang}/`);
      assert.equal(await shipsApp(page), false, 'the home page is plain HTML');
      const statement = page.locator('h1.gw-hero__statement');
      assert.ok((await statement.innerText()).length > 30, 'a sentence');
      assert.ok(await inFirstScreen(statement, viewport.height), 'statement in the first screen');

      const lead = page.locator('.gw-lead');
      const id = await lead.getAttribute('data-figure');
      const figure = published.figures.find((f) => f.id === id);
      assert.ok(figure, `the lead is a published figure: ${id}`);
      const big = lead.locator('.gw-lead__big');
      assert.equal((await big.innerText()).trim(), figure.formatted[lang]);
      assert.ok(await inFirstScreen(big, viewport.height), 'lead value in the first screen');
      const meta = lead.locator('.gw-lead__meta');
      assert.ok(await inFirstScreen(meta, viewport.height), 'its period and source in the first screen');
      assert.match(await meta.innerText(), /20\d\d/, 'dated');
      assert.equal(await meta.locator('a.gw-source-link').getAttribute('href'), figure.source.url, 'its source, one click away');

      const paths = page.locator('.gw-path__title a');
      assert.equal(await paths.count(), 3, 'three paths');
      const targets = [];
      for (const link of await paths.all()) {
        assert.ok(await inFirstScreen(link, viewport.height), `path "${await link.innerText()}" in the first screen`);
        targets.push(new URL(await link.getAttribute('href'), site.origin).pathname);
      }
      assert.deepEqual(targets, [`/${lang}/why-wonju/`, `/${lang}/press/`, `/${lang}/partners/`]);
      assertNoProblems(problems, `${lang} home`);
      await context.close();
    });
  }

  test(`${lang}: the home page lists the latest three news items newest first, and the zones in force`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/`);
    const dates = await page.locator('#home-news ~ ol .gw-update').evaluateAll((items) => items.map((li) => li.dataset.date));
    assert.equal(dates.length, 3, 'three items');
    assert.deepEqual([...dates].sort().reverse(), dates, 'newest first');
    // The same items lead the What's new page.
    await visit(page, `/${lang}/updates/`);
    const latest = await page.locator('[data-list="latest"] .gw-update').evaluateAll((items) => items.slice(0, 3).map((li) => li.dataset.date));
    assert.deepEqual(dates, latest);

    await visit(page, `/${lang}/`);
    const listed = await page.locator('.gw-home-zones [data-zone]').evaluateAll((items) => items.map((li) => li.dataset.zone));
    const [rawHeader, ...rows] = zonesCsv;
    const header = rawHeader.map((h) => h.replace(/^\uFEFF/, '')); // the CSV opens with a BOM for Excel
    const status = header.indexOf('status');
    const active = rows.filter((r) => r[status] === 'active').map((r) => r[header.indexOf('id')]);
    assert.ok(active.length > 0, 'some zone is in force');
    assert.deepEqual([...listed].sort(), [...active].sort(), 'exactly the zones in force');
    const img = page.locator('.gw-home-map img');
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('.gw-home-map img').complete);
    assert.ok(await img.evaluate((el) => el.naturalWidth > 0), 'the map teaser draws');
    assertNoProblems(problems, `${lang} home lists`);
    await context.close();
  });

  test(`${lang}: at 390 px the map names the districts that have room, readably, and more when zoomed`, async () => {
    const { context, page, problems } = await openPage({ viewport: { width: 390, height: 800 } });
    await visit(page, `/${lang}/map/`);
    await page.waitForSelector('.gw-map__svg .gw-map__site', { timeout: 20_000 });
    const labels = () => page.locator('.gw-map__label').evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      const d = document.querySelector(`.gw-map__district[data-district="${el.dataset.district}"]`).getBoundingClientRect();
      return { text: el.textContent, lines: el.querySelectorAll('tspan').length,
        box: { l: r.left, r: r.right, t: r.top, b: r.bottom }, district: { l: d.left, r: d.right, t: d.top, b: d.bottom } };
    }));
    const whole = await labels();
    assert.ok(whole.length >= 8, `${whole.length} names at 390 px`);
    const names = JSON.parse(await readFile(`${dist}/data/map/wonju.json`, 'utf8')).districts.map((d) => d.name[lang]);
    for (const l of whole) {
      assert.ok(names.includes(l.text), `${l.text} is a district's name`);
      // The drawn height on screen, not the attribute: at least 12 px a line.
      const height = (l.box.b - l.box.t) / l.lines;
      assert.ok(height >= 12, `${l.text} is ${height.toFixed(1)} px tall`);
      const inside = l.box.l >= l.district.l - 1 && l.box.r <= l.district.r + 1 && l.box.t >= l.district.t - 1 && l.box.b <= l.district.b + 1;
      assert.ok(inside, `${l.text} stays within its district`);
    }
    for (const [i, a] of whole.entries()) {
      for (const b of whole.slice(i + 1)) {
        const apart = a.box.r <= b.box.l || b.box.r <= a.box.l || a.box.b <= b.box.t || b.box.b <= a.box.t;
        assert.ok(apart, `${a.text} and ${b.text} overlap`);
      }
    }
    await page.locator('.gw-map__controls button').first().click();
    await page.waitForFunction(() => document.querySelector('.gw-map__svg').dataset.zoom === '1');
    const zoomed = await labels();
    assert.ok(zoomed.length > 0, 'names still drawn when zoomed');
    // A name broken after its hyphen has two lines; each stays about 12 px tall.
    const lineHeight = (l) => (l.box.b - l.box.t) / l.lines;
    assert.ok(zoomed.every((l) => lineHeight(l) >= 12 && lineHeight(l) < 20), 'names keep their size when zoomed');
    assertNoProblems(problems, `${lang} map names`);
    await context.close();
  });

  test(`${lang}: at 1280 px the map page's drawing starts within the first 900 px`, async () => {
    const { context, page, problems } = await openPage({ viewport: { width: 1280, height: 900 } });
    await visit(page, `/${lang}/map/`);
    await page.waitForSelector('.gw-map__svg');
    const top = await page.locator('.gw-map__svg').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    assert.ok(top < 900, `map starts at ${Math.round(top)} px`);
    // The designation's fine print follows the map, closed until asked for.
    const details = page.locator('details.gw-designation');
    assert.equal(await details.count(), 1);
    assert.equal(await details.evaluate((el) => el.open), false);
    assertNoProblems(problems, `${lang} map first`);
    await context.close();
  });
}
