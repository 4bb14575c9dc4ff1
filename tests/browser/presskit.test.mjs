// The press kit, in both languages: the press page lists each language's ZIP with its
// size; each ZIP unpacks (with Python's zipfile, so this test does not trust our writer) to
// one folder whose SHA256SUMS match its files, and which holds every download, every
// chart as SVG and CSV, the fact sheet and the paragraph about the cluster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { site, openPage, assertNoProblems } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const { data_release: release } = JSON.parse(await readFile(`${dist}/data/figures.json`, 'utf8'));
const datapackage = JSON.parse(await readFile(`${dist}/data/datapackage.json`, 'utf8'));

/** Every file in the ZIP at `url`, as name → bytes (base64 through Python's zipfile). */
async function unzip(url) {
  const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
  const script = 'import sys,zipfile,io,json,base64\nz=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\nassert z.testzip() is None\nprint(json.dumps({i.filename: base64.b64encode(z.read(i)).decode() for i in z.infolist()}))';
  const out = JSON.parse(execFileSync('python3', ['-c', script], { input: bytes, maxBuffer: 64 << 20 }).toString());
  return { size: bytes.length, files: Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Buffer.from(v, 'base64')])) };
}

for (const lang of ['ko', 'en']) {
  test(`${lang}: the press kit is listed with its size, and its checksums match its files`, async () => {
    const { context, page, problems } = await openPage();
    await page.goto(`${site.origin}/${lang}/press/`);
    const links = await page.locator('[data-press-kit]').evaluateAll((els) => els.map((a) => ({
      lang: a.dataset.pressKit, href: a.getAttribute('href'), line: a.parentElement.textContent,
    })));
    assert.deepEqual(links.map((l) => l.lang).sort(), ['en', 'ko'], 'both kits listed');
    const own = links.find((l) => l.lang === lang);
    const { size, files } = await unzip(site.origin + own.href);
    const kb = (size / 1024).toFixed(1);
    assert.ok(own.line.includes(`ZIP, ${kb} KB`), `the page states the size (${kb} KB): ${own.line}`);

    const folder = `gwnic-press-kit-${lang}-${release}/`;
    const names = Object.keys(files);
    assert.ok(names.every((n) => n.startsWith(folder)), 'one folder named after the release');
    const inside = Object.fromEntries(names.map((n) => [n.slice(folder.length), files[n]]));
    const sums = inside.SHA256SUMS.toString().trim().split('\n').map((l) => l.split(/ {2}/));
    assert.deepEqual(sums.map(([, n]) => n).sort(), Object.keys(inside).filter((n) => n !== 'SHA256SUMS').sort(), 'every file listed once');
    for (const [hash, name] of sums) {
      assert.equal(createHash('sha256').update(inside[name]).digest('hex'), hash, name);
    }
    for (const resource of datapackage.resources) {
      const published = Buffer.from(await (await fetch(`${site.origin}/data/${resource.path}`)).arrayBuffer());
      assert.ok(published.equals(inside[`data/${resource.path}`]), `data/${resource.path} is the published file`);
    }
    const svgs = Object.keys(inside).filter((n) => /^charts\/[^/]+\.svg$/.test(n));
    assert.ok(svgs.length >= 6 && svgs.every((n) => n.endsWith(`.${lang}.svg`)), `charts in ${lang}: ${svgs}`);
    for (const svg of svgs) {
      assert.ok(inside[svg.replace(/\.svg$/, '.csv')], `${svg} has its CSV`);
      assert.match(inside[svg].toString(), /^<svg/, `${svg} is an SVG`);
    }
    const sheet = inside['fact-sheet.html'].toString();
    assert.doesNotMatch(sheet, /<script|<link[^>]+stylesheet/, 'the fact sheet stands alone');
    assert.match(sheet, new RegExp(`<html[^>]* lang="?${lang}`));
    assert.match(sheet, /<style>/);
    assert.match(inside['README.txt'].toString(), new RegExp(release));
    assertNoProblems(problems, `${lang} press kit`);
    await context.close();
  });
}
