// What journalists and CMSs take away, in both languages: each chart's oEmbed document
// resolves from the discovery link on its page and its iframe loads the chart; the data
// package lists every download with the size and SHA-256 of the file served; the licence
// is on the press page and in figures.json; the milestones calendar is valid iCalendar
// with every timeline event, planned ones marked, and no day the sources do not give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { site, openPage, visit, assertNoProblems } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const { events } = JSON.parse(await readFile('seeds/events.json', 'utf8'));
const { information_as_of: asOf } = JSON.parse(await readFile('seeds/site.json', 'utf8'));
const charts = (await readFile(`${dist}/sitemap.xml`, 'utf8')).match(/\/en\/embed\/[a-z0-9-]+\//g);

for (const lang of ['ko', 'en']) {
  test(`${lang}: every chart's oEmbed document is discovered from its page and its iframe shows the chart`, async () => {
    assert.ok(charts.length >= 1, 'the sitemap lists the embed pages');
    const { context, page, problems } = await openPage();
    for (const path of charts.map((p) => p.replace('/en/', `/${lang}/`))) {
      await visit(page, path);
      const href = await page.locator('head link[type="application/json+oembed"]').getAttribute('href');
      const response = await page.request.get(href.replace(/^https?:\/\/[^/]+/, site.origin));
      assert.equal(response.status(), 200, `${path}: ${href}`);
      const doc = await response.json();
      assert.equal(doc.version, '1.0');
      assert.equal(doc.type, 'rich');
      for (const key of ['html', 'width', 'height', 'title', 'provider_name']) assert.ok(doc[key], `${path}: ${key}`);
      const src = doc.html.match(/<iframe src="([^"]+)"/)[1];
      assert.ok(src.endsWith(path), `${path}: the iframe shows this chart (${src})`);
      // Put the iframe on a blank page of another site's own and see the chart inside it.
      await page.goto('about:blank');
      await page.setContent(`<!doctype html><body>${doc.html.replace(/^https?:\/\/[^/]+/, site.origin).replace(src, site.origin + path)}</body>`);
      const frame = page.frameLocator('iframe');
      assert.equal((await frame.locator('h1, h2').first().innerText()).trim().length > 0, true, `${path}: the iframe loads`);
    }
    assertNoProblems(problems.filter((p) => !/about:blank/.test(p)), `${lang} oembed`);
    await context.close();
  });
}

test('the data package lists every download with the size and SHA-256 of the file served, and the licence', async () => {
  const pkg = JSON.parse(await readFile(`${dist}/data/datapackage.json`, 'utf8'));
  assert.equal(pkg.licenses[0].name, 'CC-BY-4.0');
  const figures = JSON.parse(await readFile(`${dist}/data/figures.json`, 'utf8'));
  assert.equal(pkg.version, figures.data_release, 'the package names the data release');
  assert.equal(figures.license.id, 'CC-BY-4.0', 'figures.json carries its licence');
  assert.ok(figures.license.attribution.en.includes(figures.data_release));
  assert.ok(pkg.resources.length >= 8);
  for (const r of pkg.resources) {
    const bytes = await readFile(`${dist}/data/${r.path}`);
    assert.equal(r.bytes, bytes.length, `${r.path}: size`);
    assert.equal(r.hash, `sha256:${createHash('sha256').update(bytes).digest('hex')}`, `${r.path}: checksum`);
  }
  const { context, page, problems } = await openPage();
  for (const lang of ['ko', 'en']) {
    await visit(page, `/${lang}/press/`);
    assert.ok(await page.locator('#licence').count(), 'a licence section');
    assert.ok((await page.locator('[data-attribution]').innerText()).includes(figures.data_release));
    assert.equal(await page.locator('a[rel~="license"]').getAttribute('href'), figures.license.url);
  }
  assertNoProblems(problems, 'licence');
  await context.close();
});

/** The calendar's content lines, unfolded (RFC 5545 §3.1). */
function unfold(ics) {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
}

test('the milestones calendar is valid iCalendar with every event, planned ones marked, and only the days the sources give', async () => {
  for (const lang of ['ko', 'en']) {
    const raw = await readFile(`${dist}/feeds/milestones-${lang}.ics`, 'utf8');
    assert.ok(raw.startsWith('BEGIN:VCALENDAR\r\n') && raw.trimEnd().endsWith('END:VCALENDAR'), 'one calendar');
    for (const line of raw.split('\r\n')) {
      assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
    }
    assert.ok(!/[^\r]\n/.test(raw), 'every line ends in CRLF');
    const lines = unfold(raw);
    assert.ok(lines.includes('VERSION:2.0') && lines.some((l) => l.startsWith('PRODID:')), 'VERSION and PRODID');
    const vevents = raw.split('BEGIN:VEVENT').slice(1).map((block) => unfold('BEGIN:VEVENT' + block.split('END:VEVENT')[0]));
    assert.equal(vevents.length, events.length, `${lang}: one event per timeline entry`);
    const uids = new Set();
    for (const [i, ev] of vevents.entries()) {
      const get = (name) => ev.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY']) assert.ok(get(name), `${lang} event ${i}: ${name}`);
      uids.add(get('UID'));
      const seed = events[i];
      assert.ok(get('UID').startsWith(`UID:${seed.date}-`), `event ${i} is the timeline's entry of ${seed.date}`);
      const start = get('DTSTART').split(':')[1];
      const end = get('DTEND').split(':')[1];
      assert.match(get('DTSTART'), /VALUE=DATE/, 'all-day');
      const [y, m = '01', d = '01'] = seed.date.split('-');
      assert.equal(start, `${y}${m}${d}`, `${seed.date}: starts on the first day the source allows`);
      const days = (Date.UTC(+end.slice(0, 4), +end.slice(4, 6) - 1, +end.slice(6)) - Date.UTC(+y, +m - 1, +d)) / 864e5;
      const parts = seed.date.split('-').length;
      if (parts === 3) assert.equal(days, 1, `${seed.date}: one day`);
      if (parts === 2) assert.ok(days >= 28 && days <= 31, `${seed.date}: the whole month`);
      if (parts === 1) assert.ok(days === 365 || days === 366, `${seed.date}: the whole year`);
      const planned = `${y}-${m}-${d}` > asOf;
      const summary = get('SUMMARY');
      assert.equal(/\((예정|Planned)\)/.test(summary), planned, `${seed.date}: planned marked only when planned`);
    }
    assert.equal(uids.size, vevents.length, 'UIDs are unique');
  }
});
