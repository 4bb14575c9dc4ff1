// Writes foo.gz and foo.br next to every compressible file of the built site, for hosts
// that serve precompressed files (nginx `gzip_static`, Caddy `precompressed`, ...).
//   node scripts/compress.mjs <dist-dir>
import { readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2];
if (!dir) { console.error('usage: node scripts/compress.mjs <dist-dir>'); process.exit(2); }
const TYPES = new Set(['.html', '.js', '.css', '.wasm', '.json', '.csv', '.svg', '.xml', '.txt', '.geojson', '.atom', '.ics']);

async function* files(root) {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TYPES.has(extname(entry.name))) yield path;
  }
}

let count = 0, before = 0, after = 0;
for await (const path of files(dir)) {
  const data = await readFile(path);
  if (data.length < 1024) continue;
  const gz = gzipSync(data, { level: 9 });
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  await writeFile(`${path}.gz`, gz);
  await writeFile(`${path}.br`, br);
  count++; before += data.length; after += br.length;
}
console.log(`compress: ${count} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli`);
