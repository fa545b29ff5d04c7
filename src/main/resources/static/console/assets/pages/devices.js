// 感知设备 — the devices of the user's data scope (GET /api/sensing/devices) as a list, filtered by type, state
// (ONLINE, OFFLINE, ALARM), district and a search by code or name, page by page, and on a small map of the device
// tiles. Alarms from the live stream refresh both.
import { t } from '../i18n.js';
import { getJson, element, ApiProblem } from '../api.js';
import { field, clearErrors, showFieldErrors } from '../form-fields.js';
import { onAlarm, onState } from '../live.js';
import { deviceTypes, typeName, STATES } from '../sensing/format.js';
import { deviceMap } from '../sensing/device-map.js';
import { deviceTable } from '../sensing/device-list.js';
import { pager } from '../pager.js';

export const messages = 'sensing';
export const styles = ['sensing/sensing.css'];

const PAGE_SIZE = 20;

function select(id, options, all) {
  return element('select', { id, name: id }, element('option', { value: '' }, all),
    options.map(([value, label]) => element('option', { value }, label)));
}

/** The districts a user may filter by: those of the city for a scope above districts, else none. */
async function districtsOf(me) {
  if (['DISTRICT', 'STREET', 'COMMUNITY', 'GRID'].includes(me.scope.level)) {
    return [];
  }
  const all = await getJson('/api/regions?level=DISTRICT');
  const prefix = me.scope.code.substring(0, me.scope.level === 'PROVINCE' ? 2 : 4);
  return me.scope.level ? all.filter((district) => district.code.startsWith(prefix)) : all;
}

export async function render(main, { me }) {
  const [types, districts] = await Promise.all([deviceTypes(), districtsOf(me)]);
  const names = new Map(districts.map((district) => [district.code, district.name]));
  if (me.scope.level === 'DISTRICT') {
    names.set(me.scope.code, me.scope.name);
  }
  const controls = {
    q: element('input', { id: 'devices-q', name: 'q', type: 'search', autocomplete: 'off',
      placeholder: t('devices.search.placeholder') }),
    type: select('devices-type', types.map((type) => [type.code, typeName(type.code, types)]), t('devices.all')),
    state: select('devices-state', STATES.map((state) => [state, t(`sensing.state.${state}`)]), t('devices.all')),
    region: select('devices-district', districts.map((district) => [district.code, district.name]),
      t('devices.all')),
  };
  const form = element('form', { class: 'filters', id: 'devices-filters', novalidate: true },
    field('devices-q', t('devices.search'), controls.q), field('devices-type', t('devices.type'), controls.type),
    field('devices-state', t('devices.state'), controls.state),
    districts.length ? field('devices-district', t('devices.district'), controls.region) : null,
    element('button', { type: 'submit', class: 'primary' }, t('devices.show')));
  const status = element('p', { class: 'page-status', role: 'status', id: 'devices-status' });
  const listBox = element('div', { class: 'device-list', id: 'devices-list' });
  const mapBox = element('div', { class: 'device-map', id: 'devices-map', role: 'region',
    'aria-label': t('devices.map') });
  main.append(element('section', { class: 'page devices-page' },
    element('div', { class: 'page-head' }, element('h1', {}, t('page.devices')),
      element('span', { class: 'live-badge', id: 'devices-live', 'data-state': 'connecting' }, t('live.connecting'))),
    form, status, element('div', { class: 'devices-layout' }, listBox, mapBox)));

  const devicesMap = await deviceMap(mapBox, me, types);
  const context = { types, districts: names,
    locate: (device) => devicesMap.locate(device.longitude, device.latitude) };

  async function show(page = 0) {
    clearErrors(form);
    main.dataset.loaded = 'false';
    const query = new URLSearchParams({ page, size: PAGE_SIZE });
    Object.entries(controls).filter(([, control]) => control.value.trim())
      .forEach(([name, control]) => query.set(name, control.value.trim()));
    devicesMap.filter(controls.type.value, controls.state.value);
    try {
      const found = await getJson(`/api/sensing/devices?${query}`);
      listBox.replaceChildren(deviceTable(found, context), pager(found, show, 'devices'));
      status.textContent = t('devices.summary', { total: found.total });
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) {
        throw problem;
      }
      const left = showFieldErrors(problem, (name) => controls[name]?.id, 'devices.field');
      status.textContent = left.length || !problem.errors.length ? (problem.detail ?? problem.title) : '';
    }
    main.dataset.loaded = 'true';
    main.dataset.page = String(page);
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); show(0); });
  let pending = null;
  onAlarm(() => {
    clearTimeout(pending);
    pending = setTimeout(() => { devicesMap.refresh(); show(Number(main.dataset.page || 0)); }, 500);
  });
  const badge = main.querySelector('#devices-live');
  onState((state) => {
    badge.dataset.state = state === 'reconnecting' ? 'reconnecting' : 'open';
    badge.textContent = t(state === 'reconnecting' ? 'live.reconnecting' : 'live.open');
  });
  await show(0);
}
