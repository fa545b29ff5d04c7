// 一张图's popups: what a clicked case, region, device or alarm is, with the link to its detail (texts only, never
// HTML from the data).
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { caseLink } from '../case/format.js';
import { formatFigure } from './choropleth.js';
import { filterQuery } from './filters.js';

const categoryNames = new Map();

/** The name of a catalogue sub-category (read once per code), or its code when the catalogue cannot say. */
function categoryName(code) {
  if (!categoryNames.has(code)) {
    categoryNames.set(code, getJson(`/api/catalog/categories/${encodeURIComponent(code)}`)
      .then((category) => `${category.name}（${code}）`, () => code));
  }
  return categoryNames.get(code);
}

let deviceTypes = null;

/** The name of a device type (the types read once), or its code when the platform cannot say. */
function deviceTypeName(code) {
  deviceTypes ??= getJson('/api/sensing/device-types')
    .then((types) => new Map(types.map((type) => [type.code, type.name])), () => new Map());
  return deviceTypes.then((names) => names.get(code) ?? code);
}

/** The address of a device's detail page. */
export function deviceLink(code) {
  return `/console/device?code=${encodeURIComponent(code)}`;
}

function popup(title, pairs, ...links) {
  return element('div', { class: 'popup' }, element('strong', {}, title),
    element('dl', {}, pairs.flatMap(([term, value]) => [element('dt', {}, term),
      typeof value === 'string' ? element('dd', {}, value) : value])), ...links);
}

function link(href, text) {
  return element('a', { class: 'popup-link', href }, text);
}

function describeCase(p) {
  const category = element('dd', {}, p.category ?? '—');
  if (p.category) {
    categoryName(p.category).then((name) => { category.textContent = name; });
  }
  return popup(t('map.case', { id: p.id }), [[t('map.stage'), p.stage ? t(`stage.${p.stage}`) : '—'],
    [t('map.category'), category], [t('map.lightLabel'), t(`map.light.${p.light || 'NONE'}`)]],
  link(caseLink(p.id), t('map.openCase')));
}

function describeRegion(p, figure, filters) {
  const pairs = [[t('map.region.level'), t(`map.level.${p.level}`)], [t('map.region.code'), p.code]];
  if (!figure) {
    return popup(p.name ?? p.code, pairs);
  }
  pairs.push([t(`map.choropleth.${figure.measure}`), formatFigure(figure.measure, figure.value)]);
  if (figure.row) {
    pairs.push([t('map.region.reported'), String(figure.row.reported)]);
  }
  const here = filterQuery({ ...filters, region: p.code }, { region: true });
  return popup(p.name ?? p.code, pairs, link(`/console/map?${here}`, t('map.region.cases')));
}

/** The popup's content for a clicked feature; figureOf(code, level) answers a region's choropleth figure. */
export function describe(feature, figureOf, filters) {
  const p = feature.properties;
  if (feature.layer.id === 'alarms' || feature.layer.id === 'alarm-halo') {
    return popup(t('map.alarm', { id: p.id }), [[t('map.alarm.level'), t(`map.alarmLevel.${p.level}`)],
      [t('map.alarm.device'), p.device]], link(deviceLink(p.device), t('map.openDevice')));
  }
  if (feature.layer.id === 'devices') {
    const type = element('dd', {}, p.type);
    deviceTypeName(p.type).then((name) => { type.textContent = name; });
    return popup(t('map.device', { id: p.id }), [[t('map.device.type'), type],
      [t('map.device.state'), t(`map.deviceState.${p.state}`)]], link(deviceLink(p.id), t('map.openDevice')));
  }
  if (feature.sourceLayer === 'cases') {
    return describeCase(p);
  }
  return describeRegion(p, figureOf(p.code, p.level), filters);
}
