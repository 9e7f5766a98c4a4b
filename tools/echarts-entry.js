// The ECharts the app ships: only the charts and components it uses (see tools/assets.mjs).
// Loaded lazily by the Chart component, never on pages without charts.
// `window.echarts` has only what is called on it (the app's `init`, the e2e tests'
// `getInstanceByDom`): exporting the whole of `echarts/core` kept every one of its exports in the
// bundle (about 4 KiB brotli more).
import { use, init, getInstanceByDom } from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

window.echarts = { init, getInstanceByDom };
