// 一张图's filters: report period (from, to — both days inclusive), category, stage (repeatable), channel and
// department. They live in the page's address (/console/map?from=2026-11-01&category=E0101&stage=FILED…), so a link
// opens the map filtered, and they become the case tiles' query (to exclusive there) and the statistics' period.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { field, fieldError, clearErrors } from '../form-fields.js';

export const STAGES = ['REPORTED', 'ACCEPTED', 'FILED', 'HANDLING', 'SUSPENDED', 'VERIFYING', 'CLOSING', 'CALLBACK',
  'CLOSED', 'VOIDED', 'MERGED', 'TRANSFERRED'];

export const CHANNELS = ['HOTLINE', 'CITIZEN', 'INSPECTOR', 'EXTERNAL_SYSTEM', 'POLICE_110', 'OPEN311', 'SENSOR'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in an address's query: { from, to, category, stage: [], channel, department, region }. */
export function readFilters(search = location.search) {
  const query = new URLSearchParams(search);
  const text = (name) => query.get(name)?.trim() || null;
  const day = (name) => (DAY.test(text(name) ?? '') ? text(name) : null);
  return { from: day('from'), to: day('to'), category: text('category'), department: text('department'),
    stage: query.getAll('stage').filter((stage) => STAGES.includes(stage)),
    channel: CHANNELS.includes(text('channel')) ? text('channel') : null, region: text('region') };
}

/** The day after an ISO day (the exclusive end of a period whose last day it is). */
export function dayAfter(day) {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().substring(0, 10);
}

/** The filters as a query: the page's address form (to inclusive) or, with exclusiveTo, the tiles' form. */
export function filterQuery(filters, { exclusiveTo = false, region = false } = {}) {
  const query = new URLSearchParams();
  const add = (name, value) => { if (value) { query.append(name, value); } };
  add('from', filters.from);
  add('to', filters.to && exclusiveTo ? dayAfter(filters.to) : filters.to);
  add('category', filters.category);
  filters.stage.forEach((stage) => add('stage', stage));
  add('channel', filters.channel);
  add('department', filters.department);
  add('region', region ? filters.region : null);
  return query;
}

/** Shows the filters in the page's address without a reload (a link to it opens the map the same way). */
export function writeAddress(filters) {
  const query = filterQuery(filters, { region: true }).toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

function select(id, values, chosen) {
  return element('select', { id }, element('option', { value: '' }, t('map.filter.any')),
    values.map(([value, text]) => element('option', { value, selected: value === chosen }, text)));
}

/**
 * The filter bar: a form whose every change calls onChange with the new filters (after checking the period and the
 * category); answers the form.
 */
export function filterBar(filters, onChange) {
  const stage = select('filter-stage', STAGES.map((code) => [code, t(`stage.${code}`)]), filters.stage[0]);
  const channel = select('filter-channel', CHANNELS.map((code) => [code, t(`map.channel.${code}`)]),
    filters.channel);
  const department = select('filter-department', [], null);
  const category = element('input', { id: 'filter-category', type: 'search', list: 'filter-categories',
    value: filters.category ?? '', autocomplete: 'off', placeholder: t('map.filter.categoryHint') });
  const categories = element('datalist', { id: 'filter-categories' });
  const from = element('input', { id: 'filter-from', type: 'date', value: filters.from ?? '' });
  const to = element('input', { id: 'filter-to', type: 'date', value: filters.to ?? '' });
  const known = new Set();
  getJson('/api/catalog/categories').then((list) => list.forEach((entry) => {
    known.add(entry.code).add(entry.name);
    categories.append(element('option', { value: entry.code }, entry.name));
  }), () => null);
  getJson('/api/departments').then((list) => {
    department.append(...list.map((entry) => element('option', { value: entry.code,
      selected: entry.code === filters.department }, entry.name)));
  }, () => null);

  const form = element('form', { class: 'map-filters', 'aria-label': t('map.filters') },
    field('filter-from', t('map.filter.from'), from), field('filter-to', t('map.filter.to'), to),
    field('filter-category', t('map.filter.category'), category), categories,
    field('filter-stage', t('map.filter.stage'), stage), field('filter-channel', t('map.filter.channel'), channel),
    field('filter-department', t('map.filter.department'), department),
    element('button', { type: 'reset', class: 'secondary', id: 'filter-reset' }, t('map.filter.reset')));
  const apply = () => {
    clearErrors(form);
    if (from.value && to.value && to.value < from.value) {
      fieldError('filter-to', t('map.filter.toBeforeFrom'));
      return;
    }
    const typed = category.value.trim();
    if (typed && known.size && !known.has(typed)) {
      fieldError('filter-category', t('map.filter.unknownCategory', { category: typed }));
      return;
    }
    onChange({ ...filters, from: from.value || null, to: to.value || null, category: typed || null,
      stage: stage.value ? [stage.value] : [], channel: channel.value || null, department: department.value || null });
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => { event.preventDefault(); apply(); });
  form.addEventListener('reset', (event) => {
    // a reset would bring back the values the page opened with; clearing means no filter at all
    event.preventDefault();
    form.querySelectorAll('input, select').forEach((control) => { control.value = ''; });
    apply();
  });
  return form;
}
