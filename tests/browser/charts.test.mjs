// The outcome charts in the browser: drawn by ECharts, their tables and CSV files equal the
// published chart data, relabelled per language, one instance per chart however often the
// page is entered, and an embed view that stands alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { site, openPage, visit, appReady, wakeCharts, assertNoAxeViolations, assertNoProblems, parseCsv } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
// The parts of a figure for the state it shows (the others are written too, hidden).
const SHOWN = '.gw-chart__state:not([hidden])';
const CHARTS = ['growth', 'growth-index', 'firms-supported', 'revenue-share', 'investment', 'evaluation'];


async function waitForCharts(page, count) {
  assert.equal(await wakeCharts(page), count, 'charts on the page');
}

for (const lang of ['ko', 'en']) {
  test(`${lang}: every chart renders, and its table and CSV download equal the published chart data`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/outcomes/`);
    await waitForCharts(page, CHARTS.length);
    for (const slug of CHARTS) {
      const figure = page.locator(`#chart-${slug}`);
      assert.equal(await figure.locator('canvas').count() > 0, true, `${slug}: drawn`);
      const csvLink = figure.getByRole('link', { name: lang === 'ko' ? '데이터 내려받기 (CSV)' : 'Download the data (CSV)' });
      const href = await csvLink.getAttribute('href');
      assert.equal(href, `/data/charts/${slug}.${lang}.csv`);
      const served = await (await page.request.get(site.origin + href)).text();
      assert.equal(served, await readFile(`${dist}${href}`, 'utf8'), `${slug}: served CSV is the built one`);
      const [header, ...rows] = parseCsv(served.replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
      const col = (name) => header.indexOf(name);
      const tableCells = await figure.locator(`${SHOWN} tbody td`).allInnerTexts();
      for (const row of rows) {
        assert.ok(tableCells.includes(row[col('value_text')]), `${slug}: table shows ${row[col('value_text')]}`);
      }
      assert.equal(tableCells.length, rows.length, `${slug}: one cell per CSV row`);
      const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
      assert.equal(await readFile(await download.path(), 'utf8'), served, `${slug}: downloaded file`);
      const svg = await page.request.get(`${site.origin}/data/charts/${slug}.${lang}.svg`);
      assert.equal(svg.status(), 200);
      assert.match(await svg.text(), /^<svg/);
    }
    assertNoProblems(problems, `${lang} charts`);
    await context.close();
  });
}

test('switching language relabels the charts, ECharts interface included', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/outcomes/');
  await waitForCharts(page, CHARTS.length);
  assert.equal((await page.locator('#chart-growth h2').innerText()).trim(), 'According to Electronic Times (etnews), supported firms grew faster than the cluster as a whole');
  const enOption = await page.evaluate(() => echarts.getInstanceByDom(document.querySelector('#chart-growth .gw-chart__canvas')).getOption());
  assert.deepEqual(enOption.xAxis[0].data, ['Revenue', 'Employment']);
  await page.locator('header').getByRole('link', { name: '한국어', exact: true }).click();
  await page.waitForURL(`${site.origin}/ko/outcomes/`);
  await page.getByRole('heading', { level: 1, name: '성과' }).waitFor();
  await appReady(page);
  await page.locator('#chart-growth .gw-chart__box').hover();
  await page.waitForFunction(() => {
    const el = document.querySelector('#chart-growth .gw-chart__canvas');
    const chart = el && window.echarts?.getInstanceByDom(el);
    return chart && chart.getOption().xAxis[0].data[0] === '매출';
  });
  assert.equal((await page.locator('#chart-growth h2').innerText()).trim(), '전자신문 보도에 따르면 지원 기업의 매출과 고용은 클러스터 전체보다 빠르게 늘었습니다');
  const locale = await page.evaluate(() => echarts.getInstanceByDom(document.querySelector('#chart-growth .gw-chart__canvas'))._locale?.time?.month?.[0]);
  assert.equal(locale, '1월', 'ECharts uses its Korean locale');
  assertNoProblems(problems, 'relabel');
  await context.close();
});

