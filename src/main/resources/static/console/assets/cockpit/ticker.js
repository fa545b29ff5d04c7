// The cockpit's live ticker (实时动态): new cases and sensor alarms of the user's scope, newest first — the latest
// ones read at start, then every case reported and alarm raised or escalated from the live stream (live.js).
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { caseLink } from '../case/format.js';
import { cityDate } from '../dates.js';

const KEPT = 30;

/** An instant as hour and minute in the city's time zone. */
export function clockTime(instant, zone) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(instant));
}

/** An instant as hour and minute in the city's time zone, with month and day (MM-DD) when it is not today. */
function entryTime(instant, zone) {
  const day = cityDate(new Date(instant), zone);
  return day === cityDate(new Date(), zone) ? clockTime(instant, zone)
    : `${day.substring(5)} ${clockTime(instant, zone)}`;
}

/** A ticker entry of a case: {kind, at, text, href}, from a case summary or a live case change. */
export function caseEntry(item) {
  const category = item.categoryName ?? item.category?.name ?? item.category;
  const place = item.address ?? item.street?.name ?? item.district?.name ?? '';
  return { kind: 'case', key: `case-${item.number}`, at: item.reportedAt, href: caseLink(item.number),
    text: [category, place].filter(Boolean).join(' · '), number: item.number };
}

/**
 * A ticker entry of an alarm, linked to its device's page (with the device's alarms), from an alarm view or a live
 * alarm change.
 */
export function alarmEntry(item) {
  const level = t(`cockpit.level.${item.level}`);
  const device = item.deviceCode ?? item.device;
  return { kind: 'alarm', key: `alarm-${item.id}`, at: item.raisedAt ?? item.at, level: item.level,
    href: device ? `/console/device?code=${encodeURIComponent(device)}` : null,
    text: [level, item.deviceName ?? item.device, item.ruleName ?? item.description].filter(Boolean).join(' · ') };
}

/** Days back the ticker looks for its first cases (a bounded report time keeps the read short on a long history). */
const LOOK_BACK_DAYS = 7;

/** The latest cases (of the last 7 days) and alarms of the user's scope (alarms for the roles that read them). */
export async function latestEntries() {
  const since = new Date(Date.now() - LOOK_BACK_DAYS * 86400000).toISOString();
  const [cases, alarms] = await Promise.all([getJson(`/api/cases?size=20&from=${encodeURIComponent(since)}`),
    getJson('/api/sensing/alarms?size=5').catch(() => ({ items: [] }))]);
  return [...cases.items.map(caseEntry), ...alarms.items.map(alarmEntry)];
}

/** The ticker panel; answers {panel, add(entries)}. */
export function tickerPanel(zone) {
  const list = element('ol', { class: 'ticker-list', id: 'ticker', 'aria-live': 'polite' });
  const panel = element('section', { class: 'panel ticker', 'aria-labelledby': 'ticker-title' },
    element('h2', { id: 'ticker-title' }, t('cockpit.ticker')), list);
  const entries = [];

  function row(entry) {
    const badge = element('span', { class: `ticker-kind ${entry.kind} level-${(entry.level ?? '').toLowerCase()}` },
      t(`cockpit.ticker.${entry.kind}`));
    const text = entry.href ? element('a', { href: entry.href }, entry.text || entry.number) : entry.text;
    return element('li', { class: 'ticker-item', 'data-key': entry.key },
      element('time', { datetime: entry.at }, entry.at ? entryTime(entry.at, zone) : '—'), badge,
      element('span', { class: 'ticker-text' }, text));
  }

  function add(fresh) {
    fresh.filter((entry) => !entries.some((known) => known.key === entry.key)).forEach((entry) => entries.push(entry));
    entries.sort((a, b) => String(b.at).localeCompare(String(a.at)));
    entries.splice(KEPT);
    list.replaceChildren(...(entries.length ? entries.map(row)
      : [element('li', { class: 'ticker-empty' }, t('cockpit.ticker.empty'))]));
  }

  return { panel, add };
}
