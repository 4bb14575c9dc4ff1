// Renders each chart's option (written by build-site as data/charts/*.option.json) to a
// static SVG with ECharts' server-side renderer: `<chart>.<lang>.svg` (800 x 480, titled) is
// the SVG download and the image of the no-JavaScript embed snippet; `<chart>.<lang>.w<N>.svg`
// (N x 3N/5, untitled) is what the page shows at that width until ECharts draws.
//   node scripts/render-charts.mjs <dist>
import * as echarts from 'echarts';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = join(process.argv[2] ?? 'dist', 'data/charts');
const KO = JSON.parse(JSON.stringify((await import('echarts/lib/i18n/langKO.js')).default ?? {}));
echarts.registerLocale('KO', KO);
let count = 0;
for (const name of await readdir(dir)) {
  if (!name.endsWith('.option.json')) continue;
  const option = JSON.parse(await readFile(join(dir, name), 'utf8'));
  const lang = name.split('.')[1];
  const width = Number(/\.w(\d+)\.option\.json$/.exec(name)?.[1] ?? 800);
  const height = Math.round((width * 3) / 5);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: lang === 'ko' ? 'KO' : 'EN' });
  chart.setOption({ ...option, animation: false });
  await writeFile(join(dir, name.replace('.option.json', '.svg')), chart.renderToSVGString());
  chart.dispose();
  count++;
}
if (count === 0) {
  console.error(`render-charts: no chart options in ${dir}`);
  process.exit(1);
}
console.log(`render-charts: ${count} SVG files in ${dir}`);
