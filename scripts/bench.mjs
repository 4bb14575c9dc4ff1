// Size benchmark (not a test): every file in dist/ with its raw, gzip and brotli size, and
// the total a first visit to the home page downloads.
//   node scripts/bench.mjs [dist]
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = [];
for await (const path of files(dist)) {
  const body = await readFile(path);
  rows.push({
    path: relative(dist, path),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
rows.sort((a, b) => b.raw - a.raw);
console.log(`${'file'.padEnd(44)}${'raw KB'.padStart(8)}${'gzip KB'.padStart(9)}${'br KB'.padStart(8)}`);
for (const r of rows) console.log(`${r.path.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.br)}`);

// What the home page needs on a first visit: its HTML and every asset it references.
const home = rows.find((r) => r.path === 'en/index.html');
const html = await readFile(join(dist, 'en/index.html'), 'utf8');
const referenced = rows.filter((r) => !r.path.endsWith('.html') && html.includes(`/${r.path}`));
const first = [home, ...referenced].filter(Boolean);
const sum = (key) => first.reduce((n, r) => n + r[key], 0);
console.log(`\nhome page first visit (${first.map((r) => r.path).join(', ')}):`);
console.log(`  raw ${kb(sum('raw')).trim()} KB, gzip ${kb(sum('gzip')).trim()} KB, brotli ${kb(sum('br')).trim()} KB`);
