// An alarm's detail under its row of the alarms table (GET /api/sensing/alarms/{id}): its history — raised,
// escalated, de-escalated, acknowledged, assigned, cleared, by whom and why — and its comments (备注), in the city's
// time zone. Opened and closed with a button in the row; an open detail stays open (and is read again) when the
// list reloads.
import { t } from '../i18n.js';
import { getJson, element, ApiProblem } from '../api.js';
import { formatTime } from '../case/format.js';
import { withUnit } from './format.js';

/** The note the platform writes when an assignment is taken back (AlarmActions.assign). */
const UNASSIGNED = '取消指派';

function actor(name) {
  return name === 'system' ? t('alarms.history.system') : name;
}

/** What happened, in words; an assignment's note is the assignee's login name, or 取消指派 when taken back. */
function happened(entry) {
  if (entry.action !== 'ASSIGNED') {
    return t(`alarms.history.${entry.action}`);
  }
  return entry.note && entry.note !== UNASSIGNED ? t('alarms.history.assignedTo', { name: entry.note })
    : t('alarms.history.unassigned');
}

function history(entries, zone) {
  return element('ol', { class: 'timeline alarm-history' }, entries.map((entry) => {
    const levels = [entry.from, entry.to].filter(Boolean).map((level) => t(`sensing.level.${level}`)).join(' → ');
    return element('li', { 'data-action': entry.action },
      element('time', { datetime: entry.at }, formatTime(entry.at, zone)),
      element('strong', {}, happened(entry)),
      levels ? element('span', {}, levels) : null,
      entry.value == null ? null : element('span', { class: 'number' }, withUnit(entry.value, '')),
      element('span', { class: 'timeline-actor' }, actor(entry.actor)),
      entry.note && entry.action !== 'ASSIGNED' ? element('p', {}, entry.note) : null);
  }));
}

function comments(list, zone) {
  if (!list.length) {
    return element('p', { class: 'empty' }, t('alarms.comments.none'));
  }
  return element('ul', { class: 'plain-list alarm-comments' }, list.map((comment) => element('li', {},
    element('span', { class: 'alarm-comment-by' }, `${formatTime(comment.at, zone)} · ${comment.author}`),
    element('p', {}, comment.text))));
}

function draw(panel, detail, zone) {
  panel.replaceChildren(
    element('section', { class: 'alarm-detail-part', 'data-part': 'history' }, element('h3', {}, t('alarms.history')),
      history(detail.history, zone)),
    element('section', { class: 'alarm-detail-part', 'data-part': 'comments' },
      element('h3', {}, t('alarms.comments')), comments(detail.comments, zone)));
}

async function load(panel, alarm, context) {
  try {
    const detail = await getJson(`/api/sensing/alarms/${alarm.id}`);
    context.details.set(alarm.id, detail);
    draw(panel, detail, context.zone);
    panel.dataset.loaded = 'true';
  } catch (problem) {
    if (!(problem instanceof ApiProblem)) {
      throw problem;
    }
    panel.replaceChildren(element('p', { class: 'action-refusal' }, problem.detail || problem.title));
  }
}

/**
 * The alarm's detail row (spanning the table's columns) and the button that opens and closes it; context.expanded
 * holds the ids of the open ones, context.details what they showed last, context.zone the city's time zone.
 */
export function alarmDetail(alarm, columns, context) {
  const id = `alarm-${alarm.id}-detail`;
  const panel = element('div', { class: 'alarm-detail', id, 'data-loaded': 'false' });
  const row = element('tr', { class: 'alarm-detail-row', 'data-detail-of': alarm.id, hidden: true },
    element('td', { colspan: columns }, panel));
  const toggle = element('button', { type: 'button', class: 'link-button', 'data-detail': alarm.id,
    'aria-expanded': 'false', 'aria-controls': id }, t('alarms.detail'));
  const show = (open) => {
    row.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = t(open ? 'alarms.detail.close' : 'alarms.detail');
    if (open) {
      context.expanded.add(alarm.id);
      const before = context.details.get(alarm.id); // what it showed before a reload, until read again
      if (before) {
        draw(panel, before, context.zone);
      } else {
        panel.replaceChildren(element('p', { class: 'empty' }, t('alarms.detail.loading')));
      }
      load(panel, alarm, context);
    } else {
      context.expanded.delete(alarm.id);
      context.details.delete(alarm.id);
    }
  };
  toggle.addEventListener('click', () => show(row.hidden));
  if (context.expanded.has(alarm.id)) {
    show(true);
  }
  return { row, toggle };
}
