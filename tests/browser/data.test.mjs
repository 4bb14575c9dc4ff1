// Figures, their pages, citations and the published data, in the browser.
// The reference is dist/data/figures.json, which the native tests prove equals the model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { site, openPage, visit, assertNoAxeViolations, assertNoProblems, parseCsv } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const published = JSON.parse(await readFile(`${dist}/data/figures.json`, 'utf8'));
const LANGS = ['ko', 'en'];


for (const lang of LANGS) {
  test(`${lang}: the overview shows every headline figure with its period, source and link`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/`);
    const main = page.getByRole('main');
    const text = await main.innerText();
    const cards = await main.locator('.gw-card').count();
    assert.ok(cards >= 8, `${cards} cards`);
    for (const card of await main.locator('.gw-card').all()) {
      const link = card.locator('.gw-card__label a');
      const href = new URL(await link.getAttribute('href'), site.origin).pathname;
      const figure = published.figures.find((f) => f.pages[lang] === href);
      assert.ok(figure, `card links to a known figure page: ${href}`);
      assert.equal(await card.locator('a.gw-source-link').getAttribute('href'), figure.source.url, `${figure.id}: its source, one click away`);
      const cardText = await card.innerText();
      assert.ok(cardText.includes(figure.formatted[lang]), `${figure.id}: value ${figure.formatted[lang]}`);
      assert.ok(cardText.includes(figure.label[lang]), `${figure.id}: label`);
    }
    assert.match(text, lang === 'ko' ? /전자신문, 2022년 12월 27일, 1문단/ : /Electronic Times \(etnews\), 27 December 2022, paragraph 1/);
    assertNoProblems(problems, `${lang} overview`);
    await context.close();
  });

  test(`${lang}: every figure page loads from the static host with its value, period and source`, async () => {
    const { context, page, problems } = await openPage();
    for (const figure of published.figures) {
      await page.goto(site.origin + figure.pages[lang]);
      await page.getByRole('heading', { level: 1, name: figure.label[lang], exact: true }).waitFor();
      const text = await page.getByRole('main').innerText();
      assert.ok(text.includes(figure.formatted[lang]), `${figure.id}: ${figure.formatted[lang]}`);
      if (figure.source) {
        assert.equal(await page.locator(`main a[href="${figure.source.url}"]`).count() > 0, true, `${figure.id}: source link`);
      } else {
        assert.ok(text.includes(figure.formula), `${figure.id}: formula of a derived figure`);
      }
    }
    assertNoProblems(problems, `${lang} figure pages`);
    await context.close();
  });

  test(`${lang}: a figure page with a discrepancy and the press page have no axe violations`, async () => {
    const { context, page, problems } = await openPage();
    for (const path of [`/${lang}/figures/commercialisation-revenue/`, `/${lang}/figures/supported-revenue-index/`, `/${lang}/press/`]) {
      await visit(page, path);
      await assertNoAxeViolations(page, path);
    }
    assertNoProblems(problems, `${lang} axe`);
    await context.close();
  });
}

test('the copy button puts the citation shown on the page on the clipboard', async () => {
  const { context, page, problems } = await openPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await visit(page, '/en/figures/new-jobs/');
  const shown = (await page.locator('.gw-cite__text[lang="en"]').innerText()).trim();
  assert.match(shown, /^New jobs: 126 jobs \(2018–2021\)\. Source: Electronic Times \(etnews\), 27 December 2022, paragraph 1/);
  await page.getByRole('button', { name: 'Copy Citation in English' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shown);
  assertNoProblems(problems, 'copy');
  await context.close();
});

test('the downloads are served at stable URLs and equal the published figures', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/press/');
  const csvResponse = await page.request.get(`${site.origin}/data/figures.csv`);
  assert.equal(csvResponse.status(), 200);
  const csvText = await csvResponse.text();
  assert.equal(csvText.charCodeAt(0), 0xfeff, 'UTF-8 BOM for Excel');
  const [header, ...rows] = parseCsv(csvText.slice(1)).filter((r) => r.length > 1);
  assert.equal(rows.length, published.figures.length);
  const col = (name) => header.indexOf(name);
  for (const figure of published.figures) {
    const row = rows.find((r) => r[col('id')] === figure.id);
    assert.ok(row, `${figure.id} in the CSV`);
    assert.equal(Number(row[col('value')]), figure.value, figure.id);
    assert.equal(row[col('value_ko')], figure.formatted.ko, figure.id);
    assert.equal(row[col('label_en')], figure.label.en, figure.id);
  }
  for (const path of ['data/figures.json', 'data/figures.schema.json', 'data/sources.csv', 'data/glossary.csv']) {
    const response = await page.request.get(`${site.origin}/${path}`);
    assert.equal(response.status(), 200, path);
    assert.equal(await response.text(), await readFile(`${dist}/${path}`, 'utf8'), path);
  }
  // The link on the press page downloads the same file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Every figure (CSV)' }).click(),
  ]);
  const saved = await download.path();
  assert.equal(await readFile(saved, 'utf8'), csvText);
  assertNoProblems(problems, 'downloads');
  await context.close();
});
