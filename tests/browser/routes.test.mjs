// Every route, visited once with JavaScript and once without, through the shipped nginx
// config (deploy/nginx.conf, run by Debian's nginx on loopback over the built site). On
// each visit every check that needs the page is made, so the suite loads each route twice
// instead of six times:
// - with JavaScript: the response's headers; no Content-Security-Policy violation, no
//   request to another origin, no console error; a page with a control starts the app and
//   any other page loads no script file; axe-core finds no WCAG 2.2 AA or best-practice
//   violation; once its islands start the page shows the same text as its HTML; its
//   structure matches the other language's page, and an English page shows no unmarked
//   Korean;
// - without JavaScript: it shows its heading, text and figures, and its links lead to real
//   pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtRoutes } from './built.mjs';
import { site, appReady, shipsApp, wakeCharts, assertNoAxeViolations } from './harness.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const published = JSON.parse(await readFile(join(dist, 'data/figures.json'), 'utf8'));
let nginx, origin, dir;

/** Site paths of every page in both languages, from the built files. */
const routes = await builtRoutes(dist);

const freePort = () => new Promise((ok, fail) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); }).on('error', fail);
});

before(async () => {
  execFileSync(NGINX, ['-v'], { stdio: 'ignore' }); // fails clearly when nginx is missing
  dir = await mkdtemp(join(tmpdir(), 'gw-nginx-'));
  const port = await freePort();
  const server = (await readFile('deploy/nginx.conf', 'utf8'))
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/\s*listen \[::\]:80;/, '')
    .replace(/root \/var\/www\/gwnic;/, `root ${dist};`);
  assert.notEqual(server.indexOf(`root ${dist};`), -1, 'the config has the expected root line');
  await writeFile(join(dir, 'site.conf'), server);
  await writeFile(join(dir, 'nginx.conf'), `
    ${process.getuid?.() === 0 ? 'user root;' : ''}
    worker_processes 1;
    pid ${dir}/nginx.pid;
    error_log ${dir}/error.log;
    events {}
    http {
      include /etc/nginx/mime.types;
      default_type application/octet-stream;
      access_log off;
      client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
      uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
      include ${dir}/site.conf;
    }`);
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (d) => { stderr += d; });
  origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(origin + '/'); return; } catch { await new Promise((ok) => setTimeout(ok, 100)); }
  }
  throw new Error(`nginx did not start: ${stderr}`);
});

after(async () => {
  nginx?.kill('SIGTERM');
  if (dir) await rm(dir, { recursive: true, force: true });
});

const SECURITY = ['strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'content-security-policy'];

function assertSecurityHeaders(headers, label) {
  for (const name of SECURITY) assert.ok(headers[name], `${label}: ${name} missing`);
  const csp = headers['content-security-policy'];
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/, `${label}: CSP`);
  assert.equal(headers['x-content-type-options'], 'nosniff');
}

/** A browser with JavaScript, watched for outside requests, CSP violations and errors. */
async function scripted() {
  const context = await site.browser.newContext({ serviceWorkers: 'block' });
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  const assets = new Map();
  page.on('response', (r) => { if (!r.url().endsWith('/')) assets.set(new URL(r.url()).pathname, r); });
  let scripts = [];
  page.on('request', (r) => { if (/\.(js|wasm)$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname); });
  return {
    context, page, outside, errors, assets,
    takeScripts() { const s = scripts; scripts = []; return s; },
  };
}

/** The structure compared between the languages, outside what arrives with fetched data. */
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

/** The page's text, with the regions the browser fills (`data-gw-live`) emptied. Changes the page. */
function textOf(page) {
  return page.evaluate(() => {
    document.querySelectorAll('#gw-app [data-gw-live]').forEach((el) => el.replaceChildren());
    return document.querySelector('#gw-app').innerText;
  });
}

/** Without JavaScript: heading, figures, links; returns the page's text for the comparison. */
async function readWithoutScript(page, path, checked) {
  const response = await page.goto(origin + path);
  assert.equal(response.status(), 200, `${path} (no script)`);
  const h1 = (await page.locator('main h1').innerText()).trim();
  assert.ok(h1.length > 0, `${path}: heading`);
  const figure = published.figures.find((f) => f.pages.ko === path || f.pages.en === path);
  if (figure) {
    const lang = path.slice(1, 3);
    assert.equal(h1, figure.label[lang], `${path}: heading`);
    assert.ok((await page.locator('main').innerText()).includes(figure.formatted[lang]), `${path}: value`);
  }
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    const target = href.split('#')[0];
    if (!target || checked.has(target)) continue;
    checked.add(target);
    const r = await page.request.get(origin + target, { maxRedirects: 0 });
    assert.equal(r.status(), 200, `${path} links to ${target}`);
  }
  return textOf(page);
}

const shapes = new Map();
const plain = [];
const checkedLinks = new Set();

