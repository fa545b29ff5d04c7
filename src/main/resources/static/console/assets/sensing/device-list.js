// The device list of the 感知设备 page: a table of one page of devices (code linked to the device's page, name, type,
// state, district; the address under the name) with a button that shows the device on the map.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { deviceLink, typeName, stateBadge } from './format.js';

function row(device, context) {
  const locate = element('button', { type: 'button', class: 'link-button', 'data-locate': device.code,
    'aria-label': t('devices.locate.label', { code: device.code }) }, t('devices.locate'));
  locate.addEventListener('click', () => context.locate(device));
  return element('tr', { 'data-device': device.code, 'data-state': device.state },
    element('th', { scope: 'row' }, element('a', { href: deviceLink(device.code) }, device.code)),
    element('td', { class: 'device-name' }, device.name,
      device.address ? element('span', { class: 'device-address' }, device.address) : null),
    element('td', {}, typeName(device.type, context.types)),
    element('td', {}, stateBadge(device.state)),
    element('td', {}, context.districts.get(device.district) ?? device.district),
    element('td', {}, locate));
}

/** The table of the page's devices, or a sentence when none match. */
export function deviceTable(page, context) {
  if (!page.items.length) {
    return element('p', { class: 'empty', id: 'devices-empty' }, t('devices.none'));
  }
  const columns = ['code', 'name', 'type', 'state', 'district', 'map'];
  return element('div', { class: 'table-scroll' }, element('table', { class: 'data-table device-table',
    id: 'devices-table' },
  element('thead', {}, element('tr', {}, columns.map((column) => element('th', { scope: 'col' },
    t(`devices.column.${column}`))))),
  element('tbody', {}, page.items.map((device) => row(device, context)))));
}
