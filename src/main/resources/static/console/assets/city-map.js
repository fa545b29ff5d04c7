// The city map shared by the console's pages: MapLibre GL JS (maplibre.js) fitted to the user's data scope, in the
// style the page gives (map-style.js).
import { getJson } from './api.js';
import { maplibre, IDEOGRAPH_FONTS } from './maplibre.js';

/** The level whose boundaries outline the user's scope: the scope's own, or the districts of a city or more. */
function outlineLevel(scope) {
  return ['DISTRICT', 'STREET', 'COMMUNITY', 'GRID'].includes(scope.level) ? scope.level : 'DISTRICT';
}

/** The bounds [[west, south], [east, north]] of the user's data scope, from the platform's boundary export. */
export async function scopeBounds(scope) {
  const query = new URLSearchParams({ level: outlineLevel(scope) });
  if (scope.level) {
    query.set('within', scope.code);
  }
  return featureBounds((await getJson(`/api/regions/export?${query}`)).features);
}

/** The bounds [[west, south], [east, north]] of GeoJSON features, or null when they have no coordinates. */
export function featureBounds(features) {
  let west = Infinity; let south = Infinity; let east = -Infinity; let north = -Infinity;
  const visit = (coordinates) => {
    if (typeof coordinates[0] === 'number') {
      [west, east] = [Math.min(west, coordinates[0]), Math.max(east, coordinates[0])];
      [south, north] = [Math.min(south, coordinates[1]), Math.max(north, coordinates[1])];
    } else {
      coordinates.forEach(visit);
    }
  };
  features.forEach((feature) => feature.geometry && visit(feature.geometry.coordinates));
  return west <= east ? [[west, south], [east, north]] : null;
}

/**
 * A map in the style over the user's data scope in the container, with zoom buttons and a scale; the map is also
 * kept as container.cityMap (for the browser tests and the developer tools). Answers { maplibregl, map }.
 */
export async function openCityMap(container, me, style) {
  const [maplibregl, bounds] = await Promise.all([maplibre(), scopeBounds(me.scope).catch(() => null)]);
  const map = new maplibregl.Map({
    container,
    style,
    bounds: bounds ?? undefined,
    fitBoundsOptions: { padding: 24 },
    center: bounds ? undefined : [0, 0],
    zoom: bounds ? undefined : 1,
    maxZoom: 19,
    attributionControl: { compact: true },
    localIdeographFontFamily: IDEOGRAPH_FONTS,
  });
  container.cityMap = map;
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  return { maplibregl, map };
}
