// 一张图's layers beyond the shared style (map-style.js): a heat map of the cases (from the case tiles, a cluster
// weighing by its count), the choropleth fills per region level (coloured by choropleth.js), and the devices by state
// with their active alarms (/api/tiles/devices). Each layer group has a switch on the page.
import { REGION_LAYERS, CASE_LAYERS } from '../map-style.js';

/** The region levels of the choropleth by zoom, as the region tiles carry their boundaries. */
export const CHOROPLETH_LEVELS = [
  { level: 'DISTRICT', groupBy: 'district', layer: 'choropleth-district', minzoom: 0, maxzoom: 10 },
  { level: 'STREET', groupBy: 'street', layer: 'choropleth-street', minzoom: 10, maxzoom: 12 },
  { level: 'COMMUNITY', groupBy: 'community', layer: 'choropleth-community', minzoom: 12, maxzoom: 15 },
];

export const DEVICE_STATES = { ONLINE: '#1f9d55', OFFLINE: '#8a96a3', ALARM: '#d63b3b' };

export const ALARM_LEVELS = { BLUE: '#2f6fd6', YELLOW: '#e0a100', ORANGE: '#ee6c1b', RED: '#c0262d' };

/** The switchable layer groups: id of the switch, style layers, visible when the map opens. */
export const LAYER_GROUPS = [
  { id: 'regions', layers: REGION_LAYERS, visible: true },
  { id: 'cases', layers: CASE_LAYERS, visible: true },
  { id: 'heat', layers: ['case-heat'], visible: false },
  { id: 'choropleth', layers: CHOROPLETH_LEVELS.map((entry) => entry.layer), visible: false },
  { id: 'devices', layers: ['devices'], visible: true },
  { id: 'alarms', layers: ['alarms', 'alarm-halo'], visible: true },
];

const hidden = { visibility: 'none' };

function colours(table, property, fallback) {
  return ['match', ['get', property], ...Object.entries(table).flat(), fallback];
}

function choroplethLayer({ level, layer, minzoom, maxzoom }) {
  return { id: layer, type: 'fill', source: 'regions', 'source-layer': 'boundary', minzoom, maxzoom,
    filter: ['==', ['get', 'level'], level], layout: hidden,
    paint: { 'fill-color': 'rgba(0,0,0,0)', 'fill-opacity': 0.7 } };
}

const heat = {
  id: 'case-heat', type: 'heatmap', source: 'cases', 'source-layer': 'cases', layout: hidden,
  paint: {
    // a single case weighs 0.4, a cluster more by the logarithm of its count up to 1 at about 1,000 cases, so the
    // densest places do not hide all others
    'heatmap-weight': ['interpolate', ['linear'], ['ln', ['+', 1, ['to-number', ['coalesce', ['get', 'count'], 1]]]],
      0.69, 0.4, 7, 1],
    'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 15, 4],
    'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 8, 18, 12, 28, 16, 36],
    'heatmap-opacity': 0.75,
    'heatmap-color': ['interpolate', ['linear'], ['heatmap-density'], 0, 'rgba(255,255,178,0)', 0.2, '#fed976',
      0.4, '#feb24c', 0.6, '#fd8d3c', 0.8, '#f03b20', 1, '#bd0026'],
  },
};

const devices = {
  id: 'devices', type: 'circle', source: 'devices', 'source-layer': 'devices',
  paint: { 'circle-color': colours(DEVICE_STATES, 'state', '#8a96a3'),
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 1.2, 12, 2.5, 16, 6],
    'circle-opacity': ['case', ['==', ['get', 'state'], 'OFFLINE'], 0.55, 1],
    'circle-stroke-color': '#ffffff', 'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 11, 0, 15, 1] },
};

const alarmColour = colours(ALARM_LEVELS, 'level', '#c0262d');

const alarmHalo = {
  id: 'alarm-halo', type: 'circle', source: 'devices', 'source-layer': 'alarms',
  paint: { 'circle-color': 'rgba(0,0,0,0)', 'circle-radius': 11, 'circle-stroke-color': alarmColour,
    'circle-stroke-width': 3, 'circle-stroke-opacity': 0.8 },
};

const alarms = {
  id: 'alarms', type: 'circle', source: 'devices', 'source-layer': 'alarms',
  paint: { 'circle-color': alarmColour, 'circle-radius': 5, 'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5 },
};

/** Adds the map page's sources and layers to the shared style; answers the style. */
export function withMapLayers(style, origin, caseQuery) {
  style.sources.devices = { type: 'vector', tiles: [`${origin}/api/tiles/devices/{z}/{x}/{y}.mvt`], minzoom: 0,
    maxzoom: 16 };
  style.sources.cases.tiles = [caseTiles(origin, caseQuery, 0)];
  const at = (id) => style.layers.findIndex((layer) => layer.id === id);
  style.layers.splice(at('boundary-fill') + 1, 0, ...CHOROPLETH_LEVELS.map(choroplethLayer), heat);
  style.layers.splice(at('case-clusters'), 0, devices, alarmHalo, alarms);
  return style;
}

/** The case tiles' URL template for a filter query; a new version passes the browser's tile cache by. */
export function caseTiles(origin, caseQuery, version) {
  const query = new URLSearchParams(caseQuery);
  if (version) {
    query.set('live', version);
  }
  const text = query.toString();
  return `${origin}/api/tiles/cases/{z}/{x}/{y}.mvt${text ? `?${text}` : ''}`;
}
