// 设备详情 — one device (/console/device?code=…) within the user's data scope: its registration, state and health, the
// alarm rules that watch it, a chart per metric over 24 hours, 7 or 30 days from the downsampled history (min, mean
// and max per bucket, GET /api/sensing/devices/{code}/history?bucket=…), and its recent alarms. A device outside the
// scope or unknown shows the platform's message. Without a code, a form asks for one.
import { t } from '../i18n.js';
import { pageOfOne } from '../page-of-one.js';
import { getJson, element } from '../api.js';
import { deviceTypes, deviceLink, stateBadge, metricLabel } from '../sensing/format.js';
import { facts, applicableRules, rulesTable, recentAlarms } from '../sensing/device-parts.js';
import { drawHistory, RANGES } from '../sensing/telemetry-chart.js';
import { rangePicker } from '../range-picker.js';

export const messages = 'sensing';
export const styles = ['sensing/sensing.css'];

function lookup(main) {
  const input = element('input', { id: 'device-code', name: 'code', required: true, autocomplete: 'off' });
  const form = element('form', { class: 'filters' },
    element('div', { class: 'field' }, element('label', { for: 'device-code' }, t('device.code')), input),
    element('button', { type: 'submit', class: 'primary' }, t('device.open')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) {
      location.assign(deviceLink(input.value.trim()));
    }
  });
  main.append(element('section', { class: 'page' }, element('h1', {}, t('page.device')),
    element('p', {}, t('device.lookup')), form));
}

function refusal(main, problem) {
  main.replaceChildren(element('section', { class: 'notice', id: 'device-refused', role: 'alert' },
    element('h1', {}, t(problem.status === 403 ? 'device.forbidden' : 'device.notFound')),
    element('p', { class: 'problem-detail' }, t('sensing.problem', { status: problem.status,
      detail: problem.detail || problem.title || problem.message }))));
}

function panel(title, ...content) {
  return element('section', { class: 'device-panel' }, element('h2', {}, title), ...content);
}

async function drawCharts(box, device, metrics, rules, zone, range) {
  const { hours, bucket } = RANGES[range];
  const to = new Date();
  const from = new Date(to.getTime() - hours * 3600_000);
  box.dataset.loaded = 'false';
  await Promise.all(metrics.map(async (metric) => {
    const query = new URLSearchParams({ metric: metric.name, bucket, from: from.toISOString(),
      to: to.toISOString() });
    const history = await getJson(`/api/sensing/devices/${encodeURIComponent(device.code)}/history?${query}`);
    const chartBox = box.querySelector(`[data-metric="${metric.name}"] .metric-chart`);
    const empty = box.querySelector(`[data-metric="${metric.name}"] .empty`);
    empty.hidden = history.buckets.length > 0;
    chartBox.hidden = !history.buckets.length;
    if (history.buckets.length) {
      drawHistory(chartBox, history, rules.filter((rule) => rule.metric === metric.name), zone,
        t('device.chart.label', { metric: metricLabel(metric) }));
    }
  }));
  box.dataset.loaded = 'true';
}

async function show(main, code, me) {
  const path = `/api/sensing/devices/${encodeURIComponent(code)}`;
  const device = await getJson(path);
  const [health, types, rules, alarms] = await Promise.all([getJson(`${path}/health`), deviceTypes(),
    getJson('/api/sensing/rules'), getJson(`/api/sensing/alarms?device=${encodeURIComponent(code)}&size=10`)]);
  const metrics = types.find((type) => type.code === device.type)?.metrics ?? [];
  const watching = applicableRules(rules, device);
  const active = alarms.items.some((alarm) => alarm.state !== 'CLEARED');
  const state = active ? 'ALARM' : (health.presence === 'ONLINE' ? 'ONLINE' : 'OFFLINE');
  const charts = element('div', { class: 'metric-charts', id: 'device-charts' }, metrics.map((metric) => element(
    'figure', { class: 'metric', 'data-metric': metric.name },
    element('figcaption', {}, `${metricLabel(metric)}${metric.unit ? `（${metric.unit}）` : ''}`),
    element('div', { class: 'metric-chart chart', role: 'img',
      'aria-label': t('device.chart.label', { metric: metricLabel(metric) }) }),
    element('p', { class: 'empty', hidden: true }, t('device.chart.none')))));
  main.replaceChildren(element('article', { class: 'page device-page', 'data-device': device.code },
    element('header', { class: 'page-head' }, element('h1', {}, device.name),
      element('code', { class: 'device-code' }, device.code), stateBadge(state)),
    element('div', { class: 'device-grid' },
      element('div', { class: 'device-main' },
        panel(t('device.telemetry'), rangePicker('device-range', Object.keys(RANGES).map((range) => [range,
          t(`device.range.${range}`)]), '24h', t('device.range'), (range) => drawCharts(charts, device, metrics,
          watching, me.zone, range)), charts)),
      element('div', { class: 'device-side' }, panel(t('device.details'), facts(device, health, types, me.zone)),
        panel(t('device.rules'), rulesTable(watching, metrics)),
        panel(t('device.alarms'), ...recentAlarms(alarms, device.code, me.zone))))));
  await drawCharts(charts, device, metrics, watching, me.zone, '24h');
}

export function render(main, { me }) {
  return pageOfOne(main, 'code', { show: (box, code) => show(box, code, me), missing: lookup,
    refused: refusal });
}
