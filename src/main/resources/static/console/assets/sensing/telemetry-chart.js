// A metric's downsampled history as an ECharts chart: the mean per bucket as a line, the lowest and highest values as
// thin lines around it, and the alarm rule's thresholds as marked lines; times on the axis in the city's time zone.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import { t } from '../i18n.js';
import { LEVELS } from './format.js';

/** The chosen range's length and the bucket that keeps it to a few hundred points at most. */
export const RANGES = {
  '24h': { hours: 24, bucket: 'PT15M' },
  '7d': { hours: 24 * 7, bucket: 'PT1H' },
  '30d': { hours: 24 * 30, bucket: 'PT6H' },
};

const LEVEL_COLOURS = { BLUE: '#2f7bd0', YELLOW: '#e0a100', ORANGE: '#ef7d22', RED: '#d63b3b' };

function timeFormat(zone, withDate) {
  const format = new Intl.DateTimeFormat(document.documentElement.lang || 'zh-CN', {
    timeZone: zone, month: withDate ? '2-digit' : undefined, day: withDate ? '2-digit' : undefined,
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return (value) => format.format(new Date(value));
}

function thresholdLines(rules) {
  return rules.flatMap((rule) => LEVELS.filter((level) => rule.thresholds?.[level] != null).map((level) => ({
    yAxis: rule.thresholds[level], name: t(`sensing.level.${level}`),
    lineStyle: { color: LEVEL_COLOURS[level], type: 'dashed' },
    label: { formatter: `${t(`sensing.level.${level}`)} ${rule.thresholds[level]}`, position: 'insideEndTop' },
  })));
}

function option(history, rules, zone, label) {
  const point = (key) => history.buckets.map((bucket) => [bucket.start, bucket[key]]);
  const short = timeFormat(zone, true);
  const thin = { type: 'line', showSymbol: false, lineStyle: { width: 1, opacity: 0.6 } };
  return {
    textStyle: { fontFamily: getComputedStyle(document.documentElement).fontFamily },
    legend: { top: 0 },
    grid: { left: 48, right: 36, top: 40, bottom: 36, containLabel: false },
    tooltip: { trigger: 'axis', axisPointer: { label: { formatter: ({ value }) => short(value) } },
      valueFormatter: (value) => (value == null ? '—' : `${Math.round(value * 1000) / 1000} ${history.unit ?? ''}`) },
    xAxis: { type: 'time', min: history.from, max: history.to, axisLabel: { formatter: short, hideOverlap: true } },
    yAxis: { type: 'value', name: history.unit ?? '', scale: true },
    series: [
      { ...thin, name: t('device.chart.max'), data: point('max'), itemStyle: { color: '#d08770' } },
      { type: 'line', name: t('device.chart.avg'), data: point('avg'), showSymbol: history.buckets.length < 50,
        itemStyle: { color: '#1d5fae' }, markLine: { symbol: 'none', silent: true, data: thresholdLines(rules) } },
      { ...thin, name: t('device.chart.min'), data: point('min'), itemStyle: { color: '#5fa8a0' } },
    ],
    aria: { enabled: true, label: { description: label } },
  };
}

/** Draws (or redraws) the chart of one metric's history in the box; answers the ECharts instance. */
export function drawHistory(box, history, rules, zone, label) {
  const chart = echarts.getInstanceByDom(box) ?? echarts.init(box, null, { renderer: 'canvas' });
  if (!box.dataset.observed) {
    new ResizeObserver(() => chart.resize()).observe(box);
    box.dataset.observed = 'true';
  }
  chart.setOption(option(history, rules, zone, label), true);
  box.dataset.points = String(history.buckets.length);
  return chart;
}