test('leaving and re-entering the outcomes page leaves exactly one instance per chart', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/outcomes/');
  await waitForCharts(page, CHARTS.length);
  for (let i = 0; i < 3; i++) {
    await page.locator('nav.gw-nav').getByRole('link', { name: 'Overview', exact: true }).click();
    await page.locator('h1.gw-hero__statement').waitFor();
    assert.equal(await page.locator('[_echarts_instance_]').count(), 0, 'charts disposed when the page is left');
    await page.locator('nav.gw-nav').getByRole('link', { name: 'Outcomes', exact: true }).click();
    await appReady(page);
    await waitForCharts(page, CHARTS.length);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.locator('[_echarts_instance_]').count(), CHARTS.length);
  assert.equal(await page.locator('.gw-chart__canvas canvas').count(), CHARTS.length);
  assertNoProblems(problems, 're-entry');
  await context.close();
});

test('the evaluation tab lives in the URL, and a link restores it', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/outcomes/?metric=jobs');
  await waitForCharts(page, CHARTS.length);
  const figure = page.locator('#chart-evaluation');
  assert.equal(await figure.locator('[aria-current="true"]').innerText(), 'Jobs');
  assert.deepEqual(await figure.locator(`${SHOWN} tbody td`).allInnerTexts(), ['126', '239']);
  await figure.getByRole('link', { name: 'Commercialisation revenue' }).click();
  await page.waitForURL(`${site.origin}/en/outcomes/?metric=revenue`);
  await figure.locator(`${SHOWN} tbody td`).first().filter({ hasText: 'KRW 26.82 billion' }).waitFor();
  const option = await page.evaluate(() => echarts.getInstanceByDom(document.querySelector('#chart-evaluation .gw-chart__canvas')).getOption());
  assert.deepEqual(option.series.map((s) => s.data), [[26.82, 64.1]], 'the chart redrew with the new data only');
  assertNoProblems(problems, 'tabs');
  await context.close();
});

test('the outcomes page has no axe violations', async () => {
  const { context, page, problems } = await openPage();
  for (const lang of ['ko', 'en']) {
    await visit(page, `/${lang}/outcomes/`);
    await waitForCharts(page, CHARTS.length);
    await assertNoAxeViolations(page, `/${lang}/outcomes/`);
  }
  assertNoProblems(problems, 'axe outcomes');
  await context.close();
});

test('the chart library loads only when a reader points at a chart, once; until then the build draws it', async () => {
  for (const [width, image] of [[390, 'w400'], [700, 'w600'], [1280, 'w800']]) {
    const { context, page, problems } = await openPage({ viewport: { width, height: 900 } });
    const scripts = [];
    page.on('request', (r) => { if (r.url().includes('/vendor/echarts-')) scripts.push(r.url()); });
    await visit(page, '/en/press/');
    await visit(page, '/en/outcomes/');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(scripts, [], `${width} px: nothing pointed at, no chart library`);
    assert.equal(await page.locator('.gw-chart__canvas canvas').count(), 0);
    const shown = await page.locator('#chart-growth .gw-chart__canvas img').evaluate((img) => img.currentSrc);
    assert.ok(shown.endsWith(`/data/charts/growth.en.${image}.svg`), `${width} px shows ${shown}`);
    await page.locator('#chart-growth .gw-chart__box').hover();
    await page.locator('#chart-growth .gw-chart__canvas canvas').waitFor();
    assert.equal(await page.locator('#chart-growth .gw-chart__canvas img').count(), 0, 'the image gives way');
    assert.equal(await page.locator('.gw-chart__canvas canvas').count(), 1, 'only the chart pointed at is drawn');
    await wakeCharts(page);
    assert.equal(scripts.length, 1, 'loaded once for six charts');
    assertNoProblems(problems, `${width} px`);
    await context.close();
  }
});

