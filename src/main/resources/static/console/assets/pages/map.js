// 一张图 — the city map: the platform's own region boundaries (vector tiles, labels by zoom) on a plain background,
// or on the deployment's base layer when one is configured; cases as server-side clusters and, from zoom 15, single
// cases coloured by their traffic light, or as a heat map; a choropleth of a statistic per region; devices by state
// and active alarms; the cameras around a clicked point. Filters (in the page's address) narrow the cases and the
// statistics. Everything comes from the platform, within the user's data scope; new cases and alarms appear live.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { mapStyle } from '../map-style.js';
import { openCityMap, scopeBounds } from '../city-map.js';
import { onCase, onAlarm, onState } from '../live.js';
import { readFilters, filterQuery, writeAddress, filterBar } from '../map/filters.js';
import { withMapLayers, caseTiles, LAYER_GROUPS, CHOROPLETH_LEVELS } from '../map/layers.js';
import { choropleth } from '../map/choropleth.js';
import { describe } from '../map/popups.js';
import { camerasNearby } from '../map/cameras.js';
import { layerSwitches, legend, showGroup } from '../map/controls.js';

export const messages = 'map';
export const styles = ['map/map.css'];

const LEVEL_BY_LENGTH = { 6: 'DISTRICT', 9: 'STREET', 12: 'COMMUNITY', 15: 'GRID' };

/** The layers a click looks at, the topmost first. */
const CLICKABLE = ['alarms', 'alarm-halo', 'devices', 'case-points', 'case-clusters',
  ...CHOROPLETH_LEVELS.map((entry) => entry.layer), 'boundary-fill'];

/**
 * Fetches a source's tiles again when the live stream says something changed (at most every 300 ms, the first
 * change at once), with a new query so the browser's tile cache is passed by; answers the refresh.
 */
function liveTiles(map, source, tilesFor, subscribe) {
  let version = 0;
  let last = 0;
  let pending = null;
  const refresh = () => {
    if (pending) {
      return;
    }
    pending = setTimeout(() => {
      pending = null;
      last = performance.now();
      version += 1;
      map.getSource(source)?.setTiles([tilesFor(version)]);
    }, Math.max(0, last + 300 - performance.now()));
  };
  subscribe(refresh);
  onState((state) => {
    if (state === 'reopened') {
      refresh();
    }
  });
  return refresh;
}

/** A foldable panel of the toolbar; with a media query, open exactly while it matches (e.g. on a wide screen). */
function panel(id, summary, content, open) {
  const wide = typeof open === 'string' ? matchMedia(open) : null;
  const details = element('details', { class: `map-panel ${id}`, open: wide ? wide.matches : open },
    element('summary', {}, summary), content);
  wide?.addEventListener('change', () => { details.open = wide.matches; });
  return details;
}

function watchStatus(map, container, status) {
  let failure = null;
  map.on('error', (event) => {
    if (event.error?.status === 401) {
      location.assign('/login'); // the session ended
      return;
    }
    failure = t('map.error', { reason: event.error?.message ?? '' });
    status.textContent = failure;
    status.classList.add('failed');
    console.error('City map:', event.error);
  });
  map.on('idle', () => {
    const zoom = t('map.zoom', { zoom: map.getZoom().toFixed(1) });
    status.textContent = failure ? `${zoom} · ${failure}` : zoom;
    container.dataset.idle = 'true';
  });
  map.on('movestart', () => { container.dataset.idle = 'false'; });
}

function watchClicks(maplibregl, map, figureOf, filtersNow) {
  map.on('click', (event) => {
    const layers = CLICKABLE.filter((layer) => map.getLayer(layer));
    const [feature] = map.queryRenderedFeatures(event.point, { layers });
    if (!feature) {
      return;
    }
    if (String(feature.properties.cluster) === 'true') {
      map.easeTo({ center: event.lngLat, zoom: Math.min(map.getZoom() + 2, 15) });
      return;
    }
    const content = describe(feature, figureOf, filtersNow());
    content.append(camerasNearby(event.lngLat));
    new maplibregl.Popup({ closeButton: true, maxWidth: '320px' }).setLngLat(event.lngLat).setDOMContent(content)
      .addTo(map);
  });
  CLICKABLE.slice(0, 5).forEach((layer) => {
    map.on('mouseenter', layer, () => { map.getCanvas().classList.add('pointer'); });
    map.on('mouseleave', layer, () => { map.getCanvas().classList.remove('pointer'); });
  });
}

export async function render(main, { me }) {
  main.classList.add('page-map');
  let filters = readFilters();
  let map = null;
  const status = element('p', { class: 'map-status', role: 'status' }, t('map.loading'));
  const container = element('div', { class: 'map-canvas', id: 'city-map', role: 'region',
    'aria-label': t('page.map') });
  const { box: legendBox, choropleth: choroplethLegend } = legend();
  const origin = location.origin;
  const caseQuery = () => filterQuery(filters, { exclusiveTo: true });
  const live = {};
  const statistics = me.pages.some((page) => page.id === 'statistics');
  const groups = LAYER_GROUPS.map((group) => group.id).filter((id) => statistics || id !== 'choropleth');
  const switches = layerSwitches(groups, (id, visible) => {
    showGroup(map, LAYER_GROUPS.find((group) => group.id === id), visible);
    if (id === 'choropleth') {
      live.shades.set({ enabled: visible });
    }
  }, (measure) => live.shades.set({ measure }));
  const bar = filterBar(filters, (next) => {
    filters = { ...next, region: filters.region };
    writeAddress(filters);
    container.dataset.caseQuery = caseQuery().toString();
    container.dataset.idle = 'false';
    live.refreshCases();
    live.shades.set({ filters });
  });
  // the controls are in place before the map opens, so it is fitted to the space left for it
  main.append(element('section', { class: 'map-page' },
    element('div', { class: 'map-toolbar' }, element('h1', {}, t('page.map')), status,
      panel('layers-panel', t('map.layers'), switches, '(min-width: 900px)'),
      panel('filters-panel', t('map.filters'), bar, filterQuery(filters).size > 0)),
    element('div', { class: 'map-body' }, container, legendBox)));

  const style = withMapLayers(mapStyle(origin, me.baseLayer, t), origin, caseQuery());
  const opened = await openCityMap(container, me, style);
  map = opened.map;
  container.dataset.caseQuery = caseQuery().toString();
  watchStatus(map, container, status);
  live.shades = choropleth(map, me, choroplethLegend);
  live.shades.set({ filters });
  watchClicks(opened.maplibregl, map, live.shades.figure, () => filters);
  live.refreshCases = liveTiles(map, 'cases', (version) => caseTiles(origin, caseQuery(), version), onCase);
  liveTiles(map, 'devices', (version) => `${origin}/api/tiles/devices/{z}/{x}/{y}.mvt?live=${version}`, onAlarm);

  if (filters.region && LEVEL_BY_LENGTH[filters.region.length]) {
    const bounds = await scopeBounds({ level: LEVEL_BY_LENGTH[filters.region.length], code: filters.region })
      .catch(() => null);
    if (bounds) {
      map.fitBounds(bounds, { padding: 24, duration: 0 });
    }
  }
}
