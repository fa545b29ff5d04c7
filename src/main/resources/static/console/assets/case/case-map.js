// A small map of one case: the platform's boundaries (the city map's style without the case tiles) and the case's
// point coloured by its traffic light, centred on it.
import { t } from '../i18n.js';
import { mapStyle, LIGHTS } from '../map-style.js';
import { maplibre, IDEOGRAPH_FONTS } from '../maplibre.js';

/** Draws the case's point into the container; nothing when the case has no coordinates. */
export async function caseMap(container, view, me) {
  const { longitude, latitude } = view.location || {};
  if (longitude == null || latitude == null) {
    container.append(t('case.noPoint'));
    return null;
  }
  const maplibregl = await maplibre();
  const style = mapStyle(location.origin, me.baseLayer, t);
  delete style.sources.cases;
  style.layers = style.layers.filter((layer) => layer.source !== 'cases');
  style.sources.case = { type: 'geojson', data: { type: 'Feature',
    geometry: { type: 'Point', coordinates: [longitude, latitude] },
    properties: { light: view.deadline?.light ?? 'NONE' } } };
  style.layers.push({ id: 'case-point', type: 'circle', source: 'case', paint: { 'circle-color': LIGHTS,
    'circle-radius': 9, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 } });
  const map = new maplibregl.Map({ container, style, center: [longitude, latitude], zoom: 15.5, maxZoom: 19,
    attributionControl: { compact: true }, localIdeographFontFamily: IDEOGRAPH_FONTS });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.on('idle', () => { container.dataset.idle = 'true'; });
  map.on('error', (event) => console.error('Case map:', event.error));
  container.caseMap = map; // for the browser tests and the developer tools
  return map;
}
