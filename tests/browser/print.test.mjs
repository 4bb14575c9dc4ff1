// Printing: the overview and a figure page come out as a clean fact sheet (Chromium's PDF
// output): navigation and controls gone, the figures and their sources kept, outside links
// written out, a page or two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, visit, assertNoProblems } from './harness.mjs';

const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const [path, maxPages] of [['/en/', 3], ['/ko/', 3], ['/en/figures/commercialisation-revenue/', 3]]) {
  test(`${path} prints as a fact sheet`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, path);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => ['.gw-nav', '.gw-lang', '.gw-skip-link', '.gw-button']
      .flatMap((s) => [...document.querySelectorAll(s)])
      .filter((e) => getComputedStyle(e).display !== 'none')
      .map((e) => e.className));
    assert.deepEqual(hidden, [], 'navigation and controls are not printed');
    const shown = await page.evaluate(() => ['h1', '.gw-footer'].every((s) => {
      const e = document.querySelector(s);
      return e && getComputedStyle(e).display !== 'none';
    }));
    assert.ok(shown, 'the heading and the sources footer are printed');
    const links = await page.evaluate(() => {
      // A figure card cites its source by name and date; other outside links print their address.
      const a = [...document.querySelectorAll('.gw-main a[href^="http"]')].find((e) => !e.closest('.gw-card'));
      return a ? getComputedStyle(a, '::after').content : null;
    });
    if (links !== null) assert.match(links, /attr\(href\)|http/, 'outside links show their address');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdfPages(pdf);
    assert.ok(pages >= 1 && pages <= maxPages, `${path}: ${pages} printed pages`);
    assertNoProblems(problems, `${path} print`);
    await context.close();
  });
}
