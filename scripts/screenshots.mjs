// Screenshots for review (not a test): every top-level page in both languages at 390 and
// 1280 px wide, in the light and the dark colour scheme, from a built dist/.
//   node scripts/screenshots.mjs [--dist dist] [--out .screenshots] [--full] [--dark-only|--light-only] [/en/ /ko/map/ ...]
// Without paths it takes the section pages listed in dist/sitemap.xml (one level deep).
// Each file is named <lang>-<page>-<width>-<scheme>.png; the first screen (800 px high)
// unless --full asks for the whole page.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const dist = option('--dist', 'dist');
const out = option('--out', '.screenshots');
const full = flag('--full');
const schemes = flag('--dark-only') ? ['dark'] : flag('--light-only') ? ['light'] : ['light', 'dark'];
const unknown = args.find((a) => a.startsWith('--'));
if (unknown) {
  console.error(`unknown option ${unknown}`);
  process.exit(2);
}

async function sectionPaths() {
  const sitemap = await readFile(join(dist, 'sitemap.xml'), 'utf8').catch(() => {
    console.error(`no ${dist}/sitemap.xml: build the site first (trunk build --release)`);
    process.exit(1);
  });
  const paths = [...sitemap.matchAll(/<loc>[^<]*?(\/(?:ko|en)\/(?:[a-z-]+\/)?)<\/loc>/g)].map((m) => m[1]);
  return [...new Set(paths)];
}

const paths = args.length ? args : await sectionPaths();
await mkdir(out, { recursive: true });
const server = await serveStatic(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let count = 0;
try {
  for (const scheme of schemes) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
      // Nothing leaves the machine, as in the tests.
      await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'root';
        const file = join(out, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: full });
        count += 1;
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} screenshots in ${out}/`);
