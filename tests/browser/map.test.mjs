// The cluster map in the browser: drawn from the fetched geometry, the list and the map
// select each other through the URL, a reload restores the choice, keyboard alone works,
// and a failed or broken geometry file shows an error with a retry while the list works.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { site, openPage, visit, assertNoAxeViolations, assertNoProblems, parseCsv } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const GEOMETRY = '**/data/map/wonju.json';

/** The published sites, as the journalists' CSV lists them. */
async function publishedSites() {
  const text = await readFile(`${dist}/data/sites.csv`, 'utf8');
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

async function waitForMap(page) {
  await page.waitForSelector('.gw-map__svg .gw-map__site', { timeout: 20_000 });
}

const selectedOnMap = (page) => page.locator('.gw-map__site--selected').evaluateAll((els) => els.map((e) => e.dataset.site));
const currentInList = (page) => page.locator('.gw-sites a[aria-current="true"]').evaluateAll((els) => els.map((e) => e.dataset.site));

for (const lang of ['ko', 'en']) {
  test(`${lang}: the map draws every district and site, and list and map select each other through the URL`, async () => {
    const sites = await publishedSites();
    const onMap = sites.filter((s) => s.where === 'wonju');
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/map/`);
    await waitForMap(page);
    assert.equal(await page.locator('.gw-map__district').count(), 25, 'districts');
    assert.equal(await page.locator('.gw-map__city').count(), 1);
    assert.equal(await page.locator('.gw-map__radius').count(), 1);
    assert.equal(await page.locator('.gw-map__site').count(), onMap.length, 'one marker per site');
    assert.equal(await page.locator('.gw-sites a').count(), onMap.length, 'one list entry per site');
    // Designated sites and related places are listed, and drawn, apart; as the CSV says.
    for (const [designation, list] of [['designated', '#sites-designated'], ['related', '#sites-related']]) {
      const expected = onMap.filter((s) => s.designation === designation).map((s) => s.id);
      assert.ok(expected.length > 0, `some sites are ${designation}`);
      assert.ok((await page.locator(list).innerText()).trim().length > 0, `${list} has a heading`);
      const listed = await page.locator(`ol[aria-labelledby="${list.slice(1)}"] a`).evaluateAll((els) => els.map((e) => e.dataset.site));
      assert.deepEqual(listed, expected, `the ${designation} list`);
    }
    const outlined = await page.locator('.gw-map__site--related').evaluateAll((els) => els.map((e) => e.dataset.site));
    assert.deepEqual(outlined, onMap.filter((s) => s.designation === 'related').map((s) => s.id), 'related places are drawn outlined');
    assert.deepEqual(await selectedOnMap(page), []);

    // List → map: a site shown by its districts lights up those districts.
    const taejang = onMap.find((s) => s.id === 'taejang');
    await page.locator('.gw-sites a[data-site="taejang"]').click();
    await page.waitForURL(`${site.origin}/${lang}/map/?site=taejang`);
    assert.deepEqual(await selectedOnMap(page), ['taejang']);
    const marker = page.locator('.gw-map__site[data-site="taejang"]');
    assert.equal(await marker.getAttribute('aria-pressed'), 'true');
    assert.equal(await marker.locator('.gw-map__area').count(), taejang.districts_kostat_2018.split('; ').length);
    assert.equal((await page.locator('.gw-site h3').innerText()).trim(), taejang[`name_${lang}`]);
    assert.ok(await page.locator('.gw-site a.gw-source-link').count() >= 1, 'the card cites a source');

    // Map → list: a site with a coordinate shows it in the card.
    const severance = onMap.find((s) => s.id === 'severance');
    await page.locator('.gw-map__site[data-site="severance"]').click();
    await page.waitForURL(`${site.origin}/${lang}/map/?site=severance`);
    assert.deepEqual(await currentInList(page), ['severance']);
    assert.deepEqual(await selectedOnMap(page), ['severance']);
    const lat = Number(severance.lat).toFixed(4);
    assert.match(await page.locator('.gw-site').innerText(), new RegExp(lang === 'ko' ? `북위 ${lat}°` : `${lat}° N`));

    // A reload restores the choice.
    await page.reload();
    await waitForMap(page);
    assert.deepEqual(await currentInList(page), ['severance']);
    assert.deepEqual(await selectedOnMap(page), ['severance']);
    assert.equal((await page.locator('.gw-site h3').innerText()).trim(), severance[`name_${lang}`]);
    await assertNoAxeViolations(page, `${lang} map with a site selected`);

    // Back goes to the previous choice.
    await page.goBack();
    await page.waitForURL(`${site.origin}/${lang}/map/?site=taejang`);
    assert.deepEqual(await selectedOnMap(page), ['taejang']);
    assertNoProblems(problems, `${lang} map`);
    await context.close();
  });
}

test('keyboard alone: sites on the map and the zoom and pan buttons all work', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/map/');
  await waitForMap(page);
  const svg = page.locator('.gw-map__svg');
  const wholeBox = await svg.getAttribute('viewBox');

  // Tab from the zoom button reaches the map's sites in order.
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await svg.getAttribute('data-zoom'), '1');
  assert.notEqual(await svg.getAttribute('viewBox'), wholeBox);
  await page.getByRole('button', { name: 'Move east' }).focus();
  const before = await svg.getAttribute('viewBox');
  await page.keyboard.press('Enter');
  assert.notEqual(await svg.getAttribute('viewBox'), before, 'panning moves the view');
  let reached = null;
  // Tab goes from the controls to the map's sites (districts are chosen from their list).
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.dataset?.site ?? null);
  }
  assert.equal(reached, 'innovation-city', 'the first site on the map is reached by Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?site=innovation-city$/);
  await page.keyboard.press('Tab');
  await page.keyboard.press(' ');
  await page.waitForURL(/\?site=enterprise-city$/);
  assert.deepEqual(await currentInList(page), ['enterprise-city']);

  await page.getByRole('button', { name: 'Show all' }).focus();
  await page.keyboard.press('Enter');
  assert.equal(await svg.getAttribute('viewBox'), wholeBox);
  assert.equal(await page.getByRole('button', { name: 'Zoom out' }).isDisabled(), true);
  assertNoProblems(problems, 'map keyboard');
  await context.close();
});

for (const lang of ['ko', 'en']) {
  test(`${lang}: a failed geometry request shows the error and a retry; the list still works; retry draws the map`, async () => {
    const { context, page, problems } = await openPage({ expectedErrors: [/Failed to load resource/, /net::ERR_FAILED/] });
    await page.route(GEOMETRY, (route) => route.abort());
    await visit(page, `/${lang}/map/`);
    const alert = page.locator('.gw-map__placeholder[role="alert"]');
    await alert.waitFor({ timeout: 20_000 });
    assert.match(await alert.innerText(), lang === 'ko' ? /지도를 불러오지 못했습니다/ : /The map could not be loaded/);
    assert.equal(await page.locator('.gw-map__svg').count(), 0);

    await page.locator('.gw-sites a[data-site="city-hall"]').click();
    await page.waitForURL(/\?site=city-hall$/);
    assert.match(await page.locator('.gw-site').innerText(), lang === 'ko' ? /북위 37\.3421°/ : /37\.3421° N/);

    await page.unroute(GEOMETRY);
    await alert.getByRole('button', { name: lang === 'ko' ? '다시 시도' : 'Try again' }).click();
    await waitForMap(page);
    assert.deepEqual(await selectedOnMap(page), ['city-hall'], 'the choice made meanwhile is kept');
    assertNoProblems(problems, `${lang} map retry`);
    await context.close();
  });
}

test('a broken geometry file is reported, not drawn', async () => {
  const { context, page, problems } = await openPage();
  await page.route(GEOMETRY, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"width": 1000' }));
  await visit(page, '/en/map/');
  const alert = page.locator('.gw-map__placeholder[role="alert"]');
  await alert.waitFor({ timeout: 20_000 });
  assert.match(await alert.innerText(), /The map could not be loaded\.\s+EOF/);
  await page.route(GEOMETRY, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.waitForFunction(() => /HTTP 404/.test(document.querySelector('.gw-map__placeholder')?.innerText ?? ''));
  assertNoProblems(problems.filter((p) => !/404/.test(p)), 'broken geometry');
  await context.close();
});

test('an unknown site in the URL is named in a notice, and nothing is selected', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/map/?site=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await waitForMap(page);
  const notice = page.locator('.gw-notice[role="status"]');
  assert.match(await notice.innerText(), /There is no site called “<script>alert\(1\)<\/script>”/);
  assert.deepEqual(await selectedOnMap(page), []);
  assertNoProblems(problems, 'unknown site');
  await context.close();
});

test('the prerendered map page lists every site without JavaScript', async () => {
  const sites = await publishedSites();
  for (const lang of ['ko', 'en']) {
    const html = await (await fetch(`${site.origin}/${lang}/map/`)).text();
    for (const s of sites.filter((x) => x.where === 'wonju')) {
      assert.ok(html.includes(`data-site="${s.id}"`), `${lang}: ${s.id} in the static list`);
    }
  }
});

for (const lang of ['ko', 'en']) {
  test(`${lang}: choosing a district, by pointer or keyboard, shows the zones that cover it`, async () => {
    const zonesCsv = await readFile(`${dist}/data/zones.csv`, 'utf8');
    const [header, ...rows] = parseCsv(zonesCsv.replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
    const zones = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    const sites = await publishedSites();
    const codesOf = (siteId) => sites.find((s) => s.id === siteId).districts_kostat_2018.split('; ');
    const expectedFor = (code) => zones
      .filter((z) => z.sites === 'all' || z.sites.split('; ').filter(Boolean).some((id) => codesOf(id).includes(code)))
      .map((z) => z.id)
      .sort();

    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/map/`);
    await waitForMap(page);
    // Districts under a site's own area are chosen through the site; every other is a button.
    const underSites = new Set(sites.filter((s) => s.where === 'wonju' && !s.lat).flatMap((s) => s.districts_kostat_2018.split('; ')));
    assert.equal(await page.locator('.gw-map__district--choosable').count(), 25 - underSites.size);
    const listed = async () => (await page.locator('.gw-district__zones li').evaluateAll((els) => els.map((e) => e.dataset.zone))).sort();

    // Pointer: Wonju Severance's district (the hospital is a pin in it) carries the zones
    // that name the hospital, and those over all of Wonju.
    const ilsan = codesOf('severance')[0];
    await page.locator(`.gw-map__district[data-district="${ilsan}"]`).dispatchEvent('click');
    await page.waitForURL(`${site.origin}/${lang}/map/?district=${ilsan}`);
    assert.deepEqual(await listed(), expectedFor(ilsan));
    assert.ok((await listed()).includes('regulation-free-zone'));
    for (const z of zones.filter((z) => expectedFor(ilsan).includes(z.id))) {
      assert.equal(await page.locator(`.gw-district__zones li[data-zone="${z.id}"]`).getAttribute('data-status'), z.status, z.id);
    }
    assert.match(await page.locator(`.gw-map__district[data-district="${ilsan}"]`).getAttribute('class'), /gw-map__district--selected/);
    const innovation = codesOf('innovation-city')[0];
    await assertNoAxeViolations(page, `${lang} map with a district chosen`);

    // Keyboard: open the list of districts and choose the first with Enter.
    await page.locator('.gw-districts summary').focus();
    await page.keyboard.press('Enter');
    const first = page.locator('.gw-districts a').first();
    const other = await first.getAttribute('data-district');
    assert.equal(await page.locator('.gw-districts a').count(), 25, 'every district in the list');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/${lang}/map/?district=${other}`);
    assert.deepEqual(await listed(), expectedFor(other));

    // A site's card shows the zones that cover it: the same stack as its district.
    await page.locator('.gw-sites a[data-site="innovation-city"]').click();
    await page.waitForURL(`${site.origin}/${lang}/map/?site=innovation-city`);
    assert.deepEqual(await listed(), expectedFor(innovation));
    await page.goBack();

    // A reload keeps the district.
    await page.reload();
    await waitForMap(page);
    assert.deepEqual(await listed(), expectedFor(other));
    assertNoProblems(problems, `${lang} map districts`);
    await context.close();
  });
}
