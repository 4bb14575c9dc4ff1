// The parts of ECharts the site uses, bundled by scripts/build-echarts.mjs into one file
// served from our origin. Exposes `window.echarts` for the Rust bindings (src/echarts.rs).
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import langKO from 'echarts/lib/i18n/langKO.js';

echarts.use([BarChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);
echarts.registerLocale('KO', langKO);
window.echarts = echarts;
