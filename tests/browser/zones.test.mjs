// The zones register in the browser: every zone with its status and sources, in both
// languages; the status filter lives in the URL; an unknown status is a notice, not an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { site, openPage, visit, appReady, assertNoAxeViolations, assertNoProblems, parseCsv } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';

async function publishedZones() {
  const text = await readFile(`${dist}/data/zones.csv`, 'utf8');
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const shown = (page) => page.locator('.gw-zone:not([hidden])').evaluateAll((els) => els.map((e) => [e.dataset.zone, e.dataset.status]));

for (const lang of ['ko', 'en']) {
  test(`${lang}: every zone shows its status and sources, and the status filter is kept in the URL`, async () => {
    const zones = await publishedZones();
    assert.ok(zones.length >= 5, 'zones in the CSV');
    assert.ok(zones.every((z) => z.information_as_of), 'the CSV carries the as-of date');
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/zones/`);
    await appReady(page);
    assert.deepEqual(
      (await shown(page)).sort(),
      zones.map((z) => [z.id, z.status]).sort(),
      'every zone, with the status the CSV gives',
    );
    for (const z of zones) {
      const card = page.locator(`.gw-zone[data-zone="${z.id}"]`);
      assert.ok(await card.locator('a.gw-source-link').count() >= 1, `${z.id}: a source`);
      assert.equal((await card.locator('h2').innerText()).trim(), z[`name_${lang}`], `${z.id}: its name`);
    }
    await assertNoAxeViolations(page, `${lang} zones`);

    // Filter to what is active now: only active zones remain, and the URL says so.
    const active = zones.filter((z) => z.status === 'active').map((z) => z.id).sort();
    await page.locator('a.gw-filter__link[href="?status=active"]').click();
    await page.waitForURL(`${site.origin}/${lang}/zones/?status=active`);
    assert.deepEqual((await shown(page)).map(([id]) => id).sort(), active);
    assert.equal(await page.locator('a.gw-filter__link[href="?status=active"]').getAttribute('aria-current'), 'true');

    // The link works as an address: a new page opened on it shows the same.
    await visit(page, `/${lang}/zones/?status=ended`);
    await appReady(page);
    assert.deepEqual(
      (await shown(page)).map(([id]) => id).sort(),
      zones.filter((z) => z.status === 'ended').map((z) => z.id).sort(),
    );

    // An unknown status is a notice, and every zone is shown.
    await visit(page, `/${lang}/zones/?status=%3Cb%3Ebogus`);
    await appReady(page);
    assert.equal(await page.locator('.gw-notice[role="status"]:not([hidden])').count(), 1);
    assert.equal((await shown(page)).length, zones.length);
    assertNoProblems(problems, `${lang} zones`);
    await context.close();
  });
}

test('the footer and every CSV give the information-as-of date', async () => {
  const { context, page, problems } = await openPage();
  for (const [path, pattern] of [['/ko/zones/', /정보 기준일: \d{4}년 \d{1,2}월 \d{1,2}일/], ['/en/', /Information as of \d{1,2} [A-Z][a-z]+ \d{4}/]]) {
    await visit(page, path);
    assert.match(await page.locator('.gw-footer__as-of').innerText(), pattern, path);
  }
  for (const file of ['figures', 'sources', 'glossary', 'sites', 'zones']) {
    const text = await readFile(`${dist}/data/${file}.csv`, 'utf8');
    const [header, first] = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    assert.equal(header.at(-1), 'information_as_of', file);
    assert.match(first.at(-1), /^\d{4}-\d{2}-\d{2}$/, file);
  }
  assertNoProblems(problems, 'as-of date');
  await context.close();
});
