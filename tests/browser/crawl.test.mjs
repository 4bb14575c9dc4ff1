// A crawl of the built site's files: every prerendered HTML file is valid HTML
// (html-validate, standard and document rules), and every internal link and asset
// reference in it points to a file the site has. (Console errors on every route are
// checked by the accessibility crawl, which loads each one.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';

const dist = process.env.DIST_DIR ?? 'dist';

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

const exists = (path) => stat(path).then((s) => s.isFile() || s.isDirectory(), () => false);

/** The file a site path is served from (a folder serves its index.html). */
async function target(path) {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  const file = join(dist, clean);
  if (clean.endsWith('/')) return (await exists(join(file, 'index.html'))) ? join(file, 'index.html') : null;
  return (await exists(file)) ? file : null;
}

const files = await htmlFiles(dist);

test('every prerendered HTML file is valid HTML', async () => {
  assert.ok(files.length > 100, `${files.length} HTML files`);
  const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:document'] });
  const problems = [];
  for (const file of files) {
    const report = await validator.validateString(await readFile(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('no internal link or asset reference is broken', async () => {
  const broken = new Set();
  let checked = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const refs = [...html.matchAll(/\s(?:href|src|content)=["']?(\/[^"'\s>]*)/g)].map((m) => m[1]);
    for (const ref of refs) {
      if (ref.startsWith('//')) continue;
      checked++;
      if (!(await target(ref))) broken.add(`${file}: ${ref}`);
    }
  }
  assert.ok(checked > 1000, `${checked} references checked`);
  assert.deepEqual([...broken], []);
});
