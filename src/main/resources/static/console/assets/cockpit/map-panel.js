// The cockpit's map (一张图): the shared city map (city-map.js) with the platform's boundaries and case clusters of
// the user's scope, in dark colours on a video wall. A cluster zooms in, a single case opens its detail page; the
// case tiles are fetched again when the cockpit refreshes on live events.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { mapStyle, CASE_LAYERS } from '../map-style.js';
import { openCityMap } from '../city-map.js';
import { caseLink } from '../case/format.js';

/** Paint changes that turn the console's light map style into the wall's dark one. */
const DARK = {
  background: { 'background-color': '#04101f' },
  'boundary-fill': { 'fill-color': '#0a1f38' },
  'boundary-district': { 'line-color': '#4fd1ff' },
  'boundary-street': { 'line-color': '#2f6f9f' },
  'label-district': { 'text-color': '#e6f4ff', 'text-halo-color': 'rgba(4, 16, 31, 0.9)' },
  'label-street': { 'text-color': '#b8d8f0', 'text-halo-color': 'rgba(4, 16, 31, 0.9)' },
};

function styleFor(me, dark) {
  const style = mapStyle(location.origin, me.baseLayer, t);
  if (dark) {
    style.layers.forEach((layer) => Object.assign(layer.paint ?? {}, DARK[layer.id] ?? {}));
  }
  return style;
}

/**
 * The map panel; answers {panel, open(): Promise (resolves when first drawn), refreshCases()}. On a wall taller than
 * 1080 pixels (theme.unit) the map is drawn at 1080-pixel scale and enlarged, so labels and symbols grow with the
 * wall like the other panels' texts, with as many device pixels per map pixel to stay sharp.
 */
export function mapPanel(me, { dark, mapZoom = 1 }) {
  const container = element('div', { class: 'cockpit-map', id: 'cockpit-map', role: 'region',
    'aria-label': t('cockpit.map') });
  const panel = element('section', { class: 'panel map', 'aria-labelledby': 'map-title' },
    element('h2', { id: 'map-title' }, t('cockpit.map')), element('div', { class: 'cockpit-map-frame' }, container));
  let map = null;
  let version = 0;

  async function open() {
    ({ map } = await openCityMap(container, me, styleFor(me, dark)));
    if (mapZoom !== 1) {
      map.setPixelRatio(window.devicePixelRatio * mapZoom);
    }
    map.on('click', (event) => {
      const [feature] = map.queryRenderedFeatures(event.point, { layers: CASE_LAYERS });
      if (!feature) {
        return;
      }
      if (String(feature.properties.cluster) === 'true') {
        map.easeTo({ center: event.lngLat, zoom: Math.min(map.getZoom() + 2, 15) });
      } else {
        location.assign(caseLink(feature.properties.id));
      }
    });
    map.on('error', (event) => console.warn('Cockpit map:', event.error?.message));
    await new Promise((resolve) => map.once('idle', resolve));
    container.dataset.idle = 'true';
  }

  function refreshCases() {
    version += 1;
    map?.getSource('cases')?.setTiles([`${location.origin}/api/tiles/cases/{z}/{x}/{y}.mvt?live=${version}`]);
  }

  return { panel, open, refreshCases };
}
