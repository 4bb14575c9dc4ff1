// Stories, programmes (with the fit-finder) and partners in the browser, checked against
// the seed files they are built from: everything shows in both languages with its
// sources, the finder's counts follow the data, survive a reload, shrug off a malformed
// query and work from the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { site, openPage, visit, holdWasm, assertNoAxeViolations, assertNoProblems } from './harness.mjs';

const seed = async (name) => JSON.parse(await readFile(`seeds/${name}.json`, 'utf8'));
const { stories } = await seed('stories');
const { programmes } = await seed('programmes');
const { information_as_of: today } = await seed('site');
// A programme whose last month lies before the information-as-of date is ended, listed
// apart and never offered by the finder.
const isEnded = (p) => p.ends < today.slice(0, 7);
const offered = programmes.filter((p) => !isEnded(p));
const ended = programmes.filter(isEnded);
const partnersFile = await seed('partners');
const { events } = await seed('events');

const NEEDS = ['rnd', 'talent', 'investment', 'global', 'network'];
const SITUATIONS = ['relocating', 'in-cluster'];
const matches = (p, needs, situations) =>
  (needs.length === 0 || needs.some((n) => p.needs.includes(n))) &&
  (situations.length === 0 || situations.some((s) => p.situations.includes(s)));
const countText = (lang, count) => lang === 'ko' ? `전체 ${offered.length}개 중 ${count}개 프로그램` : `${count} of ${offered.length} programmes`;

async function visibleProgrammes(page) {
  return page.locator('#finder .gw-programmes li:not([hidden]) [data-programme]').evaluateAll((els) => els.map((e) => e.dataset.programme));
}

for (const lang of ['ko', 'en']) {
  test(`${lang}: every story is listed and has its own page, each paragraph with its source and each figure linked`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/stories/`);
    for (const story of stories) {
      const link = page.locator(`[data-story="${story.id}"] a`);
      assert.equal((await link.innerText()).trim(), story.company[lang]);
      assert.equal(await link.getAttribute('href'), `/${lang}/stories/${story.id}/`);
    }
    await assertNoAxeViolations(page, `${lang} stories index`);
    for (const story of stories) {
      await visit(page, `/${lang}/stories/${story.id}/`);
      assert.equal((await page.locator('h1').innerText()).trim(), story.company[lang]);
      const paragraphs = page.locator('.gw-prose > p');
      assert.equal(await paragraphs.count(), story.paragraphs.length, `${story.id}: paragraphs`);
      for (let i = 0; i < story.paragraphs.length; i++) {
        const p = paragraphs.nth(i);
        assert.ok((await p.innerText()).includes(story.paragraphs[i].text[lang]), `${story.id}: paragraph ${i} text`);
        assert.equal(await p.locator('a.gw-source-link').count(), story.paragraphs[i].sources.length, `${story.id}: paragraph ${i} sources`);
      }
      for (const id of story.figures) {
        assert.equal(await page.locator(`.gw-card a[href="/${lang}/figures/${id}/"]`).count(), 1, `${story.id}: figure ${id}`);
      }
      await assertNoAxeViolations(page, `${lang} story ${story.id}`);
    }
    assertNoProblems(problems, `${lang} stories`);
    await context.close();
  });

  test(`${lang}: every programme, partner, goal, strategy and timeline entry shows with its sources`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/programmes/`);
    assert.deepEqual(await visibleProgrammes(page), offered.map((p) => p.id));
    assert.ok(ended.length >= 1 && offered.length >= 1, 'some programmes ended, some are offered');
    assert.deepEqual(
      await page.locator('#ended [data-programme]').evaluateAll((els) => els.map((e) => [e.dataset.programme, e.dataset.status])),
      ended.map((p) => [p.id, 'ended']),
    );
    for (const p of programmes) {
      const card = page.locator(`[data-programme="${p.id}"]`);
      assert.equal((await card.locator('h3').innerText()).trim(), p.name[lang]);
      assert.equal(await card.locator('a.gw-source-link').count(), p.sources.length, `${p.id}: sources`);
    }
    assert.equal(await page.locator('.gw-guide a[rel="external"][href^="http"]').count() >= 1, true, 'the guide links to the official website');
    await assertNoAxeViolations(page, `${lang} programmes`);

    await visit(page, `/${lang}/partners/`);
    for (const p of partnersFile.partners) {
      const card = page.locator(`[data-partner="${p.id}"]`);
      assert.equal((await card.locator('h3').innerText()).trim(), p.name[lang]);
      assert.equal(await card.locator('a.gw-source-link').count(), p.sources.length, `${p.id}: sources`);
    }
    const entries = page.locator('.gw-timeline li');
    assert.equal(await entries.count(), events.length);
    for (let i = 0; i < events.length; i++) {
      const entry = events[i];
      assert.equal(await entries.nth(i).getAttribute('data-date'), entry.date);
      assert.ok((await entries.nth(i).innerText()).includes(entry.text[lang]));
      assert.equal(await entries.nth(i).locator('a.gw-source-link').count(), entry.sources.length);
    }
    const years = events.map((e) => Number(e.date.slice(0, 4)));
    assert.ok(Math.min(...years) <= 2018 && Math.max(...years) >= 2028, 'the timeline runs from 2018 to 2028');
    for (const item of [...partnersFile.goals, ...partnersFile.strategies]) {
      assert.ok((await page.locator('#goals ~ ul, #goals ~ ol').allInnerTexts()).join('\n').includes(item.text[lang]), item.text.en);
    }
    await assertNoAxeViolations(page, `${lang} partners`);
    assertNoProblems(problems, `${lang} programmes and partners`);
    await context.close();
  });
}

