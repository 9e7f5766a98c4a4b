// The ECharts the app ships: only the charts and components it uses (see tools/assets.mjs).
// Loaded lazily by the Chart component, never on pages without charts.
// `window.echarts` has only what is called on it (the app's `init` and `localNumbers`, the e2e
// tests' `getInstanceByDom`): exporting the whole of `echarts/core` kept every one of its exports in the
// bundle (about 4 KiB brotli more).
import { use, init, getInstanceByDom } from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
// The plain legend only: no chart's option asks for the scrolling one (`type: 'scroll'`), which
// would cost 1.6 KiB brotli more.
import { AriaComponent, GridComponent, LegendPlainComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendPlainComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

// Value axes' labels in the user's way of writing numbers: ECharts writes 1,200.5, which a
// Danish reader takes for one point two. The app passes its decimal mark; the axis's own
// template ("{value} %") stays. Numbers are written without thousands separators, as the
// app's tables write them.
function localNumbers(option, mark) {
  for (const key of ['xAxis', 'yAxis']) {
    for (const axis of [].concat(option[key] ?? [])) {
      if (axis.type !== 'value') continue;
      const label = (axis.axisLabel ??= {});
      const template = typeof label.formatter === 'string' ? label.formatter : '{value}';
      label.formatter = (value) => template.replace('{value}', String(value).replace('.', mark));
    }
  }
}

// WCAG 2.1's content on hover (1.4.13): a tooltip shown by pointing at a figure can be dismissed
// without moving the pointer. Escape hides every chart's tooltip (ECharts marks each chart's
// element with `_echarts_instance_`); pointing again shows it again.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const el of document.querySelectorAll('[_echarts_instance_]')) getInstanceByDom(el)?.dispatchAction({ type: 'hideTip' });
});

window.echarts = { init, getInstanceByDom, localNumbers };
