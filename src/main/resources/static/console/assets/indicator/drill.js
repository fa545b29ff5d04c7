// Drill-through (穿透) from a value computed from the platform's cases to the cases behind it
// (GET /api/indicators/{code}/cases?region=&period=), a page at a time, each linked to the case's page.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { caseLink, formatTime, named } from '../case/format.js';
import { pager } from '../pager.js';

const PAGE_SIZE = 20;

function row(summary, zone) {
  return element('tr', { 'data-case': summary.number },
    element('th', { scope: 'row' }, element('a', { href: caseLink(summary.number) }, summary.number)),
    element('td', {}, named(summary.category)),
    element('td', {}, named(summary.stage)),
    element('td', {}, [summary.district, summary.street].filter(Boolean).map((region) => named(region)).join(' ')),
    element('td', {}, formatTime(summary.reportedAt, zone)));
}

/**
 * Fills the box with the cases behind the indicator's value {code, region, regionName, period}, from page `page`;
 * the box says data-total for the tests.
 */
export async function drillThrough(box, value, zone, page = 0) {
  const { code, region, regionName, period } = value;
  box.dataset.loaded = 'false';
  const query = new URLSearchParams({ region, period, page, size: PAGE_SIZE });
  const found = await getJson(`/api/indicators/${encodeURIComponent(code)}/cases?${query}`);
  const columns = ['number', 'category', 'stage', 'region', 'reportedAt'];
  box.replaceChildren(element('p', { class: 'page-status', id: 'indicator-cases-summary' },
    t('indicator.cases.summary', { total: found.total, period, region: regionName })),
  found.items.length ? element('div', { class: 'table-scroll' }, element('table', { class: 'data-table case-table',
    id: 'indicator-cases-table' },
  element('thead', {}, element('tr', {}, columns.map((column) => element('th', { scope: 'col' },
    t(`indicator.cases.column.${column}`))))),
  element('tbody', {}, found.items.map((summary) => row(summary, zone)))))
    : element('p', { class: 'empty' }, t('indicator.cases.none')),
  ...(found.total > found.size ? [pager(found, (next) => drillThrough(box, value, zone, next),
    'indicator-cases')] : []));
  box.dataset.total = String(found.total);
  box.dataset.loaded = 'true';
}
