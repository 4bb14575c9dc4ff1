// The local preview that follows edits (`scripts/serve --watch`): serves dist/ as a static
// host would and rebuilds it when a file changes. A content edit (seeds/, releases/) takes
// the fast path, scripts/rebuild (no trunk, no Rust compiled); a change to the code, the
// stylesheet or the page template runs the full `trunk build --release`.
//   node scripts/watch.mjs [port]
import { watch } from 'node:fs';
import { spawn } from 'node:child_process';
import { serveStatic } from './static-server.mjs';

const port = Number(process.argv[2] ?? 8080);
const CONTENT = ['seeds', 'releases'];
const CODE = ['src', 'style', 'public', 'index.html', 'Cargo.toml', 'scripts/post-build', 'scripts/build-content'];

const server = await serveStatic('dist', port);
console.log(`preview: http://127.0.0.1:${server.address().port}/ (rebuilds on every edit; Ctrl-C stops)`);

let pending = null; // 'content' | 'code'
let running = false;
let timer = null;

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code) => done(code === 0));
  });
}

async function rebuild() {
  if (running || !pending) return;
  running = true;
  const kind = pending;
  pending = null;
  const start = performance.now();
  const ok = kind === 'code'
    ? await run('trunk', ['build', '--release'])
    : await run('bash', ['scripts/rebuild']);
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.log(ok
    ? `preview: rebuilt (${kind === 'code' ? 'full build' : 'content'}) in ${seconds} s; reload the page`
    : `preview: the ${kind === 'code' ? 'build' : 'content'} did not build (see above); dist/ is unchanged`);
  running = false;
  rebuild();
}

function changed(kind) {
  if (pending !== 'code') pending = kind;
  clearTimeout(timer);
  timer = setTimeout(rebuild, 150);
}

for (const dir of CONTENT) watch(dir, { recursive: true }, () => changed('content'));
for (const path of CODE) watch(path, { recursive: true }, () => changed('code'));
