// How the sensing pages write devices and alarms: links to a device's page, names of device types and metrics in the
// user's language (the bundle's, else the platform's Chinese name), badges for a device's state and an alarm's level.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { named } from '../case/format.js';

export const STATES = ['ONLINE', 'OFFLINE', 'ALARM'];

export const LEVELS = ['BLUE', 'YELLOW', 'ORANGE', 'RED'];

/** The console address of a device's detail page. */
export function deviceLink(code) {
  return `/console/device?code=${encodeURIComponent(code)}`;
}

let types = null;

/** The device types (GET /api/sensing/device-types), read once per page. */
export function deviceTypes() {
  types ??= getJson('/api/sensing/device-types');
  return types;
}

/** A device type's name, from its code and the list of types. */
export function typeName(code, typeList) {
  const type = typeList.find((candidate) => candidate.code === code);
  return named({ code, name: type?.name }, 'sensing.type');
}

/** A metric's label ({name, label} as the type lists it) in the user's language. */
export function metricLabel(metric) {
  return named({ code: metric.name, name: metric.label }, 'sensing.metric');
}

/** A badge for a device's state (ONLINE, OFFLINE, ALARM). */
export function stateBadge(state) {
  return element('span', { class: `state-badge state-${(state || 'OFFLINE').toLowerCase()}` },
    t(`sensing.state.${state || 'OFFLINE'}`));
}

/** A badge for a warning level (BLUE, YELLOW, ORANGE, RED) of an alarm, or of what the texts' prefix names. */
export function levelBadge(level, prefix = 'sensing.level') {
  return element('span', { class: `level-badge level-${level.toLowerCase()}` }, t(`${prefix}.${level}`));
}

/** A value with its unit; a dash when there is none. */
export function withUnit(value, unit) {
  if (value === null || value === undefined) {
    return '—';
  }
  const rounded = Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000);
  return unit ? `${rounded} ${unit}` : rounded;
}

/** An ISO-8601 duration of hours, minutes and seconds (PT30M) in words, e.g. 30 分钟. */
export function durationText(iso) {
  const [, hours, minutes, seconds] = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso ?? '') ?? [];
  const parts = [[hours, 'hours'], [minutes, 'minutes'], [seconds, 'seconds']].filter(([value]) => value)
    .map(([value, unit]) => t(`sensing.${unit}`, { n: Number(value) }));
  return parts.length ? parts.join(' ') : (iso ?? '—');
}
