// Why Wonju in the browser: every theme has dated cards, newest first, each with its
// sources; a figure on a card leads to that figure's page; the page names its newest source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, openPage, visit, assertNoAxeViolations, assertNoProblems } from './harness.mjs';

for (const lang of ['ko', 'en']) {
  test(`${lang}: why-Wonju cards are dated, sourced, newest first, and their figures link`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/why-wonju/`);
    const themes = await page.locator('.gw-why').count();
    assert.equal(themes, 5, 'five themes');
    for (const group of await page.locator('.gw-why').all()) {
      const dates = await group.locator('.gw-why__card').evaluateAll((els) => els.map((e) => e.dataset.asOf));
      assert.ok(dates.length >= 1, 'a theme has cards');
      assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    }
    for (const card of await page.locator('.gw-why__card').all()) {
      const id = await card.getAttribute('id');
      assert.match(await card.locator('time').innerText(), /\d{4}/, `${id}: its date`);
      assert.ok(await card.locator('a.gw-source-link').count() >= 1, `${id}: a source`);
    }
    assert.match(await page.locator('.gw-newest-source').innerText(), /\d{4}/, 'the newest source is named');
    await assertNoAxeViolations(page, `${lang} why-wonju`);

    // The device-exports card's first figure opens its own page with the same value.
    const figure = page.locator('#fact-device-exports .gw-why__figures li').first();
    const value = await figure.locator('.gw-why__value').innerText();
    const id = await figure.getAttribute('data-figure');
    await figure.locator('a').click();
    await page.waitForURL(`${site.origin}/${lang}/figures/${id}/`);
    assert.ok((await page.locator('main').innerText()).includes(value), `${id} page shows ${value}`);
    assertNoProblems(problems, `${lang} why-wonju`);
    await context.close();
  });
}