test('the fit-finder: each filter changes the count as the data says, the URL keeps it, reset clears it', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/programmes/');
  const count = page.locator('.gw-finder__count');
  assert.equal(await count.innerText(), countText('en', offered.length));
  for (const need of NEEDS) {
    await page.locator(`input[name="need"][value="${need}"]`).check();
    await page.waitForURL(`${site.origin}/en/programmes/?need=${need}`);
    const expected = offered.filter((p) => matches(p, [need], []));
    assert.equal(await count.innerText(), countText('en', expected.length), need);
    assert.deepEqual(await visibleProgrammes(page), expected.map((p) => p.id), need);
    await page.locator(`input[name="need"][value="${need}"]`).uncheck();
    await page.waitForURL(`${site.origin}/en/programmes/`);
  }
  for (const situation of SITUATIONS) {
    await page.locator(`input[name="situation"][value="${situation}"]`).check();
    const expected = offered.filter((p) => matches(p, [], [situation]));
    await page.waitForURL(`${site.origin}/en/programmes/?situation=${situation}`);
    assert.deepEqual(await visibleProgrammes(page), expected.map((p) => p.id), situation);
    await page.locator(`input[name="situation"][value="${situation}"]`).uncheck();
  }

  // Two needs and a situation; then a reload restores exactly that.
  await page.locator('input[value="rnd"]').check();
  await page.locator('input[value="talent"]').check();
  await page.locator('input[value="relocating"]').check();
  await page.waitForURL(`${site.origin}/en/programmes/?need=rnd&need=talent&situation=relocating`);
  const combined = offered.filter((p) => matches(p, ['rnd', 'talent'], ['relocating']));
  assert.deepEqual(await visibleProgrammes(page), combined.map((p) => p.id));
  await page.reload();
  await page.waitForSelector('#gw-app[data-gw-ready]');
  assert.equal(await page.locator('input[value="talent"]').isChecked(), true);
  assert.equal(await page.locator('input[value="global"]').isChecked(), false);
  assert.equal(await count.innerText(), countText('en', combined.length));
  assert.deepEqual(await visibleProgrammes(page), combined.map((p) => p.id));
  await assertNoAxeViolations(page, 'filtered programme list');

  // A choice nothing fits shows the empty state.
  const empty = NEEDS.flatMap((n) => SITUATIONS.map((s) => [n, s])).find(([n, s]) => offered.every((p) => !matches(p, [n], [s])));
  assert.ok(empty, 'the data has a need and a situation that no programme serves together');
  await visit(page, `/en/programmes/?need=${empty[0]}&situation=${empty[1]}`);
  assert.equal(await count.innerText(), countText('en', 0));
  assert.equal(await page.locator('.gw-finder__empty').isVisible(), true);
  await page.locator('.gw-finder__reset').click();
  await page.waitForURL(`${site.origin}/en/programmes/`);
  assert.equal(await count.innerText(), countText('en', offered.length));
  assert.equal(await page.locator('.gw-finder__empty').isVisible(), false, 'the empty state hides again');
  assertNoProblems(problems, 'fit-finder');
  await context.close();
});

