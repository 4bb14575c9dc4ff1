// The shell: navigation, languages in the URL, the language switch, the redirect from `/`,
// the 404 page, no console errors, no outside requests, no axe violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { site, openPage, visit, appReady, shipsApp, assertNoAxeViolations, assertNoProblems, headingOf } from './harness.mjs';

const LANGS = ['ko', 'en'];

async function navLinks(page) {
  const nav = page.locator('nav.gw-nav');
  return nav.getByRole('link').evaluateAll((links) =>
    links.map((a) => ({ name: a.textContent.trim(), path: new URL(a.href).pathname })));
}

for (const lang of LANGS) {
  // Every page is the build's HTML; a page with controls starts its islands, and a link
  // loads the next page as the build wrote it.
  test(`${lang}: from a page with islands, every navigation link loads its page with its heading`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/programmes/`);
    assert.ok(await shipsApp(page), 'the programmes page starts its islands');
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    const links = await navLinks(page);
    assert.equal(links.length, 11, 'eleven sections in the main navigation');
    for (const link of links) {
      await page.locator('nav.gw-nav').getByRole('link', { name: link.name, exact: true }).click();
      await page.waitForURL(site.origin + link.path);
      await assert.doesNotReject(
        headingOf(page, link).waitFor(),
        `${link.path}: heading "${link.name}"`,
      );
      assert.match(await page.title(), new RegExp(`^${link.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| `));
      const current = page.locator('nav.gw-nav [aria-current="page"]');
      assert.equal((await current.textContent()).trim(), link.name);
      if (await shipsApp(page)) await appReady(page);
    }
    assertNoProblems(problems, lang);
    await context.close();
  });

  test(`${lang}: every page loads directly from the static host, with no axe violations`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/`);
    const links = await navLinks(page);
    for (const link of links) {
      const response = await visit(page, link.path);
      assert.equal(response.status(), 200, link.path);
      await headingOf(page, link).waitFor();
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await assertNoAxeViolations(page, link.path);
    }
    assertNoProblems(problems, lang);
    await context.close();
  });
}

// A page with controls keeps its state in the query, and its switch keeps the query; a page
// of plain HTML has no state, and its switch is a plain link to the same page.
test('the language switch keeps the page, and its query string where the page has state', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/ko/');
  const koLinks = await navLinks(page);
  await visit(page, '/en/');
  const enLinks = await navLinks(page);
  let withApp = 0;
  for (const [i, ko] of koLinks.entries()) {
    const en = enLinks[i];
    await visit(page, `${ko.path}?tab=table&x=1`);
    const query = (await shipsApp(page)) ? '?tab=table&x=1' : '';
    if (query) withApp += 1;
    await page.locator('header').getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(`${site.origin}${en.path}${query}`);
    await headingOf(page, en).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    // Until the wasm runs, the switch is the build's link, which cannot know the query.
    if (query) await appReady(page);
    await page.locator('header').getByRole('link', { name: '한국어', exact: true }).click();
    await page.waitForURL(`${site.origin}${ko.path}${query}`);
    await headingOf(page, ko).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  }
  assert.ok(withApp >= 3, `${withApp} sections run the app (outcomes, map, programmes at least)`);
  assertNoProblems(problems, 'switch');
  await context.close();
});

for (const [locale, lang] of [['ko-KR', 'ko'], ['ko', 'ko'], ['en-US', 'en'], ['vi-VN', 'en'], ['uz-UZ', 'en']]) {
  test(`/ sends a browser preferring ${locale} to /${lang}/, keeping the query`, async () => {
    const { context, page, problems } = await openPage({ locale });
    await page.goto(`${site.origin}/?ref=newsletter`);
    await page.waitForURL(`${site.origin}/${lang}/?ref=newsletter`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assertNoProblems(problems, locale);
    await context.close();
  });
}

test('the language chooser at / offers both languages and has no axe violations', async () => {
  // The app would redirect at once; without its WebAssembly the static chooser stays.
  const context = await site.browser.newContext();
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${site.origin}/`);
  const main = page.getByRole('main');
  await main.getByRole('link', { name: '한국어', exact: true }).waitFor();
  await main.getByRole('link', { name: 'English', exact: true }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  await assertNoAxeViolations(page, '/ (chooser)');
  await context.close();
});

const NOT_FOUND = [
  ['/en/no-such-page/', 'Page not found', '/en/', 'en'],
  ['/ko/no-such-page/', '페이지를 찾을 수 없습니다', '/ko/', 'ko'],
];
for (const [path, heading, home, lang] of NOT_FOUND) {
  test(`an unknown path (${path}) shows the 404 page in its language with a link home`, async () => {
    const { context, page, problems } = await openPage({ expectedErrors: [/status of 404/] });
    const response = await visit(page, path);
    assert.equal(response.status(), 404);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    const homeLink = page.locator(`main a[href="${home}"]`);
    assert.equal(await homeLink.count(), 1);
    await assertNoAxeViolations(page, path);
    await homeLink.click();
    await page.waitForURL(site.origin + home);
    assertNoProblems(problems, path);
    await context.close();
  });
}

test('an unknown path without a language shows the 404 page in both languages', async () => {
  const { context, page, problems } = await openPage({ expectedErrors: [/status of 404/] });
  const response = await visit(page, '/wp-login.php');
  assert.equal(response.status(), 404);
  const h1 = await page.getByRole('heading', { level: 1 }).textContent();
  assert.match(h1, /페이지를 찾을 수 없습니다/);
  assert.match(h1, /Page not found/);
  for (const home of ['/ko/', '/en/']) assert.equal(await page.locator(`main a[href="${home}"]`).count(), 1);
  await assertNoAxeViolations(page, '/wp-login.php');
  assertNoProblems(problems, '404 without language');
  await context.close();
});

test('a link to an unknown page from a page with islands shows the 404 page in its language', async () => {
  const { context, page, problems } = await openPage({ expectedErrors: [/status of 404/] });
  await visit(page, '/en/programmes/');
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '/en/retired-page/';
    a.textContent = 'old link';
    document.querySelector('main').append(a);
  });
  await page.getByRole('link', { name: 'old link' }).click();
  await page.waitForURL(`${site.origin}/en/retired-page/`);
  await appReady(page);
  await page.getByRole('heading', { level: 1, name: 'Page not found', exact: true }).waitFor();
  assert.equal(await page.locator('main code').textContent(), '/en/retired-page/', 'it names the path asked for');
  assertNoProblems(problems, 'in-app 404');
  await context.close();
});

test('the skip link is the first thing focused and moves focus to the main content', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/outcomes/');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.textContent.trim());
  assert.equal(focused, 'Skip to main content');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assertNoProblems(problems, 'skip link');
  await context.close();
});

