// The shipped nginx config (deploy/nginx.conf), run by Debian's nginx on loopback over the
// built site: every route loads in Chromium with no Content-Security-Policy violation and
// no request to another origin, and every response carries the headers it should.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { site, shipsApp, wakeCharts } from './harness.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
let nginx, origin, dir;

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

test('nginx: every route loads with the headers it should, no CSP violation and nothing from elsewhere', async () => {
  const sitemap = await readFile(join(dist, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  assert.ok(paths.length > 50, `${paths.length} routes`);
  const context = await site.browser.newContext();
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

  for (const path of ['/', ...paths]) {
    const response = await page.goto(origin + path);
    assert.equal(response.status(), 200, path);
    const headers = response.headers();
    assertSecurityHeaders(headers, path);
    const embed = /^\/(ko|en)\/embed\//.test(path);
    assert.match(headers['content-security-policy'], embed ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/, path);
    assert.equal(headers['cache-control'], 'no-cache', `${path}: HTML is revalidated`);
    // `/` hands the browser on to a home page of its language.
    if (path === '/') await page.waitForURL(/\/(ko|en)\/$/, { timeout: 20_000 });
    else if (await shipsApp(page)) await page.waitForSelector('#gw-app[data-gw-ready]', { timeout: 20_000 });
    if (/\/outcomes\/$/.test(path)) await wakeCharts(page);
    if (/\/map\/$/.test(path)) await page.waitForSelector('.gw-map__svg', { timeout: 20_000 });
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], `${path}: CSP violations`);
  }

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

  assert.deepEqual(outside, [], 'requests to another origin');
  // The one error expected: Chromium reports the 404 we asked for.
  assert.deepEqual(errors.filter((e) => !/no-such-page\/: Failed to load resource: .* 404/.test(e)), [], 'console errors');
  await context.close();
});
