// What the build wrote, read from its folder (no browser): the site path of every page in
// both languages, from its index.html files.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

async function indexFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await indexFiles(path)));
    else if (entry.name === 'index.html') out.push(path);
  }
  return out;
}

/** Site paths of every page in both languages (`/ko/…`, `/en/…`), sorted. */
export async function builtRoutes(dist) {
  return (await indexFiles(dist))
    .map((file) => '/' + relative(dist, file).replace(/index\.html$/, ''))
    .filter((path) => path.startsWith('/ko/') || path.startsWith('/en/'))
    .sort();
}