/** Every check on `path`, with and without JavaScript. */
async function visitOnce(js, noJs, path) {
  js.takeScripts();
  const response = await js.page.goto(origin + path);
  assert.equal(response.status(), 200, path);
  const headers = response.headers();
  assertSecurityHeaders(headers, path);
  const embed = /^\/(ko|en)\/embed\//.test(path);
  assert.match(headers['content-security-policy'], embed ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/, path);
  assert.equal(headers['cache-control'], 'no-cache', `${path}: HTML is revalidated`);
  // Counted in the page as served: the app may go on to render another (`/` redirects).
  const html = await response.text();
  // Every page registers the offline worker inline, after the policy that allows it.
  assert.match(html, /Content-Security-Policy[\s\S]*<script data-gw-offline>/, `${path}: the offline registration`);
  // The header's search box is a plain GET form: it works without a script.
  const body = (html.split('<body')[1] ?? '').replace(/<form[^>]*class="gw-header-search"[^>]*>[\s\S]*?<\/form>/, '');
  const controls = (body.match(/<(button|input|select|textarea)[\s>]|data-gw-app|data-gw-island/g) ?? []).length;
  if (path === '/') {
    // The language redirect: its island sends the browser to a home page.
    await js.page.waitForURL(/\/(ko|en)\/$/, { timeout: 20_000 });
    assert.ok(js.takeScripts().some((s) => s.endsWith('.wasm')), '/: the redirect runs in the wasm');
    assert.deepEqual(await js.page.evaluate(() => window.__cspViolations), [], '/: CSP violations');
    return;
  }
  const app = controls > 0;
  assert.equal(await shipsApp(js.page), app, `${path}: ships the app exactly when it has ${controls} controls`);
  if (app) {
    await appReady(js.page);
    assert.ok(js.takeScripts().some((s) => s.endsWith('.wasm')), `${path}: has ${controls} controls but loaded no wasm`);
  } else {
    await js.page.waitForLoadState('networkidle');
    assert.deepEqual(js.takeScripts(), [], `${path}: plain page loaded scripts`);
    plain.push(path);
  }
  if (/\/outcomes\/$/.test(path)) await wakeCharts(js.page);
  if (/\/map\/$/.test(path)) await js.page.waitForSelector('.gw-map__svg', { timeout: 20_000 });
  assert.deepEqual(await js.page.evaluate(() => window.__cspViolations), [], `${path}: CSP violations`);
  await assertNoAxeViolations(js.page, path);
  shapes.set(path, await shape(js.page));
  if (path.startsWith('/en/')) {
    assert.deepEqual(await koreanOutsideKoMarkup(js.page), [], `${path}: Korean text not marked lang="ko"`);
  }
  const before = await readWithoutScript(noJs, path, checkedLinks);
  // A page shipped as plain HTML is the build's HTML: nothing starts to change it.
  if (app) assert.equal(await textOf(js.page), before, `${path}: the islands render other text than the prerendered HTML`);
}

const opened = {};
async function browsers() {
  if (!opened.js) {
    opened.js = await scripted();
    opened.noJsContext = await site.browser.newContext({ javaScriptEnabled: false });
    opened.noJs = await opened.noJsContext.newPage();
  }
  return opened;
}

for (const lang of ['ko', 'en']) {
  test(`every ${lang} route: its headers and policy, app or plain, no axe violation on any route, the same text once started, no unmarked Korean in English, readable without JavaScript`, { timeout: 900_000 }, async () => {
    const mine = routes.filter((p) => p.startsWith(`/${lang}/`));
    assert.ok(mine.length > 50, `${mine.length} ${lang} routes`);
    const { js, noJs } = await browsers();
    for (const path of lang === 'ko' ? ['/', ...mine] : mine) await visitOnce(js, noJs, path);
    assert.deepEqual(js.outside, [], 'requests to another origin');
    assert.deepEqual(js.errors, [], 'console errors');
  });
}

test('every page exists in both languages with the same structure, and English pages have no unmarked Korean (checked on each visit)', () => {
  const rests = new Set(routes.map((p) => p.slice(3)));
  for (const rest of rests) {
    assert.ok(routes.includes(`/ko${rest}`) && routes.includes(`/en${rest}`), `${rest} in both languages`);
    assert.ok(shapes.has(`/ko${rest}`) && shapes.has(`/en${rest}`), `${rest} was visited in both languages`);
    assert.deepEqual(shapes.get(`/ko${rest}`), shapes.get(`/en${rest}`), `/ko${rest} and /en${rest} differ in structure`);
  }
  for (const path of ['/en/', '/ko/', '/en/stories/', '/en/partners/', '/en/press/']) {
    assert.ok(plain.includes(path), `${path} is plain HTML`);
  }
  assert.ok(checkedLinks.size > routes.length / 2, `${checkedLinks.size} distinct internal links checked`);
});

test('nginx: assets are cached as they should be, compressed when asked, and a missing page is a 404', async () => {
  const { js } = await browsers();
  const { assets, page } = js;
  // Hashed assets are cached for good; data (the map's geometry, a chart's option) for an hour; everything with the headers.
  const wasm = [...assets.keys()].find((p) => p.endsWith('.wasm'));
  const echarts = [...assets.keys()].find((p) => p.startsWith('/vendor/echarts-'));
  const geometry = [...assets.keys()].find((p) => p === '/data/map/wonju.json');
  const option = [...assets.keys()].find((p) => /^\/data\/charts\/.*\.live\.json$/.test(p));
  for (const [asset, cache] of [[wasm, /immutable/], [echarts, /immutable/], [geometry, /max-age=3600/], [option, /max-age=3600/]]) {
    assert.ok(asset, 'the asset was requested');
    const headers = await assets.get(asset).allHeaders();
    assertSecurityHeaders(headers, asset);
    assert.match(headers['cache-control'], cache, asset);
  }
  assert.equal((await assets.get(wasm).allHeaders())['content-type'], 'application/wasm');

  const missing = await page.goto(`${origin}/en/no-such-page/`);
  assert.equal(missing.status(), 404);
  assertSecurityHeaders(missing.headers(), '404');
  await page.waitForSelector('#gw-app[data-gw-ready]');

  // Precompressed files are served to clients that accept them.
  const gz = await fetch(`${origin}${wasm}`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gz.headers.get('content-encoding'), 'gzip');

  assert.deepEqual(js.outside, [], 'requests to another origin');
  // The one error expected: Chromium reports the 404 we asked for.
  assert.deepEqual(js.errors.filter((e) => !/no-such-page\/: Failed to load resource: .* 404/.test(e)), [], 'console errors');
  await js.context.close();
  await opened.noJsContext.close();
});
