// Parts of the 设备详情 page: the device's facts, the alarm rules that watch it with their thresholds, and its
// recent alarms; times in the city's time zone.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { formatTime } from '../case/format.js';
import { typeName, metricLabel, levelBadge, withUnit, durationText, LEVELS } from './format.js';

function definitions(pairs) {
  return element('dl', { class: 'device-facts', id: 'device-facts' }, pairs.flatMap(([key, value]) => [
    element('dt', {}, t(`device.${key}`)), element('dd', { 'data-field': key }, value ?? '—')]));
}

/** The device's registration and health. */
export function facts(device, health, types, zone) {
  const battery = health.battery ? withUnit(health.battery.value, '%') : null;
  const signal = health.signal ? withUnit(health.signal.value, 'dBm') : null;
  return definitions([
    ['type', typeName(device.type, types)], ['status', t(`device.status.${device.status}`)],
    ['presence', t(`device.presence.${health.presence}`)], ['lastSeen', formatTime(health.lastSeen, zone)],
    ['address', device.address], ['position', `${device.longitude.toFixed(5)}, ${device.latitude.toFixed(5)}`],
    ['grid', device.grid], ['owner', device.owner], ['installedOn', device.installedOn],
    ['battery', battery], ['signal', signal]]);
}

/** The rules that apply to the device: its own, its type's and those for every device. */
export function applicableRules(rules, device) {
  return rules.filter((rule) => rule.enabled && (rule.device ? rule.device === device.code
    : !rule.deviceType || rule.deviceType === device.type));
}

function condition(rule, metrics) {
  if (rule.kind === 'OFFLINE') {
    return t('device.rule.offline');
  }
  if (rule.kind === 'NO_DATA') {
    return t('device.rule.noData', { duration: durationText(rule.noDataFor) });
  }
  const metric = metrics.find((candidate) => candidate.name === rule.metric);
  const sign = rule.comparator === 'LE' ? '≤' : '≥';
  const levels = LEVELS.filter((level) => rule.thresholds?.[level] != null)
    .map((level) => `${t(`sensing.level.${level}`)} ${sign} ${withUnit(rule.thresholds[level], metric?.unit)}`);
  const rate = rule.kind === 'RATE' ? `${t('device.rule.rate')} ` : '';
  return `${metric ? metricLabel(metric) : rule.metric ?? ''} ${rate}${levels.join('，')}`;
}

/** The table of the rules that watch the device. */
export function rulesTable(rules, metrics) {
  if (!rules.length) {
    return element('p', { class: 'empty' }, t('device.rules.none'));
  }
  return element('div', { class: 'table-scroll' }, element('table', { class: 'data-table rule-table',
    id: 'device-rules' },
  element('thead', {}, element('tr', {}, ['name', 'condition', 'clear', 'case'].map((column) => element('th',
    { scope: 'col' }, t(`device.rule.${column}`))))),
  element('tbody', {}, rules.map((rule) => element('tr', {},
    element('th', { scope: 'row' }, rule.name), element('td', {}, condition(rule, metrics)),
    element('td', {}, rule.clearThreshold == null ? '—' : String(rule.clearThreshold)),
    element('td', {}, rule.caseLevel ? t('device.rule.caseFrom', { level: t(`sensing.level.${rule.caseLevel}`) })
      : '—'))))));
}

/** The device's recent alarms, newest first, with a link to the alarms page filtered to it. */
export function recentAlarms(page, code, zone) {
  const link = element('a', { href: `/console/alarms?device=${encodeURIComponent(code)}` }, t('device.alarms.all'));
  if (!page.items.length) {
    return [element('p', { class: 'empty', id: 'device-alarms' }, t('device.alarms.none'))];
  }
  return [element('ul', { class: 'plain-list device-alarms', id: 'device-alarms' }, page.items.map((alarm) => element(
    'li', { 'data-alarm': alarm.id, 'data-state': alarm.state }, levelBadge(alarm.level), ' ',
    element('strong', {}, alarm.ruleName), ` · ${withUnit(alarm.value, '')} · ${formatTime(alarm.raisedAt, zone)} · `,
    element('span', { class: 'alarm-state' }, t(`sensing.alarmState.${alarm.state}`))))), link];
}
