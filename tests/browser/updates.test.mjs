// What's new in the browser: news newest first, plans apart, every entry sourced, and its
// links lead to the zone, partner or figure they name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, openPage, visit, assertNoAxeViolations, assertNoProblems } from './harness.mjs';

for (const lang of ['ko', 'en']) {
  test(`${lang}: updates are newest first, plans apart, each sourced and linked`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/updates/`);
    const dates = (list) => page.locator(`ol[data-list="${list}"] > li`).evaluateAll((els) => els.map((e) => e.dataset.date));
    const latest = await dates('latest');
    const planned = await dates('planned');
    assert.ok(latest.length >= 20, `${latest.length} updates`);
    assert.deepEqual(latest, [...latest].sort().reverse(), 'newest first');
    assert.ok(planned.length >= 1, 'plans are listed');
    assert.ok(planned.every((p) => p > latest[0]), 'every plan lies after the newest news');
    for (const li of await page.locator('.gw-update').all()) {
      assert.ok(await li.locator('a.gw-source-link').count() >= 1, `${await li.getAttribute('data-date')}: a source`);
    }
    await assertNoAxeViolations(page, `${lang} updates`);

    // A zone link lands on that zone's entry.
    const link = page.locator('.gw-update__links a[href*="/zones/#zone-"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(`${site.origin}${href}`);
    const id = href.split('#')[1];
    assert.equal(await page.locator(`#${id}`).count(), 1, `${id} exists`);
    assertNoProblems(problems, `${lang} updates`);
    await context.close();
  });
}
