// Versioned data in the browser, in both languages: every release's files are published
// under /data/v/<version>/ (the live one equal to /data/); the changelog lists the releases
// newest first with exactly the figures added, changed (old → new) and removed that a
// comparison of the frozen files finds; a figure page lists its value in each release and
// its citation names the live release; both Atom feeds parse, carry what RFC 4287 requires
// and are linked from the head of every page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { site, openPage, visit, assertNoProblems } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const live = JSON.parse(await readFile(`${dist}/data/figures.json`, 'utf8'));

/** The releases as the changelog lists them, newest first. */
async function versionsOnPage(page) {
  return page.locator('.gw-release').evaluateAll((els) => els.map((el) => el.dataset.version));
}

const frozen = async (version) => JSON.parse(await readFile(`${dist}/data/v/${version}/figures.json`, 'utf8')).figures;

const samePeriod = (a, b) => (a.start ?? null) === (b.start ?? null) && a.end === b.end && (a.as_of ?? null) === (b.as_of ?? null);
const sameValue = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** What `after` changed from `before`, computed here from the published files. */
function compare(before, after) {
  const old = new Map(before.map((f) => [f.id, f]));
  const now = new Map(after.map((f) => [f.id, f]));
  return {
    added: after.filter((f) => !old.has(f.id)).map((f) => f.id),
    removed: before.filter((f) => !now.has(f.id)).map((f) => f.id),
    changed: after.filter((f) => old.has(f.id)).filter((f) => {
      const o = old.get(f.id);
      return !sameValue(o.value, f.value) || o.unit !== f.unit || !samePeriod(o.period, f.period);
    }).map((f) => ({ id: f.id, before: old.get(f.id).formatted, after: f.formatted })),
  };
}

let versions;

for (const lang of ['ko', 'en']) {
  test(`${lang}: the changelog lists each release newest first with what comparing its files finds`, async () => {
    const { context, page, problems } = await openPage();
    await visit(page, `/${lang}/changelog/`);
    versions = await versionsOnPage(page);
    assert.ok(versions.length >= 2, 'at least two releases');
    assert.deepEqual([...versions].sort().reverse(), versions, 'newest first');
    assert.equal(await page.locator('.gw-release').first().locator('.gw-badge').count(), 1, 'the newest is marked current');
    // The live release's frozen copy is what the stable address serves.
    assert.deepEqual(await frozen(versions[0]), live.figures, '/data/v/<current>/ equals /data/');
    let changesSeen = 0;
    for (const [i, version] of versions.entries()) {
      for (const file of ['figures.json', 'figures.csv']) {
        assert.ok(existsSync(`${dist}/data/v/${version}/${file}`), `${version}: ${file} is published`);
      }
      const section = page.locator(`.gw-release[data-version="${version}"]`);
      const listed = async (kind) => section.locator(`[data-changes="${kind}"] li`).evaluateAll((els) => els.map((el) => el.dataset.figure));
      if (i === versions.length - 1) {
        assert.equal(await section.locator('[data-changes] li').count(), 0, 'the first release has nothing to compare with');
        continue;
      }
      const expected = compare(await frozen(versions[i + 1]), await frozen(version));
      assert.deepEqual(await listed('added'), expected.added, `${version}: added`);
      assert.deepEqual(await listed('removed'), expected.removed, `${version}: removed`);
      assert.deepEqual(await listed('changed'), expected.changed.map((c) => c.id), `${version}: changed`);
      for (const c of expected.changed) {
        const item = section.locator(`[data-changes="changed"] li[data-figure="${c.id}"]`);
        assert.ok((await item.locator('del').innerText()).startsWith(c.before[lang]), `${c.id}: old value`);
        assert.ok((await item.locator('ins').innerText()).startsWith(c.after[lang]), `${c.id}: new value`);
      }
      changesSeen += expected.added.length + expected.removed.length + expected.changed.length;
    }
    assert.ok(changesSeen > 0, 'the releases differ somewhere');
    assertNoProblems(problems, `${lang} changelog`);
    await context.close();
  });

  test(`${lang}: a figure page lists its value in each release, and its citation names the live one`, async () => {
    const { context, page, problems } = await openPage();
    const byVersion = {};
    for (const v of versions) byVersion[v] = new Map((await frozen(v)).map((f) => [f.id, f]));
    // A figure present in an older release too.
    const figure = live.figures.find((f) => versions.slice(1).some((v) => byVersion[v].has(f.id)));
    await visit(page, `/${lang}/figures/${figure.id}/`);
    const rows = await page.locator('.gw-history tbody tr').evaluateAll((els) => els.map((el) => ({
      version: el.dataset.version, value: el.querySelector('td').innerText,
    })));
    const expected = versions.filter((v) => byVersion[v].has(figure.id))
      .map((v) => ({ version: v, value: byVersion[v].get(figure.id).formatted[lang] }));
    assert.deepEqual(rows, expected, 'one row per release that has the figure, newest first');
    const citations = (await page.locator('.gw-cite').allInnerTexts()).join('\n');
    assert.ok(citations.includes(versions[0]), 'a citation names the live release');
    // The release links to its changelog entry.
    await page.locator('.gw-history tbody a').first().click();
    await page.waitForURL(new RegExp(`/changelog/#v-${versions[0]}$`));
    assertNoProblems(problems, `${lang} figure history`);
    await context.close();
  });
}

