// 告警 — the alarms of the user's data scope (GET /api/sensing/alarms), newest first, page by page (?size= in the
// address sets the page size, 50 by default): the active ones by default, or all recent ones or the cleared ones, by
// level, device and device type. Live: every alarm raised, escalated or cleared (the live stream) reloads the page
// shown and marks the new ones. Each alarm opens its detail (history and comments). Dispatchers, operators, shift
// leads and administrators acknowledge, assign, comment and clear; leaders read. Administrators also get the demo
// rainstorm button.
import { t } from '../i18n.js';
import { getJson, element, ApiProblem } from '../api.js';
import { field, clearErrors, showFieldErrors } from '../form-fields.js';
import { formatTime } from '../case/format.js';
import { onAlarm, onState } from '../live.js';
import { deviceTypes, deviceLink, typeName, levelBadge, withUnit, LEVELS } from '../sensing/format.js';
import { alarmActions, mayAct } from '../sensing/alarm-actions.js';
import { alarmDetail } from '../sensing/alarm-detail.js';
import { pager, pageCount } from '../pager.js';
import { rainstormPanel } from '../sensing/rainstorm.js';

export const messages = 'sensing';
export const styles = ['sensing/sensing.css'];

/** The page size: ?size= in the address (1–200, the API's bounds), else 50. */
function pageSize() {
  const asked = Number(new URLSearchParams(location.search).get('size'));
  return Number.isInteger(asked) && asked >= 1 && asked <= 200 ? asked : 50;
}

const SHOWN = { active: ['ACTIVE_UNACKNOWLEDGED', 'ACKNOWLEDGED'], all: [], cleared: ['CLEARED'] };

function select(id, options, first) {
  return element('select', { id, name: id }, first ? element('option', { value: '' }, first) : null,
    options.map(([value, label]) => element('option', { value }, label)));
}

const COLUMNS = ['level', 'device', 'rule', 'value', 'raisedAt', 'state', 'assignee', 'actions'];

function rows(alarm, context) {
  const detail = alarmDetail(alarm, COLUMNS.length, context);
  const row = element('tr', { 'data-alarm': alarm.id, 'data-state': alarm.state,
    class: context.arrived.has(alarm.id) ? 'arrived' : null },
  element('td', {}, levelBadge(alarm.level)),
  element('th', { scope: 'row' }, element('a', { href: deviceLink(alarm.deviceCode) }, alarm.deviceCode),
    element('span', { class: 'alarm-device-name' }, `${alarm.deviceName} · ${typeName(alarm.deviceType,
      context.types)}`)),
  element('td', {}, alarm.ruleName),
  element('td', { class: 'number' }, withUnit(alarm.value, '')),
  element('td', {}, formatTime(alarm.raisedAt, context.zone)),
  element('td', { class: 'alarm-state' }, t(`sensing.alarmState.${alarm.state}`),
    alarm.acknowledgedBy ? element('span', { class: 'alarm-by' }, t('alarms.acknowledgedBy',
      { name: alarm.acknowledgedBy })) : null,
    alarm.clearedBy ? element('span', { class: 'alarm-by' }, t('alarms.clearedBy', { name: alarm.clearedBy }))
      : null),
  element('td', { class: 'alarm-assignee', 'data-field': 'assignee', 'data-label': t('alarms.column.assignee') },
    alarm.assignee ?? '—'),
  element('td', {}, context.act ? alarmActions(alarm, context.reload, context.busy, detail.toggle)
    : element('div', { class: 'alarm-actions' }, detail.toggle)));
  return [row, detail.row];
}

function table(page, context) {
  if (!page.items.length) {
    return element('p', { class: 'empty', id: 'alarms-empty' }, t('alarms.none'));
  }
  return element('div', { class: 'table-scroll' }, element('table', { class: 'data-table alarm-table',
    id: 'alarms-table' },
  element('thead', {}, element('tr', {}, COLUMNS.map((column) => element('th', { scope: 'col' },
    t(`alarms.column.${column}`))))),
  element('tbody', {}, page.items.flatMap((alarm) => rows(alarm, context)))));
}

