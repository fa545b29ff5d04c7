// The style of the city map (MapLibre style spec v8): a plain background or the configured base layer, the region
// boundaries and labels of /api/tiles/regions (levels by zoom, as the tiles hold them) and the cases of
// /api/tiles/cases (clusters below zoom 15, single cases coloured by traffic light from zoom 15). No glyph server:
// labels are drawn with the browser's own fonts, so no request leaves the platform.

export const REGION_LAYERS = ['boundary-fill', 'boundary-grid', 'boundary-community', 'boundary-street',
  'boundary-district', 'label-grid', 'label-community', 'label-street', 'label-district'];

export const CASE_LAYERS = ['case-clusters', 'case-clusters-count', 'case-points'];

/** A case point's colour by its traffic light (the `light` property: GREEN, YELLOW, RED, else none). */
export const LIGHTS = ['match', ['get', 'light'], 'GREEN', '#1f9d55', 'YELLOW', '#e0a100', 'RED', '#d63b3b',
  '#6b7c93'];

const isCluster = ['==', ['to-string', ['get', 'cluster']], 'true'];

function level(name) {
  return ['==', ['get', 'level'], name];
}

function line(id, levelName, color, width, extra = {}) {
  return {
    id, type: 'line', source: 'regions', 'source-layer': 'boundary', filter: level(levelName),
    layout: { 'line-join': 'round' }, paint: { 'line-color': color, 'line-width': width, ...extra },
  };
}

function label(id, levelName, size, color, minzoom) {
  return {
    id, type: 'symbol', source: 'regions', 'source-layer': 'label', filter: level(levelName), minzoom,
    layout: { 'text-field': ['get', 'name'], 'text-size': size, 'text-max-width': 8, 'text-padding': 4 },
    paint: { 'text-color': color, 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.5 },
  };
}

/** The style for the platform at origin, with the deployment's base layer (or none). */
export function mapStyle(origin, baseLayer, t) {
  const sources = {
    regions: { type: 'vector', tiles: [`${origin}/api/tiles/regions/{z}/{x}/{y}.mvt`], minzoom: 0, maxzoom: 16,
      attribution: t('map.attribution') },
    cases: { type: 'vector', tiles: [`${origin}/api/tiles/cases/{z}/{x}/{y}.mvt`], minzoom: 0, maxzoom: 16 },
  };
  const layers = [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } }];
  if (baseLayer) {
    sources.base = { type: 'raster', tiles: [baseLayer.url], tileSize: 256, attribution: baseLayer.attribution };
    layers.push({ id: 'base', type: 'raster', source: 'base' });
  }
  layers.push(
    { id: 'boundary-fill', type: 'fill', source: 'regions', 'source-layer': 'boundary',
      paint: { 'fill-color': baseLayer ? 'rgba(255,255,255,0)' : '#fbfcfd', 'fill-outline-color': 'rgba(0,0,0,0)' } },
    line('boundary-grid', 'GRID', '#b9c6d3', 0.6),
    line('boundary-community', 'COMMUNITY', '#8da2b8', 1, { 'line-dasharray': [3, 2] }),
    line('boundary-street', 'STREET', '#5f7d99', 1.4),
    line('boundary-district', 'DISTRICT', '#1d4f7c', 2.4),
    label('label-grid', 'GRID', 10, '#6b7c93', 15),
    label('label-community', 'COMMUNITY', 11, '#4a6076', 12),
    label('label-street', 'STREET', 13, '#2f4a63', 10),
    label('label-district', 'DISTRICT', 16, '#0b2e4f', 0),
    { id: 'case-clusters', type: 'circle', source: 'cases', 'source-layer': 'cases', filter: isCluster,
      paint: {
        'circle-color': ['step', ['get', 'count'], '#4c9be8', 10, '#2f7bd0', 100, '#1d5fae', 1000, '#12427f'],
        'circle-radius': ['step', ['get', 'count'], 9, 10, 13, 100, 18, 1000, 24],
        'circle-opacity': 0.85, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 } },
    { id: 'case-clusters-count', type: 'symbol', source: 'cases', 'source-layer': 'cases', filter: isCluster,
      layout: { 'text-field': ['to-string', ['get', 'count']], 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' } },
    { id: 'case-points', type: 'circle', source: 'cases', 'source-layer': 'cases', filter: ['!', isCluster],
      paint: { 'circle-color': LIGHTS, 'circle-radius': 6, 'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5 } });
  return { version: 8, sources, layers };
}