test('the fit-finder ignores a malformed query string without an error', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/ko/programmes/?need=%E0%A4%A&need=rnd&situation=%3Cscript%3E&need=,,&x=%%%');
  const expected = offered.filter((p) => matches(p, ['rnd'], []));
  assert.equal(await page.locator('.gw-finder__count').innerText(), countText('ko', expected.length));
  assert.match(await page.locator('.gw-finder .gw-notice').first().innerText(), /빼고 보여 드립니다/);
  assertNoProblems(problems, 'malformed finder query');
  await context.close();
});

test('the fit-finder works from the keyboard alone', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/programmes/');
  await page.locator('input[value="rnd"]').focus();
  await page.keyboard.press('Space');
  await page.waitForURL(/\?need=rnd$/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.waitForURL(/\?need=rnd&need=talent$/);
  const expected = offered.filter((p) => matches(p, ['rnd', 'talent'], []));
  assert.equal(await page.locator('.gw-finder__count').innerText(), countText('en', expected.length));
  // On to the reset link: past the remaining boxes.
  let onReset = false;
  for (let i = 0; i < 12 && !onReset; i++) {
    await page.keyboard.press('Tab');
    onReset = await page.evaluate(() => document.activeElement?.classList.contains('gw-finder__reset'));
  }
  assert.ok(onReset, 'the reset link is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${site.origin}/en/programmes/`);
  assert.equal(await page.locator('input[value="rnd"]').isChecked(), false);
  assertNoProblems(problems, 'finder keyboard');
  await context.close();
});

test('the fit-finder keeps a box ticked or cleared before its island started, and adds it to the URL', async () => {
  const { context, page, problems } = await openPage();
  // Hold the wasm back until the boxes have been used, as on a slow phone.
  const wasm = await holdWasm(page);
  await page.goto(`${site.origin}/en/programmes/?need=rnd`);
  await page.locator('input[value="talent"]').check();
  await page.locator('input[value="relocating"]').check();
  await page.locator('input[value="relocating"]').uncheck();
  await page.locator('input[value="global"]').check();
  await wasm.held();
  assert.equal(page.url(), `${site.origin}/en/programmes/?need=rnd`, 'nothing answered the boxes yet');
  wasm.release();
  await page.waitForSelector('#gw-app[data-gw-ready]');
  await page.waitForURL(`${site.origin}/en/programmes/?need=rnd&need=talent&need=global`);
  for (const [value, ticked] of [['rnd', true], ['talent', true], ['global', true], ['relocating', false], ['investment', false]]) {
    assert.equal(await page.locator(`input[value="${value}"]`).isChecked(), ticked, value);
  }
  const expected = offered.filter((p) => matches(p, ['rnd', 'talent', 'global'], []));
  assert.equal(await page.locator('.gw-finder__count').innerText(), countText('en', expected.length));
  assert.deepEqual(await visibleProgrammes(page), expected.map((p) => p.id));
  assertNoProblems(problems, 'boxes used before the start');
  await context.close();
});
