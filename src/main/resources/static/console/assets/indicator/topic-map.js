// A topic's map (专题地图): the shared city map with the regions below the chosen one filled by one indicator's
// latest value in each (the topic data's `regions`), in five classes of equal width coloured by the indicator's
// direction, with a legend; the case clusters, devices and alarms (the city map's layers) show when the topic has
// such a layer (devices and alarms for the roles that read them).
import { t } from '../i18n.js';
import { element } from '../api.js';
import { mapStyle } from '../map-style.js';
import { withMapLayers, LAYER_GROUPS } from '../map/layers.js';
import { openCityMap } from '../city-map.js';
import { RAMPS, equalClasses, classFill, classScale } from '../map/choropleth.js';
import { withUnit } from './format.js';

const RAMP_OF = { HIGHER_BETTER: RAMPS.closureRate, HIGHER_WORSE: RAMPS.overdue };

/** The topic's layer kinds that show each of the city map's layer groups. */
const SHOWN_BY = { cases: 'CASES', devices: 'DEVICES', alarms: 'ALARMS' };

function styleWith(me, kinds) {
  const sensing = me.pages.some((page) => page.id === 'devices') && (kinds.has('DEVICES') || kinds.has('ALARMS'));
  const style = sensing ? withMapLayers(mapStyle(location.origin, me.baseLayer, t), location.origin, {})
    : mapStyle(location.origin, me.baseLayer, t);
  const at = style.layers.findIndex((layer) => layer.id === 'boundary-fill');
  style.layers.splice(at + 1, 0, { id: 'indicator-fill', type: 'fill', source: 'regions',
    'source-layer': 'boundary', filter: ['==', ['get', 'level'], ''],
    paint: { 'fill-color': 'rgba(0,0,0,0)', 'fill-opacity': 0.75 } });
  LAYER_GROUPS.filter((group) => SHOWN_BY[group.id]).forEach((group) => style.layers
    .filter((layer) => group.layers.includes(layer.id))
    .forEach((layer) => { layer.layout = { ...layer.layout, visibility: kinds.has(SHOWN_BY[group.id]) ? 'visible'
      : 'none' }; }));
  return style;
}

/**
 * The map in the container with its legend box and the topic's layer kinds (CASES, DEVICES, ALARMS); answers
 * {show(series, level)} that fills the regions of the level with the series' regional values. The container says
 * data-choropleth="<level>:<regions filled>" for the tests.
 */
export async function topicMap(container, legend, me, kinds) {
  const { map } = await openCityMap(container, me, styleWith(me, kinds));
  map.on('error', (event) => console.warn('Topic map:', event.error?.message));
  if (!map.isStyleLoaded()) {
    await new Promise((resolve) => map.once('load', resolve));
  }
  return {
    show(series, level) {
      const figures = (series?.regions ?? []).map((entry) => [entry.region.code, entry.value]);
      const known = figures.map(([, value]) => value).filter((value) => value !== null && value !== undefined);
      const classes = equalClasses(known, RAMP_OF[series?.direction] ?? RAMPS.density);
      map.setFilter('indicator-fill', ['==', ['get', 'level'], level]);
      map.setPaintProperty('indicator-fill', 'fill-color', classFill(figures, classes));
      legend.replaceChildren(element('p', { class: 'legend-title' }, series ? series.name : t('topic.map.none')),
        ...(series ? [classScale(classes, (value) => withUnit(Math.round(value * 100) / 100, series.unit),
          t('topic.map.empty'))] : []));
      container.dataset.choropleth = `${level}:${known.length}`;
      return new Promise((resolve) => map.once('idle', resolve));
    },
  };
}
