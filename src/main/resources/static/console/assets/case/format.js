// How the console writes a case's values: its address in the console, times in the city's time zone, names of
// coded values ({code, name} from the API) in the user's language where the bundle has them.
import { t, has } from '../i18n.js';

/** The stages of a case still being worked on with its clock running (suspended cases are paused). */
export const OPEN_STAGES = ['REPORTED', 'ACCEPTED', 'FILED', 'HANDLING', 'VERIFYING', 'CLOSING'];

/** The console address of a case's detail page. */
export function caseLink(number) {
  return `/console/case?number=${encodeURIComponent(number)}`;
}

/** An instant (ISO-8601) as date and time in the city's time zone; a dash when there is none. */
export function formatTime(instant, zone) {
  if (!instant) {
    return '—';
  }
  return new Intl.DateTimeFormat(document.documentElement.lang || 'zh-CN', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** A coded value's name: the bundle's text for prefix.code when it has one, else the API's name, else the code. */
export function named(value, prefix) {
  if (!value) {
    return '—';
  }
  return prefix && has(`${prefix}.${value.code}`) ? t(`${prefix}.${value.code}`) : (value.name ?? value.code);
}