test('a link to another evaluation measure draws that chart at once (the build has no image of it)', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/outcomes/?metric=jobs');
  await page.locator('#chart-evaluation .gw-chart__canvas canvas').waitFor();
  assert.equal(await page.locator('.gw-chart__canvas canvas').count(), 1);
  assertNoProblems(problems, 'state drawn');
  await context.close();
});

for (const lang of ['ko', 'en']) {
  test(`${lang}: each embed view renders its chart alone, with its source`, async () => {
    const { context, page, problems } = await openPage();
    for (const slug of CHARTS) {
      await visit(page, `/${lang}/embed/${slug}/`);
      await waitForCharts(page, 1);
      assert.equal(await page.locator('header, footer, nav.gw-nav').count(), 0, `${slug}: no site chrome`);
      assert.equal(await page.locator('.gw-chart').count(), 1);
      assert.ok((await page.locator(`${SHOWN} .gw-chart__source`).innerText()).length > 10, `${slug}: source line`);
    }
    await assertNoAxeViolations(page, `/${lang}/embed/`);
    assertNoProblems(problems, `${lang} embed`);
    await context.close();
  });
}

test('a chart saves as PNG (drawn on demand) and offers iframe and no-JavaScript embed snippets', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/outcomes/');
  // Not pointed at yet: the button itself has the chart drawn, then saved.
  const figure = page.locator('#chart-firms-supported');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Save as PNG image' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'firms-supported.en.png');
  const png = await readFile(await download.path());
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
  await figure.locator(`${SHOWN} summary`).click();
  const snippets = await figure.locator(`${SHOWN} .gw-cite__text`).allInnerTexts();
  assert.match(snippets[0], /^<iframe src="https?:\/\/[^"]+\/en\/embed\/firms-supported\/"/);
  assert.match(snippets[1], /<img src="https?:\/\/[^"]+\/data\/charts\/firms-supported\.en\.svg"/);
  assert.match(snippets[1], /Electronic Times \(etnews\), 27 December 2022, paragraph 6/);
  assertNoProblems(problems, 'png and snippets');
  await context.close();
});

test('when the chart library cannot load, a PNG request says so, the image and table stay, and the button works again', async () => {
  const { context, page, problems } = await openPage({ expectedErrors: [/echarts|Failed to load|net::ERR_FAILED|integrity/i] });
  await context.route('**/vendor/echarts-*', (route) => route.abort());
  await visit(page, '/en/outcomes/');
  const figure = page.locator('#chart-growth');
  const button = figure.getByRole('button', { name: 'Save as PNG image' });
  await button.click();
  await figure.getByRole('alert').filter({ hasText: 'The chart could not be drawn' }).waitFor();
  assert.equal(await button.isEnabled(), true, 'the button is free for another try');
  assert.equal(await figure.locator('.gw-chart__canvas img').count(), 1, "the build's image stays");
  assert.ok((await figure.locator(`${SHOWN} tbody td`).count()) > 0, 'the table stays');
  assertNoProblems(problems, 'library failure');
  await context.close();
});

test('pointing at a drawn chart again neither fetches nor redraws it', async () => {
  const { context, page, problems } = await openPage();
  const options = [];
  page.on('request', (r) => { if (r.url().includes('/data/charts/growth.en') && r.url().endsWith('.live.json')) options.push(r.url()); });
  await visit(page, '/en/outcomes/');
  const box = page.locator('#chart-growth .gw-chart__box');
  await box.hover();
  await page.locator('#chart-growth .gw-chart__canvas--drawn canvas').waitFor();
  for (let i = 0; i < 3; i++) {
    await page.locator('h1').hover();
    await box.hover();
  }
  await page.waitForTimeout(500);
  assert.equal(options.length, 1, 'the option is fetched once');
  assertNoProblems(problems, 'hover again');
  await context.close();
});
