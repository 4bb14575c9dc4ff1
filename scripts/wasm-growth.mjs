// Benchmark (not a test): does the wasm grow with the content? Builds the browser app twice
// with cargo, once from the real seeds and once from a copy of the project whose seed
// files have every list doubled (each entry again, its id suffixed "-2"), and prints
// both sizes: raw as cargo writes it, after wasm-opt -Os --converge (as trunk does, index.html), and brotli.
//   node scripts/wasm-growth.mjs       (about 4 minutes; uses target/wasm-growth/)
import { cp, mkdir, readdir, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';

const root = resolve(new URL('..', import.meta.url).pathname);
const work = join(root, 'target/wasm-growth');
const targetDir = join(work, 'target');
// The tools scripts/setup installs (wasm-bindgen in ~/.cargo/bin, wasm-opt from npm).
process.env.PATH = `${join(root, 'node_modules/.bin')}:${process.env.HOME}/.cargo/bin:${process.env.PATH}`;

/** Each list of the file (a top-level array) doubled: every entry again after the list, its
 * id suffixed "-2". */
function doubled(file) {
  const twice = (list) => [...list, ...list.map((entry) => {
    const copy = structuredClone(entry);
    if (copy && typeof copy === 'object' && typeof copy.id === 'string') copy.id += '-2';
    return copy;
  })];
  if (Array.isArray(file)) return twice(file);
  return Object.fromEntries(Object.entries(file).map(([k, v]) => [k, Array.isArray(v) ? twice(v) : v]));
}

/** The project copied into one folder (the same for both builds, so cargo sees the seeds
 * change where the wasm depends on them), its seed files passed through `transform`. */
async function project(transform, fresh) {
  const dir = join(work, 'project');
  if (fresh) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (const entry of ['Cargo.toml', 'Cargo.lock', 'src']) {
      await cp(join(root, entry), join(dir, entry), { recursive: true });
    }
  }
  await rm(join(dir, 'seeds'), { recursive: true, force: true });
  await cp(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
  let seedBytes = 0;
  for (const file of await readdir(join(dir, 'seeds'))) {
    if (!file.endsWith('.json')) continue;
    const path = join(dir, 'seeds', file);
    const text = transform(await readFile(path, 'utf8'));
    await writeFile(path, text);
    seedBytes += Buffer.byteLength(text);
  }
  return { dir, seedBytes };
}

function build({ dir }, label) {
  console.error(`==> cargo build (${label})`);
  execFileSync('cargo', ['build', '--release', '--quiet', '--target', 'wasm32-unknown-unknown',
    '--no-default-features', '--features', 'csr', '--bin', 'gwnic'],
  { cwd: dir, stdio: 'inherit', env: { ...process.env, CARGO_TARGET_DIR: targetDir } });
  return join(targetDir, 'wasm32-unknown-unknown/release/gwnic.wasm');
}

async function sizes(wasm, label) {
  const out = join(work, `${label}.wasm`);
  const bindgen = join(work, label);
  await rm(bindgen, { recursive: true, force: true });
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', bindgen, wasm]);
  const bg = join(bindgen, 'gwnic_bg.wasm');
  let optimised = null;
  if (hasWasmOpt()) {
    execFileSync('wasm-opt', ['-Os', '--converge', '--all-features', bg, '-o', out]);
    optimised = await readFile(out);
  }
  const raw = (await stat(bg)).size;
  const final = optimised ?? await readFile(bg);
  const br = brotliCompressSync(final, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw, opt: optimised?.length ?? null, br };
}

function hasWasmOpt() {
  try { execFileSync('wasm-opt', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; }
}

const real = await project((text) => text, true);
const realSize = await sizes(build(real, 'real seeds'), 'real');
const twice = await project((text) => JSON.stringify(doubled(JSON.parse(text)), null, 2), false);
const twiceSize = await sizes(build(twice, 'doubled seeds'), 'doubled');

const kb = (n) => (n === null ? '     n/a' : (n / 1024).toFixed(1).padStart(8));
console.log(`${'build'.padEnd(16)}${'seeds KB'.padStart(10)}${'wasm KB'.padStart(10)}${'-Os KB'.padStart(10)}${'br KB'.padStart(10)}`);
for (const [label, p, s] of [['real seeds', real, realSize], ['doubled seeds', twice, twiceSize]]) {
  console.log(`${label.padEnd(16)}  ${kb(p.seedBytes)}  ${kb(s.raw)}  ${kb(s.opt)}  ${kb(s.br)}`);
}
const grew = (twiceSize.opt ?? twiceSize.raw) - (realSize.opt ?? realSize.raw);
console.log(`\ndoubling the seeds (+${kb(twice.seedBytes - real.seedBytes).trim()} KB of JSON) changes the wasm by ${grew} bytes`);