test('both Atom feeds in both languages parse and carry what RFC 4287 requires; every page links them', async () => {
  const { context, page, problems } = await openPage();
  await visit(page, '/en/');
  for (const lang of ['ko', 'en']) {
    for (const name of ['updates', 'releases']) {
      const path = `/feeds/${name}-${lang}.atom`;
      const response = await page.request.get(site.origin + path);
      assert.equal(response.status(), 200, path);
      assert.match(response.headers()['content-type'], /^application\/atom\+xml/, `${path}: type`);
      const report = await page.evaluate(({ xml, self }) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
        const ns = 'http://www.w3.org/2005/Atom';
        const feed = doc.documentElement;
        const child = (el, tag) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === tag);
        const text = (el, tag) => child(el, tag)[0]?.textContent ?? null;
        const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
        const problems = [];
        if (feed.namespaceURI !== ns || feed.localName !== 'feed') problems.push('root is not an Atom feed');
        for (const tag of ['id', 'title', 'updated']) if (child(feed, tag).length !== 1) problems.push(`feed needs one ${tag}`);
        if (!rfc3339.test(text(feed, 'updated') ?? '')) problems.push('feed updated is not RFC 3339');
        if (!child(feed, 'link').some((l) => l.getAttribute('rel') === 'self' && l.getAttribute('href').endsWith(self))) problems.push('no self link');
        const entries = child(feed, 'entry');
        const feedAuthor = child(feed, 'author').some((a) => text(a, 'name'));
        const ids = new Set();
        const dates = [];
        for (const e of entries) {
          for (const tag of ['id', 'title', 'updated']) if (child(e, tag).length !== 1) problems.push(`entry needs one ${tag}`);
          if (!rfc3339.test(text(e, 'updated') ?? '')) problems.push(`entry updated ${text(e, 'updated')}`);
          if (!child(e, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')) problems.push('entry without alternate link');
          if (!feedAuthor && !child(e, 'author').length) problems.push('no author');
          if (ids.has(text(e, 'id'))) problems.push(`duplicate id ${text(e, 'id')}`);
          ids.add(text(e, 'id'));
          dates.push(Date.parse(text(e, 'updated')));
        }
        const newestFirst = dates.every((d, i) => i === 0 || dates[i - 1] >= d);
        return { problems, entries: entries.length, newestFirst, lang: feed.getAttribute('xml:lang') };
      }, { xml: await response.text(), self: path });
      assert.equal(report.error, undefined, `${path}: ${report.error}`);
      assert.deepEqual(report.problems, [], path);
      assert.ok(report.entries > 0, `${path}: has entries`);
      assert.ok(report.newestFirst, `${path}: newest first`);
      assert.equal(report.lang, lang, `${path}: language`);
    }
  }
  // The head of a page in each language links that language's feeds.
  for (const path of ['/ko/', '/en/press/', '/ko/figures/firms-attracted/']) {
    await visit(page, path);
    const lang = path.slice(1, 3);
    const feeds = await page.locator('head link[type="application/atom+xml"]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    assert.deepEqual(feeds.sort(), [`/feeds/releases-${lang}.atom`, `/feeds/updates-${lang}.atom`], `${path}: feed links`);
  }
  assertNoProblems(problems, 'feeds');
  await context.close();
});
