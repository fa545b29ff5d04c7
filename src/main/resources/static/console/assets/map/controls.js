// 一张图's controls: a labelled switch per layer group, the choropleth's figure, and the legend of every layer.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { LAYER_GROUPS, DEVICE_STATES, ALARM_LEVELS } from './layers.js';
import { MEASURES } from './choropleth.js';

/** Shows or hides a layer group's style layers. */
export function showGroup(map, group, visible) {
  map.getContainer().dataset.idle = 'false';
  group.layers.forEach((layer) => map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none'));
}

/**
 * The layer switches (id layer-<group>) of the groups the user has, and the choropleth's figure; onSwitch(group id,
 * visible) and onMeasure(measure) tell the page.
 */
export function layerSwitches(groups, onSwitch, onMeasure) {
  const switches = LAYER_GROUPS.filter((group) => groups.includes(group.id)).map((group) => {
    const box = element('input', { type: 'checkbox', id: `layer-${group.id}`, checked: group.visible });
    box.addEventListener('change', () => onSwitch(group.id, box.checked));
    return element('label', { class: 'toggle', for: `layer-${group.id}` }, box, t(`map.layer.${group.id}`));
  });
  const children = [...switches];
  if (groups.includes('choropleth')) {
    const measure = element('select', { id: 'choropleth-measure' },
      MEASURES.map((name) => element('option', { value: name }, t(`map.choropleth.${name}`))));
    measure.addEventListener('change', () => onMeasure(measure.value));
    children.push(element('label', { class: 'measure', for: 'choropleth-measure' }, t('map.choropleth.measure'),
      measure));
  }
  return element('fieldset', { class: 'map-layers' }, element('legend', {}, t('map.layers')), children);
}

function swatch(name, colour, text) {
  const mark = element('span', { class: `swatch ${name}` });
  if (colour) {
    mark.style[name === 'alarm' ? 'borderColor' : 'background'] = colour;
  }
  return element('li', {}, mark, text);
}

/** The legend of every layer; the choropleth's scale goes into the element answered as `choropleth`. */
export function legend() {
  const choropleth = element('div', { class: 'legend-choropleth' });
  const lights = ['GREEN', 'YELLOW', 'RED', 'NONE'].map((light) => swatch(`light-${light.toLowerCase()}`, null,
    t(`map.light.${light}`)));
  const wide = matchMedia('(min-width: 641px)');
  const box = element('details', { class: 'map-legend-box', open: wide.matches },
    element('summary', {}, t('map.legend')),
    element('ul', { class: 'map-legend', 'aria-label': t('map.legend.cases') }, lights,
      swatch('cluster', null, t('map.cluster')), swatch('heat', null, t('map.layer.heat'))),
    element('ul', { class: 'map-legend', 'aria-label': t('map.legend.devices') },
      Object.entries(DEVICE_STATES).map(([state, colour]) => swatch('device', colour, t(`map.deviceState.${state}`))),
      Object.entries(ALARM_LEVELS).map(([level, colour]) => swatch('alarm', colour, t(`map.alarmLevel.${level}`)))),
    choropleth);
  wide.addEventListener('change', () => { box.open = wide.matches; }); // folded on a phone, where it hides the map
  return { box, choropleth };
}
