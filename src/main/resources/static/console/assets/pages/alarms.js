// 告警 — the alarms of the user's data scope (GET /api/sensing/alarms), newest first: the active ones by default, or
// all recent ones or the cleared ones, by level, device and device type. Live: every alarm raised, escalated or
// cleared (the live stream) reloads the list and marks the new ones. Dispatchers, operators, shift leads and
// administrators acknowledge and clear; leaders read. Administrators also get the demo rainstorm button.
import { t } from '../i18n.js';
import { getJson, element, ApiProblem } from '../api.js';
import { field, clearErrors, showFieldErrors } from '../form-fields.js';
import { formatTime } from '../case/format.js';
import { onAlarm, onState } from '../live.js';
import { deviceTypes, deviceLink, typeName, levelBadge, withUnit, LEVELS } from '../sensing/format.js';
import { alarmActions, mayAct } from '../sensing/alarm-actions.js';
import { rainstormPanel } from '../sensing/rainstorm.js';

export const messages = 'sensing';
export const styles = ['sensing/sensing.css'];

const SIZE = 50;

const SHOWN = { active: ['ACTIVE_UNACKNOWLEDGED', 'ACKNOWLEDGED'], all: [], cleared: ['CLEARED'] };

function select(id, options, first) {
  return element('select', { id, name: id }, first ? element('option', { value: '' }, first) : null,
    options.map(([value, label]) => element('option', { value }, label)));
}

function row(alarm, context) {
  return element('tr', { 'data-alarm': alarm.id, 'data-state': alarm.state,
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
  context.act ? element('td', {}, alarmActions(alarm, context.reload, context.busy)) : null);
}

function table(page, context) {
  if (!page.items.length) {
    return element('p', { class: 'empty', id: 'alarms-empty' }, t('alarms.none'));
  }
  const columns = ['level', 'device', 'rule', 'value', 'raisedAt', 'state', ...(context.act ? ['actions'] : [])];
  return element('div', { class: 'table-scroll' }, element('table', { class: 'data-table alarm-table',
    id: 'alarms-table' },
  element('thead', {}, element('tr', {}, columns.map((column) => element('th', { scope: 'col' },
    t(`alarms.column.${column}`))))),
  element('tbody', {}, page.items.map((alarm) => row(alarm, context)))));
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
  const context = { types, zone: me.zone, act: mayAct(me), arrived: new Set(),
    reload: () => show(), busy: (busy) => {
      open = Math.max(0, open + (busy ? 1 : -1));
      if (!open && waiting) {
        waiting = false;
        show();
      }
    } };

  async function show() {
    clearErrors(form);
    main.dataset.loaded = 'false';
    const query = new URLSearchParams({ size: SIZE });
    SHOWN[controls.shown.value].forEach((state) => query.append('state', state));
    ['level', 'type', 'device'].filter((name) => controls[name].value.trim())
      .forEach((name) => query.set(name, controls[name].value.trim()));
    try {
      const page = await getJson(`/api/sensing/alarms?${query}`);
      open = 0;
      listBox.replaceChildren(table(page, context));
      context.arrived.clear(); // marked once, when they arrive
      status.textContent = t(page.total > page.items.length ? 'alarms.summaryNewest' : 'alarms.summary',
        { total: page.total, shown: page.items.length });
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) {
        throw problem;
      }
      const left = showFieldErrors(problem, (name) => controls[name]?.id, 'alarms.field');
      status.textContent = left.length || !problem.errors.length ? (problem.detail ?? problem.title) : '';
    }
    main.dataset.loaded = 'true';
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); show(); });
  let pending = null;
  const later = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (open) {
        waiting = true; // a clear form is open: reload once it closes, so the user's row stays put
      } else {
        show();
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
  await show();
}
