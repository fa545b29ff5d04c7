// The cockpit's charts (ECharts, canvas): a sparkline per key figure and the ranking bars. Colours follow the mode:
// light in the console's shell, dark on a video wall (大屏). A click on a point or a bar opens the cases behind it.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import { t } from '../i18n.js';

const PALETTE = {
  light: { line: '#1f6fd1', area: 'rgba(31, 111, 209, 0.15)', text: '#1d2733', muted: '#5b6b7c', bar: '#1f6fd1',
    low: '#d63b3b', grid: '#e3e9f0' },
  dark: { line: '#4fd1ff', area: 'rgba(79, 209, 255, 0.18)', text: '#e6f4ff', muted: '#8fb3d1', bar: '#2fa4ff',
    low: '#ff6b6b', grid: 'rgba(143, 179, 209, 0.2)' },
};

const { encodeHTML } = echarts.format;

function fontFamily() {
  return getComputedStyle(document.documentElement).fontFamily;
}

/** Draws a chart into the box, kept at the box's size; answers the ECharts instance (also box.chart, for tests). */
export function chartIn(box) {
  const chart = echarts.init(box, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(box);
  box.chart = chart;
  return chart;
}

/** Whether every chart has finished drawing its current option (ECharts 'finished' after setOption). */
export function drawn(chart, option) {
  return new Promise((resolve) => {
    chart.on('finished', function done() {
      chart.off('finished', done);
      resolve();
    });
    chart.setOption(option, true);
  });
}

/** A sparkline of daily values (null where a rate has no denominator) with the day under the pointer. */
export function sparkline(points, { dark, unit = 1, percent }) {
  const colours = PALETTE[dark ? 'dark' : 'light'];
  return {
    animation: false,
    textStyle: { fontFamily: fontFamily(), fontSize: 12 * unit },
    grid: { left: 2, right: 2, top: 4 * unit, bottom: 2 },
    tooltip: { trigger: 'axis', confine: true, formatter: ([point]) => `${encodeHTML(point.name)}<br>${
      point.value === null || point.value === undefined ? '—' : `${point.value}${percent ? '%' : ''}`}` },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: points.map((point) => point.day) },
    yAxis: { type: 'value', show: false, min: percent ? 0 : undefined, max: percent ? 100 : undefined },
    series: [{ type: 'line', data: points.map((point) => point.value), smooth: true, symbol: 'circle',
      symbolSize: 4, showSymbol: false, connectNulls: true, lineStyle: { width: 2 * unit, color: colours.line },
      itemStyle: { color: colours.line }, areaStyle: { color: colours.area } }],
  };
}

/**
 * Horizontal bars of a ranking, best first from the top: rows {name, value, detail}, value a percentage or a count.
 */
export function rankingBars(rows, { dark, unit = 1, percent, label }) {
  const colours = PALETTE[dark ? 'dark' : 'light'];
  const shown = [...rows].reverse(); // ECharts draws the first category at the bottom
  return {
    animation: false,
    textStyle: { fontFamily: fontFamily(), color: colours.text, fontSize: 13 * unit },
    grid: { left: 8 * unit, right: 64 * unit, top: 8 * unit, bottom: 8 * unit, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: (point) => [point.name, `${label}: ${
      point.value === null ? '—' : `${point.value}${percent ? '%' : ''}`}`, shown[point.dataIndex].detail]
      .map(encodeHTML).join('<br>') },
    xAxis: { type: 'value', max: percent ? 100 : undefined, splitLine: { lineStyle: { color: colours.grid } },
      axisLabel: { color: colours.muted, fontSize: 12 * unit } },
    yAxis: { type: 'category', data: shown.map((row) => row.name),
      axisLabel: { color: colours.text, width: 170 * unit, overflow: 'truncate', fontSize: 13 * unit },
      axisTick: { show: false } },
    series: [{ type: 'bar', barMaxWidth: 22 * unit, cursor: 'pointer',
      data: shown.map((row) => ({ value: row.value,
        itemStyle: { color: percent && row.value !== null && row.value < 60 ? colours.low : colours.bar } })),
      label: { show: true, position: 'right', color: colours.text, fontSize: 13 * unit,
        formatter: (point) => (point.value === null ? '—' : `${point.value}${percent ? '%' : ''}`) } }],
    aria: { enabled: true, label: { description: t('cockpit.ranking.aria') } },
  };
}
