// The devices on a small city map: the platform's boundaries (map-style.js, without the case layers) and the device
// tiles (/api/tiles/devices, layer `devices` coloured by state, layer `alarms` ringed by level), within the user's
// data scope. A click on a device opens a popup linking to its page; filters by type and state apply to the points.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { mapStyle, CASE_LAYERS } from '../map-style.js';
import { openCityMap } from '../city-map.js';
import { deviceLink, typeName, stateBadge } from './format.js';

export const STATE_COLOURS = ['match', ['get', 'state'], 'ONLINE', '#1f9d55', 'ALARM', '#d63b3b', '#8a97a6'];

const LEVEL_COLOURS = ['match', ['get', 'level'], 'BLUE', '#2f7bd0', 'YELLOW', '#e0a100', 'ORANGE', '#ef7d22',
  '#d63b3b'];

function tiles(version) {
  return [`${location.origin}/api/tiles/devices/{z}/{x}/{y}.mvt${version ? `?live=${version}` : ''}`];
}

/** The city map's style without cases, with the device layers. */
function deviceStyle(me) {
  const style = mapStyle(location.origin, me.baseLayer, t);
  delete style.sources.cases;
  style.layers = style.layers.filter((layer) => !CASE_LAYERS.includes(layer.id));
  style.sources.devices = { type: 'vector', tiles: tiles(0), minzoom: 0, maxzoom: 16 };
  style.layers.push(
    { id: 'alarm-rings', type: 'circle', source: 'devices', 'source-layer': 'alarms',
      paint: { 'circle-radius': 10, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-width': 2.5,
        'circle-stroke-color': LEVEL_COLOURS } },
    { id: 'device-points', type: 'circle', source: 'devices', 'source-layer': 'devices',
      paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 11, 3, 15, 6],
        'circle-color': STATE_COLOURS, 'circle-opacity': ['match', ['get', 'state'], 'OFFLINE', 0.55, 0.95],
        'circle-stroke-color': '#ffffff', 'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 0, 13, 1] } });
  return style;
}

function popup(feature, typeList) {
  const p = feature.properties;
  return element('div', { class: 'popup' }, element('strong', {}, p.id),
    element('span', {}, typeName(p.type, typeList)), stateBadge(p.state),
    element('a', { class: 'popup-link', href: deviceLink(p.id) }, t('sensing.openDevice')));
}

/**
 * Draws the device map in the container; answers { map, filter(type, state), refresh(), locate(lng, lat) }:
 * filter limits the points to a type and a state (empty for all), refresh fetches the device tiles again.
 */
export async function deviceMap(container, me, typeList) {
  const { maplibregl, map } = await openCityMap(container, me, deviceStyle(me));
  map.on('idle', () => { container.dataset.idle = 'true'; });
  map.on('movestart', () => { container.dataset.idle = 'false'; });
  map.on('click', 'device-points', (event) => {
    const [feature] = event.features;
    new maplibregl.Popup({ closeButton: true }).setLngLat(feature.geometry.coordinates)
      .setDOMContent(popup(feature, typeList)).addTo(map);
  });
  map.on('mouseenter', 'device-points', () => map.getCanvas().classList.add('pointer'));
  map.on('mouseleave', 'device-points', () => map.getCanvas().classList.remove('pointer'));
  let version = 0;
  let wanted = null;
  let loaded = false;
  map.once('load', () => {
    loaded = true;
    map.setFilter('device-points', wanted);
  });
  return {
    map,
    filter(type, state) {
      const conditions = [type ? ['==', ['get', 'type'], type] : null, state ? ['==', ['get', 'state'], state] : null]
        .filter(Boolean);
      wanted = conditions.length ? ['all', ...conditions] : null;
      if (loaded) {
        map.setFilter('device-points', wanted);
      }
    },
    refresh() {
      version += 1;
      map.getSource('devices')?.setTiles(tiles(version));
    },
    locate(longitude, latitude) {
      map.flyTo({ center: [longitude, latitude], zoom: Math.max(map.getZoom(), 15) });
    },
  };
}
