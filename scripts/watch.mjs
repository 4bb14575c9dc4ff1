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
const CODE = ['src', 'style', 'public', 'index.html', 'Cargo.toml', 'Cargo.lock', 'Trunk.toml', 'scripts/post-build', 'scripts/build-content'];
// Editors' swap, backup and lock files are not edits.
const IGNORED = /(^|\/)(\.|#)|~$|\.sw[a-p]$|^\d+$/;

const server = await serveStatic('dist', port);
console.log(`preview: http://127.0.0.1:${server.address().port}/ (rebuilds on every edit; Ctrl-C stops)`);

let pending = null; // 'content' | 'code'
let running = false;
let timer = null;

function run(command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`preview: cannot run ${command}: ${error.message}`);
      done(false);
    });
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

// Node's recursive watch follows each folder (new ones too), so an editor that saves by
// writing a new file in place of the old one is still seen.
function follow(path, kind) {
  const watcher = watch(path, { recursive: true }, (_, name) => {
    if (!name || !IGNORED.test(String(name))) changed(kind);
  });
  watcher.on('error', (error) => console.error(`preview: stopped watching ${path}: ${error.message}`));
}
for (const dir of CONTENT) follow(dir, 'content');
for (const path of CODE) follow(path, 'code');