export async function render(main, { me }) {
  const [types, rainstorm] = await Promise.all([deviceTypes(), rainstormPanel(me)]);
  const controls = {
    shown: select('alarms-shown', Object.keys(SHOWN).map((key) => [key, t(`alarms.shown.${key}`)])),
    level: select('alarms-level', LEVELS.map((level) => [level, t(`sensing.level.${level}`)]), t('alarms.all')),
    type: select('alarms-type', types.map((type) => [type.code, typeName(type.code, types)]), t('alarms.all')),
    device: element('input', { id: 'alarms-device', name: 'device', autocomplete: 'off',
      value: new URLSearchParams(location.search).get('device') ?? '' }),
  };
  const form = element('form', { class: 'filters', id: 'alarms-filters', novalidate: true },
    field('alarms-shown', t('alarms.shown'), controls.shown), field('alarms-level', t('alarms.level'), controls.level),
    field('alarms-type', t('alarms.type'), controls.type), field('alarms-device', t('alarms.device'), controls.device),
    element('button', { type: 'submit', class: 'primary' }, t('alarms.show')));
  const badge = element('span', { class: 'live-badge', id: 'alarms-live', 'data-state': 'connecting' },
    t('live.connecting'));
  const status = element('p', { class: 'page-status', role: 'status', id: 'alarms-status' });
  const listBox = element('div', { class: 'alarm-list', id: 'alarms-list', 'aria-live': 'polite' });
  main.append(element('section', { class: 'page alarms-page' },
    element('div', { class: 'page-head' }, element('h1', {}, t('page.alarms')), badge), rainstorm, form, status,
    listBox));

  let open = 0;
  let waiting = false;
  let current = 0;
  const size = pageSize();
  const context = { types, zone: me.zone, act: mayAct(me), arrived: new Set(), expanded: new Set(),
    details: new Map(), reload: () => show(current), busy: (busy) => {
      open = Math.max(0, open + (busy ? 1 : -1));
      if (!open && waiting) {
        waiting = false;
        show(current);
      }
    } };

  const chosen = () => {
    const query = new URLSearchParams();
    SHOWN[controls.shown.value].forEach((state) => query.append('state', state));
    ['level', 'type', 'device'].filter((name) => controls[name].value.trim())
      .forEach((name) => query.set(name, controls[name].value.trim()));
    return query;
  };
  let filters = chosen(); // those last shown: paging and live reloads keep them until 查询 again

  async function show(number) {
    clearErrors(form);
    main.dataset.loaded = 'false';
    const query = new URLSearchParams(filters);
    query.set('page', number);
    query.set('size', size);
    try {
      const page = await getJson(`/api/sensing/alarms?${query}`);
      if (!page.items.length && number > 0) {
        return show(Math.min(number - 1, pageCount(page) - 1)); // the page emptied: the last one left
      }
      current = number;
      main.dataset.page = String(number);
      open = 0;
      listBox.replaceChildren(table(page, context), page.items.length ? pager(page, show, 'alarms') : '');
      context.arrived.clear(); // marked once, when they arrive
      status.textContent = t('alarms.summary', { total: page.total });
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) {
        throw problem;
      }
      const left = showFieldErrors(problem, (name) => controls[name]?.id, 'alarms.field');
      status.textContent = left.length || !problem.errors.length ? (problem.detail ?? problem.title) : '';
    }
    main.dataset.loaded = 'true';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    filters = chosen();
    show(0);
  });
  let pending = null;
  const later = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (open) {
        waiting = true; // a form is open: reload once it closes, so the user's row stays put
      } else {
        show(current);
      }
    }, 300);
  };
  onAlarm((change) => {
    if (change.change === 'RAISED') {
      context.arrived.add(change.id);
    }
    later();
  });
  onState((state) => {
    badge.dataset.state = state === 'reconnecting' ? 'reconnecting' : 'open';
    badge.textContent = t(state === 'reconnecting' ? 'live.reconnecting' : 'live.open');
    main.dataset.live = badge.dataset.state;
    if (state === 'reopened') {
      later();
    }
  });
  await show(0);
}
