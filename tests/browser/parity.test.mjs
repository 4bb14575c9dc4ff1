// Both languages, always: every page exists in Korean and English with the same structure,
// and an English page shows no Korean text except where it is marked lang="ko" (a Korean
// name in the glossary, the Korean citation, the language switch).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { site, openPage, visit, assertNoProblems } from './harness.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const published = JSON.parse(await readFile(`${dist}/data/figures.json`, 'utf8'));

async function sectionPaths(page) {
  await visit(page, '/en/');
  return page.locator('nav.gw-nav a').evaluateAll((links) => links.map((a) => new URL(a.href).pathname.slice(3)));
}

function shape(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    // What arrives with fetched data (the map's district list) is compared by the map's own
    // tests in both languages; here it would only measure how fast the fetch was.
    const count = (sel) => [...main.querySelectorAll(sel)].filter((e) => !e.closest('[data-gw-live]')).length;
    return { h1: count('h1'), h2: count('h2'), h3: count('h3'), li: count('li'), tr: count('tr'), a: count('a'), button: count('button') };
  });
}

function koreanOutsideKoMarkup(page) {
  return page.evaluate(() => {
    const hangul = /[\uAC00-\uD7A3]/;
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!hangul.test(node.textContent)) continue;
      if (node.parentElement.closest('[lang="ko"]')) continue;
      found.push(node.textContent.trim().slice(0, 60));
    }
    return found;
  });
}

test('every page exists in both languages with the same structure, and English pages have no unmarked Korean', async () => {
  const { context, page, problems } = await openPage();
  const rests = [...(await sectionPaths(page)), ...published.figures.map((f) => f.pages.en.slice(3))];
  assert.ok(rests.length > 40, `${rests.length} pages`);
  for (const rest of rests) {
    await visit(page, `/en${rest}`);
    const en = await shape(page);
    assert.deepEqual(await koreanOutsideKoMarkup(page), [], `/en${rest}: Korean text not marked lang="ko"`);
    await visit(page, `/ko${rest}`);
    const ko = await shape(page);
    assert.deepEqual(ko, en, `/ko${rest} and /en${rest} differ in structure`);
  }
  assertNoProblems(problems, 'parity');
  await context.close();
});
