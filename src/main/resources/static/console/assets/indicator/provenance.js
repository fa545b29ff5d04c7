// Where one value of an indicator came from (一数一源): its source (pushed, imported or computed), who sent it and
// when it arrived, and every revision (GET /api/indicators/{code}/values/revisions) with when the next replaced it.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { formatTime } from '../case/format.js';
import { termName, withUnit, facts } from './format.js';

function revisionRow(revision, unit, terms, zone) {
  const value = revision.value;
  return element('tr', { 'data-revision': value.revision },
    element('th', { scope: 'row' }, String(value.revision)),
    element('td', {}, withUnit(value.value, unit)),
    element('td', {}, termName(terms, 'valueSources', value.source)),
    element('td', {}, value.sender ?? '—'),
    element('td', {}, formatTime(value.arrivedAt, zone)),
    element('td', {}, revision.supersededAt ? formatTime(revision.supersededAt, zone) : t('indicator.current')));
}

/** The provenance of the value {region, period, value, source, sender, arrivedAt, revision} in the region named. */
export async function provenance(code, value, regionName, unit, terms, zone) {
  const query = new URLSearchParams({ region: value.region, period: value.period });
  const revisions = await getJson(`/api/indicators/${encodeURIComponent(code)}/values/revisions?${query}`);
  const columns = ['revision', 'value', 'source', 'sender', 'arrivedAt', 'supersededAt'];
  return [
    facts([
      ['value', t('indicator.value.value'), withUnit(value.value, unit)],
      ['region', t('indicator.value.region'), regionName],
      ['period', t('indicator.value.period'), value.period],
      ['source', t('indicator.value.source'), termName(terms, 'valueSources', value.source)],
      ['sender', t('indicator.value.sender'), value.sender],
      ['arrivedAt', t('indicator.value.arrivedAt'), formatTime(value.arrivedAt, zone)],
      ['revision', t('indicator.value.revision'), String(value.revision)],
    ], 'indicator-provenance'),
    element('h3', {}, t('indicator.revisions')),
    element('div', { class: 'table-scroll' }, element('table', { class: 'data-table revision-table',
      id: 'indicator-revisions' },
    element('thead', {}, element('tr', {}, columns.map((column) => element('th', { scope: 'col' },
      t(`indicator.revision.${column}`))))),
    element('tbody', {}, revisions.map((revision) => revisionRow(revision, unit, terms, zone))))),
  ];
}
