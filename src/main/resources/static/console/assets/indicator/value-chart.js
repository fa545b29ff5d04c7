// An indicator's values as an ECharts line over its periods, with the plan's warning bands (蓝/黄/橙/红, shaded from
// each level's bound to the next stricter one) and its target (a line) or target band (shaded green); a click on a
// point answers its period. The cockpit's chart helpers keep it at its box's size.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import { t } from '../i18n.js';
import { chartIn, drawn } from '../cockpit/charts.js';
import { withUnit } from './format.js';

const { encodeHTML } = echarts.format;

const BAND_COLOURS = { BLUE: 'rgba(47, 123, 208, 0.10)', YELLOW: 'rgba(224, 161, 0, 0.14)',
  ORANGE: 'rgba(239, 125, 34, 0.16)', RED: 'rgba(214, 59, 59, 0.16)' };

const ORDER = ['BLUE', 'YELLOW', 'ORANGE', 'RED'];

/** The bands [from, to, level] of the plan's thresholds: each level up to the next stricter one, the last open. */
export function bands(thresholds) {
  const sorted = [...(thresholds ?? [])].sort((a, b) => ORDER.indexOf(a.level) - ORDER.indexOf(b.level));
  return sorted.map((threshold, i) => {
    const next = sorted[i + 1];
    if (threshold.above !== null && threshold.above !== undefined) {
      return [threshold.above, next?.above ?? Infinity, threshold.level];
    }
    return [next?.below ?? -Infinity, threshold.below, threshold.level];
  });
}

function bounds(plan) {
  return [...(plan.thresholds ?? []).flatMap((threshold) => [threshold.above, threshold.below]), plan.target,
    plan.targetLow, plan.targetHigh].filter((value) => value !== null && value !== undefined);
}

/**
 * The value axis' ends: the values and every bound and target, with a margin so the bands beyond them show, rounded
 * to a step of the span's order and kept within the plan's valid range.
 */
function axisEnds({ min, max }, marks, plan) {
  const [low, high] = [Math.min(min, ...marks), Math.max(max, ...marks)];
  const span = high - low || Math.abs(high) || 1;
  const step = 10 ** Math.floor(Math.log10(span / 5));
  return [Math.max(plan.min ?? -Infinity, Math.floor((low - span * 0.08) / step) * step),
    Math.min(plan.max ?? Infinity, Math.ceil((high + span * 0.08) / step) * step)];
}

function option(points, plan, label, kind) {
  const marks = bounds(plan);
  const areas = bands(plan.thresholds).map(([from, to, level]) => [
    { yAxis: Number.isFinite(from) ? from : -1e12, name: t(`indicator.warningLevels.${level}`),
      itemStyle: { color: BAND_COLOURS[level] } },
    { yAxis: Number.isFinite(to) ? to : 1e12 }]);
  if (plan.targetLow !== null && plan.targetLow !== undefined) {
    areas.push([{ yAxis: plan.targetLow, name: t('indicator.chart.targetBand'),
      itemStyle: { color: 'rgba(31, 157, 85, 0.12)' } }, { yAxis: plan.targetHigh }]);
  }
  const target = plan.target === null || plan.target === undefined ? [] : [{ yAxis: plan.target,
    name: t('indicator.chart.target'), lineStyle: { color: '#1f9d55', type: 'dashed', width: 2 },
    label: { formatter: t('indicator.chart.targetLabel', { value: withUnit(plan.target, plan.unit) }),
      position: 'insideEndTop' } }];
  return {
    animation: false,
    textStyle: { fontFamily: getComputedStyle(document.documentElement).fontFamily },
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    // a formatter of plain text: ECharts' own markers are styled inline, which the Content-Security-Policy forbids
    tooltip: { trigger: 'axis', confine: true, formatter: ([point]) => `${encodeHTML(point.name)}<br>${
      encodeHTML(withUnit(point.value, plan.unit))}` },
    xAxis: { type: 'category', data: points.map((point) => point.period), boundaryGap: false,
      axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: plan.unit ?? '', scale: true, min: (extent) => axisEnds(extent, marks, plan)[0],
      max: (extent) => axisEnds(extent, marks, plan)[1] },
    series: [{ type: kind, name: plan.name, data: points.map((point) => point.value), cursor: 'pointer',
      showSymbol: points.length < 60, symbolSize: 6, itemStyle: { color: '#1f6fd1' },
      markArea: { silent: true, data: areas, label: { position: 'insideTopLeft', color: '#5b6b7c' } },
      markLine: { symbol: 'none', silent: true, data: target } }],
    aria: { enabled: true, label: { description: label } },
  };
}

/**
 * Draws the points [{period, value}] of the plan into the box (again on every call) as a line or bars (kind);
 * onPoint(period) is called when a point is clicked. Resolves once drawn; the box says data-points for the tests.
 */
export async function drawValues(box, points, plan, label, onPoint, kind = 'line') {
  const chart = echarts.getInstanceByDom(box) ?? chartIn(box);
  chart.off('click');
  if (onPoint) {
    chart.on('click', (event) => onPoint(points[event.dataIndex].period));
  }
  await drawn(chart, option(points, plan, label, kind));
  box.dataset.points = String(points.length);
  box.dataset.bands = String(bands(plan.thresholds).length);
}
