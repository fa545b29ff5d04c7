// 指标目录 — the indicator registry the user's access grade admits (GET /api/indicators), searched by code or name and
// filtered by class (人/企/城/政), domain, region level, frequency, access grade, high frequency and the source
// department, page by page; each indicator links to its plan. The filters stay in the address, so a filtered
// catalogue can be linked to.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { choice, filteredList } from '../filtered-list.js';
import { indicatorTerms, termName, termOptions, indicatorLink } from '../indicator/format.js';

export const messages = 'indicator';
export const styles = ['indicator/indicator.css'];

const REGION_LEVELS = ['CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID'];

function row(indicator, terms, departments) {
  return element('tr', { 'data-indicator': indicator.code },
    element('th', { scope: 'row' }, element('a', { href: indicatorLink(indicator.code) }, indicator.code)),
    element('td', { class: 'indicator-name' }, indicator.name,
      indicator.highFrequency ? element('span', { class: 'tag' }, t('indicator.highFrequency')) : null),
    element('td', {}, termName(terms, 'classes', indicator.indicatorClass)),
    element('td', {}, termName(terms, 'domains', indicator.domain)),
    element('td', {}, t(`indicator.level.${indicator.level}`)),
    element('td', {}, termName(terms, 'frequencies', indicator.frequency)),
    element('td', {}, indicator.unit ?? ''),
    element('td', {}, termName(terms, 'grades', indicator.grade)),
    element('td', {}, departments.get(indicator.sourceDepartment) ?? indicator.sourceDepartment));
}

function table(found, terms, departments) {
  if (!found.items.length) {
    return element('p', { class: 'empty', id: 'indicators-empty' }, t('indicators.none'));
  }
  const columns = ['code', 'name', 'class', 'domain', 'level', 'frequency', 'unit', 'grade', 'source'];
  return element('div', { class: 'table-scroll' }, element('table', { class: 'data-table indicator-table',
    id: 'indicators-table' },
  element('thead', {}, element('tr', {}, columns.map((column) => element('th', { scope: 'col' },
    t(`indicators.column.${column}`))))),
  element('tbody', {}, found.items.map((indicator) => row(indicator, terms, departments)))));
}

export async function render(main) {
  const [terms, bureaus] = await Promise.all([indicatorTerms(), getJson('/api/departments?level=CITY')]);
  const departments = new Map(bureaus.map((department) => [department.code, department.name]));
  const all = t('indicators.all');
  await filteredList(main, {
    name: 'indicators',
    title: t('page.indicators'),
    className: 'indicators-page',
    submit: t('indicators.show'),
    size: 20,
    controls: {
      q: element('input', { id: 'indicators-q', name: 'q', type: 'search', autocomplete: 'off',
        placeholder: t('indicators.search.placeholder') }),
      indicatorClass: choice('indicators-class', 'indicatorClass', termOptions(terms, 'classes'), all),
      domain: choice('indicators-domain', 'domain', termOptions(terms, 'domains'), all),
      level: choice('indicators-level', 'level', REGION_LEVELS.map((level) => [level, t(`indicator.level.${level}`)]),
        all),
      frequency: choice('indicators-frequency', 'frequency', termOptions(terms, 'frequencies'), all),
      grade: choice('indicators-grade', 'grade', termOptions(terms, 'grades'), all),
      highFrequency: choice('indicators-high', 'highFrequency', [['true', t('indicators.high.yes')],
        ['false', t('indicators.high.no')]], all),
      sourceDepartment: choice('indicators-source', 'sourceDepartment', bureaus.map((department) => [
        department.code, department.name]), all),
    },
    read: (query) => getJson(`/api/indicators?${query}`),
    draw: (found) => table(found, terms, departments),
  });
}
