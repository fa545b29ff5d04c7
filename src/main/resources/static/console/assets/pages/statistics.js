// 案件统计 — case statistics of the user's data scope for a period, grouped by district, street, department,
// category or channel (GET /api/statistics/cases): a chart of reported and closed cases with the on-time closure
// rate, and the table of every indicator. Errors of the platform are shown next to the field they concern.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';
import { t } from '../i18n.js';
import { getJson, element, ApiProblem } from '../api.js';
import { cityDate, addDays } from '../dates.js';

const GROUPINGS = ['district', 'street', 'department', 'category', 'channel'];

const COLUMNS = ['reported', 'filed', 'dueToClose', 'closed', 'closureRate', 'onTimeClosureRate', 'grade',
  'reworkRate', 'satisfactionRate'];

function field(id, label, control) {
  return element('div', { class: 'field' }, element('label', { for: id }, label), control,
    element('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
}

function cell(row, column) {
  const value = row[column];
  if (value === null || value === undefined) {
    return '—';
  }
  return column.endsWith('Rate') ? `${value.toFixed(2)}%` : String(value);
}

function table(report) {
  const head = element('tr', {}, element('th', { scope: 'col' }, t(`statistics.groupBy.${report.groupBy}`)),
    COLUMNS.map((column) => element('th', { scope: 'col' }, t(`statistics.column.${column}`))));
  const row = (group, total) => element('tr', { class: total ? 'total' : null },
    element('th', { scope: 'row' }, total ? t('statistics.total') : (group.name ?? t('statistics.none'))),
    COLUMNS.map((column) => element('td', {}, cell(group, column))));
  return element('div', { class: 'table-scroll' }, element('table', { class: 'data-table' },
    element('thead', {}, head),
    element('tbody', {}, report.groups.map((group) => row(group, false)), row(report.total, true))));
}

function chartOption(report) {
  const names = report.groups.map((group) => group.name ?? t('statistics.none'));
  const bars = (column) => ({ name: t(`statistics.column.${column}`), type: 'bar',
    data: report.groups.map((group) => group[column]) });
  return {
    textStyle: { fontFamily: getComputedStyle(document.documentElement).fontFamily },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 64, bottom: 64 },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: names.length > 8 ? 40 : 0, interval: 0 } },
    yAxis: [{ type: 'value', name: t('statistics.cases'), minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } }],
    series: [bars('reported'), bars('closed'), {
      name: t('statistics.column.onTimeClosureRate'), type: 'line', yAxisIndex: 1, smooth: true,
      data: report.groups.map((group) => group.onTimeClosureRate),
    }],
  };
}

/**
 * What the address asks for (drill-down links, e.g. from the cockpit): from and to (inclusive days), groupBy, and the
 * filters district (any region code), department and category, passed on to the API as they are.
 */
function addressQuery() {
  const asked = new URLSearchParams(location.search);
  const filters = {};
  for (const name of ['district', 'department', 'category']) {
    if (asked.get(name)) {
      filters[name] = asked.get(name);
    }
  }
  return { from: asked.get('from'), to: asked.get('to'), groupBy: asked.get('groupBy'), filters };
}

export async function render(main, { me }) {
  const today = cityDate(new Date(), me.zone);
  const asked = addressQuery();
  const from = element('input', { type: 'date', id: 'statistics-from',
    value: asked.from ?? `${today.substring(0, 8)}01`, max: today, required: true });
  const to = element('input', { type: 'date', id: 'statistics-to', value: asked.to ?? today, required: true });
  const groupBy = element('select', { id: 'statistics-groupBy' },
    GROUPINGS.map((grouping) => element('option', { value: grouping, selected: grouping === asked.groupBy },
      t(`statistics.groupBy.${grouping}`))));
  const form = element('form', { class: 'filters', novalidate: true },
    field('statistics-from', t('statistics.from'), from), field('statistics-to', t('statistics.to'), to),
    field('statistics-groupBy', t('statistics.groupBy'), groupBy),
    element('button', { type: 'submit', class: 'primary' }, t('statistics.show')));
  const status = element('p', { class: 'page-status', role: 'status' });
  const chartBox = element('div', { class: 'chart', id: 'statistics-chart', role: 'img',
    'aria-label': t('statistics.chart') });
  const tableBox = element('div', { class: 'statistics-table' });
  main.append(element('section', { class: 'page statistics' }, element('h1', {}, t('page.statistics')),
    form, status, chartBox, tableBox));

  const chart = echarts.init(chartBox, null, { renderer: 'canvas' });
  new ResizeObserver(() => chart.resize()).observe(chartBox);
  const fields = { from, to, groupBy };

  function fieldError(control, message) {
    const error = document.getElementById(`${control.id}-error`);
    error.textContent = message;
    error.hidden = false;
    control.setAttribute('aria-invalid', 'true');
  }

  async function show() {
    form.querySelectorAll('.field-error').forEach((error) => { error.hidden = true; });
    Object.values(fields).forEach((control) => control.removeAttribute('aria-invalid'));
    if (!from.value || !to.value || to.value < from.value) {
      const missing = !from.value || !to.value;
      fieldError(!from.value ? from : to, t(missing ? 'statistics.dateMissing' : 'statistics.toBeforeFrom'));
      return;
    }
    status.textContent = t('statistics.loading');
    main.dataset.loaded = 'false';
    const query = new URLSearchParams({ groupBy: groupBy.value, from: from.value, to: addDays(to.value, 1),
      medians: 'false', ...asked.filters });
    try {
      const report = await getJson(`/api/statistics/cases?${query}`);
      chart.setOption(chartOption(report), true);
      tableBox.replaceChildren(table(report));
      status.textContent = t('statistics.summary', { reported: report.total.reported, groups: report.groups.length })
        + Object.entries(asked.filters).map(([name, code]) => ` · ${t(`statistics.filter.${name}`)} ${code}`).join('');
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) {
        throw problem;
      }
      status.textContent = problem.detail ?? problem.title;
      problem.errors.filter((error) => fields[error.field])
        .forEach((error) => fieldError(fields[error.field], error.message));
    }
    main.dataset.loaded = 'true';
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); show(); });
  await show();
}
