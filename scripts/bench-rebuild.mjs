// How long a content edit takes to reach dist/: edits a seed (a blank line at its end, which
// changes no content), rebuilds, and restores the file. Prints figures; never fails on
// speed (the goal, 10 s on the 2-core machine, is read off the output).
//   node scripts/bench-rebuild.mjs [--runs N] [--full]
//     --full   also times `trunk build --release` after the same edit, for comparison
import { readFile, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 3) || 3;
const full = args.includes('--full');
const SEED = 'seeds/events.json';
const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${process.cwd()}/node_modules/.bin:${process.env.PATH}` };

function timed(command, commandArgs) {
  const start = performance.now();
  const result = spawnSync(command, commandArgs, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed`);
  return (performance.now() - start) / 1000;
}

const original = await readFile(SEED, 'utf8');
const cases = [['content rebuild (scripts/rebuild)', 'bash', ['scripts/rebuild']]];
if (full) cases.push(['full build (trunk build --release)', 'trunk', ['build', '--release']]);
try {
  for (const [name, command, commandArgs] of cases) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      await writeFile(SEED, original + (i % 2 === 0 ? '\n' : ''));
      times.push(timed(command, commandArgs));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(`${name}: median ${median.toFixed(1)} s over ${runs} runs (${times.map((t) => t.toFixed(1)).join(', ')} s) after editing ${SEED}`);
  }
} finally {
  await writeFile(SEED, original);
}
