// A plain static file server, behaving like a static host (GitHub Pages, nginx `try_files`):
// a file is served as is; a folder redirects to its slash form and serves its index.html;
// anything else gets 404.html with status 404. No SPA fallback: every route must exist as
// a file in dist/. Used by `scripts/serve` and the browser tests.
//
//   node scripts/static-server.mjs <dir> [port] [prefix]
// With a prefix (`/gwnic`) the folder is served under that path only, as on a GitHub Pages
// project site. Like nginx `gzip_static` (and brotli), a `.br` or `.gz` written next to a
// file by scripts/compress.mjs is sent instead when the client accepts it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.zip': 'application/zip',
};

async function isFile(path) {
  try { return (await stat(path)).isFile(); } catch { return false; }
}
async function isDir(path) {
  try { return (await stat(path)).isDirectory(); } catch { return false; }
}

/** Starts serving `dir` (under `prefix`); resolves to the running server once it listens.
 *  `cacheHashed`: send hashed files with the year-long, immutable `Cache-Control` that
 *  deploy/nginx.conf gives them, for benchmarks of a second visit. */
export async function serveStatic(dir, port = 0, host = '127.0.0.1', prefix = '', { cacheHashed = false } = {}) {
  const root = resolve(dir);
  const mount = prefix.replace(/\/+$/, '');
  const server = createServer(async (req, res) => {
    const send = async (status, file, extraHeaders = {}) => {
      const accepts = String(req.headers['accept-encoding'] ?? '');
      let encoding = null;
      for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (new RegExp(`\\b${name}\\b`).test(accepts) && (await isFile(file + suffix))) { encoding = [name, suffix]; break; }
      }
      const body = await readFile(encoding ? file + encoding[1] : file);
      res.writeHead(status, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'X-Content-Type-Options': 'nosniff',
        'Vary': 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding[0] } : {}),
        ...(cacheHashed && /-[0-9a-f]{12,20}(_bg)?\.(js|wasm|css|svg)$/.test(file) ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
        ...extraHeaders,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      const url = new URL(req.url, 'http://localhost');
      let path;
      try { path = decodeURIComponent(url.pathname); } catch { path = null; }
      if (path !== null && mount) {
        if (path === mount) path = '/';
        else if (path.startsWith(mount + '/')) path = path.slice(mount.length);
        else path = null;
      }
      const target = path === null ? null : normalize(join(root, path));
      if (target === null || (target !== root && !target.startsWith(root + sep))) {
        return await send(404, join(root, '404.html'));
      }
      if (await isFile(target)) return await send(200, target);
      if (await isDir(target)) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: url.pathname + '/' + url.search });
          return res.end();
        }
        const index = join(target, 'index.html');
        if (await isFile(index)) return await send(200, index);
      }
      return await send(404, join(root, '404.html'));
    } catch (err) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`server error: ${err.message}`);
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080', prefix = ''] = process.argv.slice(2);
  const server = await serveStatic(dir, Number(port), '127.0.0.1', prefix);
  const { port: bound } = server.address();
  console.log(`serving ${resolve(dir)} at http://127.0.0.1:${bound}${prefix.replace(/\/+$/, '')}/`);
}
