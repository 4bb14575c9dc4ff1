// Firms named in sources, in the browser: every firm with a source, the count set against
// the cluster's total, and the role and place filters kept in the URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { site, openPage, visit, appReady, assertNoAxeViolations, assertNoProblems, parseCsv } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';

async function publishedFirms() {
  const text = await readFile(`${dist}/data/firms.csv`, 'utf8');
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const shown = (page) => page.locator('.gw-firm:not([hidden])').evaluateAll((els) => els.map((e) => e.dataset.firm).sort());

for (const lang of ['ko', 'en']) {
  test(`${lang}: firms are sourced, counted against the cluster, and filtered by role and place in the URL`, async () => {
    const firms = await publishedFirms();
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/firms/`);
    await appReady(page);
    assert.deepEqual(await shown(page), firms.map((f) => f.id).sort());
    for (const f of firms) {
      assert.ok(await page.locator(`.gw-firm[data-firm="${f.id}"] a.gw-source-link`).count() >= 1, `${f.id}: a source`);
    }
    assert.match(await page.locator('.gw-notice:not([data-gw-failed])').first().innerText(), new RegExp(String(firms.length)));
    await assertNoAxeViolations(page, `${lang} firms`);

    // Role, then place: both stay in the URL and the list follows.
    const anchors = firms.filter((f) => f.roles.split('; ').includes('tenant'));
    await page.locator('a.gw-filter__link[data-gw-choice="role=tenant"]').click();
    await page.waitForURL(`${site.origin}/${lang}/firms/?role=tenant`);
    assert.deepEqual(await shown(page), anchors.map((f) => f.id).sort());
    await page.locator('a.gw-filter__link[data-gw-choice="site=enterprise-city"]').click();
    await page.waitForURL(`${site.origin}/${lang}/firms/?role=tenant&site=enterprise-city`);
    const both = anchors.filter((f) => f.site === 'enterprise-city').map((f) => f.id).sort();
    assert.ok(both.length > 0);
    assert.deepEqual(await shown(page), both);

    // Opened from the address, the same; an unknown value is dropped with a notice.
    await visit(page, `/${lang}/firms/?role=tenant&site=enterprise-city`);
    await appReady(page);
    assert.deepEqual(await shown(page), both);
    await visit(page, `/${lang}/firms/?role=%3Cscript%3E`);
    await appReady(page);
    assert.equal(await page.locator('.gw-notice[role="status"]:not([hidden])').count(), 1);
    assert.equal((await shown(page)).length, firms.length);
    assertNoProblems(problems, `${lang} firms`);
    await context.close();
  });
}
