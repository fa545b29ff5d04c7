// 一张图 — the city map: the platform's own region boundaries (vector tiles, labels by zoom) on a plain background,
// or on the deployment's base layer when one is configured; cases as server-side clusters and, from zoom 15, single
// cases coloured by their traffic light. Everything comes from the platform, within the user's data scope.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { mapStyle, CASE_LAYERS, REGION_LAYERS } from '../map-style.js';
import { openCityMap } from '../city-map.js';
import { caseLink } from '../case/format.js';
import { onCase, onState } from '../live.js';

function toggle(id, label, layers, map) {
  const box = element('input', { type: 'checkbox', id, checked: true });
  box.addEventListener('change', () => {
    map.getContainer().dataset.idle = 'false';
    layers.forEach((layer) => map.setLayoutProperty(layer, 'visibility', box.checked ? 'visible' : 'none'));
  });
  return element('label', { class: 'toggle', for: id }, box, label);
}

function legend() {
  const light = (name) => element('li', {}, element('span', { class: `swatch light-${name.toLowerCase()}` }),
    t(`map.light.${name}`));
  return element('ul', { class: 'map-legend', 'aria-label': t('map.legend') },
    ['GREEN', 'YELLOW', 'RED', 'NONE'].map(light),
    element('li', {}, element('span', { class: 'swatch cluster' }), t('map.cluster')));
}

const categoryNames = new Map();

/** The name of a catalogue sub-category (read once per code), or its code when the catalogue cannot say. */
function categoryName(code) {
  if (!categoryNames.has(code)) {
    categoryNames.set(code, getJson(`/api/catalog/categories/${encodeURIComponent(code)}`)
      .then((category) => `${category.name}（${code}）`, () => code));
  }
  return categoryNames.get(code);
}

/** The popup's content for a clicked feature: a case, or a region (texts only, never HTML from the data). */
function describe(feature) {
  const p = feature.properties;
  if (feature.sourceLayer === 'cases') {
    const category = element('dd', {}, p.category ?? '—');
    if (p.category) {
      categoryName(p.category).then((name) => { category.textContent = name; });
    }
    return element('div', { class: 'popup' }, element('strong', {}, t('map.case', { id: p.id })),
      element('dl', {},
        element('dt', {}, t('map.stage')), element('dd', {}, p.stage ? t(`stage.${p.stage}`) : '—'),
        element('dt', {}, t('map.category')), category,
        element('dt', {}, t('map.lightLabel')), element('dd', {}, t(`map.light.${p.light || 'NONE'}`))),
      element('a', { class: 'popup-link', href: caseLink(p.id) }, t('map.openCase')));
  }
  return element('div', { class: 'popup' }, element('strong', {}, p.name ?? p.code),
    element('span', {}, `${t(`map.level.${p.level}`)} · ${p.code}`));
}

/**
 * New and changed cases appear without reloading: on a case change from the live stream (at most every 300 ms) the
 * case tiles are fetched again, with a new query so the browser's tile cache is passed by.
 */
function liveCases(map, filters) {
  let version = 0;
  let pending = null;
  const refresh = () => {
    if (pending) {
      return;
    }
    pending = setTimeout(() => {
      pending = null;
      version += 1;
      const query = new URLSearchParams(filters);
      query.set('live', version);
      map.getSource('cases')?.setTiles([`${location.origin}/api/tiles/cases/{z}/{x}/{y}.mvt?${query}`]);
    }, 300);
  };
  onCase(refresh);
  onState((state) => {
    if (state === 'reopened') {
      refresh();
    }
  });
}

/** The case tiles' filters the address asks for (drill-down links, e.g. from the cockpit), as the tiles take them. */
function addressFilters() {
  const asked = new URLSearchParams(location.search);
  const filters = new URLSearchParams();
  for (const name of ['from', 'to', 'category', 'stage', 'channel', 'department']) {
    asked.getAll(name).filter(Boolean).forEach((value) => filters.append(name, value));
  }
  return filters;
}

export async function render(main, { me }) {
  main.classList.add('page-map');
  const filters = addressFilters();
  const status = element('p', { class: 'map-status', role: 'status' }, t('map.loading'));
  const container = element('div', { class: 'map-canvas', id: 'city-map', role: 'region',
    'aria-label': t('page.map') });
  const toolbar = element('div', { class: 'map-toolbar' }, element('h1', {}, t('page.map')), status);
  main.append(element('section', { class: 'map-page' }, toolbar, container));

  const style = mapStyle(location.origin, me.baseLayer, t);
  if (filters.size) {
    style.sources.cases.tiles = [`${location.origin}/api/tiles/cases/{z}/{x}/{y}.mvt?${filters}`];
    toolbar.append(element('p', { class: 'map-status', id: 'map-filters' }, t('map.filtered', {
      filters: [...filters].map(([name, value]) => `${t(`map.filter.${name}`)} ${value}`).join(' · ') })));
  }
  const { maplibregl, map } = await openCityMap(container, me, style);
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

  const clickable = [...CASE_LAYERS.filter((layer) => !layer.endsWith('-count')), 'boundary-fill'];
  map.on('click', (event) => {
    const [feature] = map.queryRenderedFeatures(event.point, { layers: clickable });
    if (!feature) {
      return;
    }
    if (String(feature.properties.cluster) === 'true') {
      map.easeTo({ center: event.lngLat, zoom: Math.min(map.getZoom() + 2, 15) });
      return;
    }
    new maplibregl.Popup({ closeButton: true }).setLngLat(event.lngLat).setDOMContent(describe(feature)).addTo(map);
  });
  clickable.forEach((layer) => {
    map.on('mouseenter', layer, () => { map.getCanvas().classList.add('pointer'); });
    map.on('mouseleave', layer, () => { map.getCanvas().classList.remove('pointer'); });
  });

  liveCases(map, filters);
  toolbar.append(element('div', { class: 'map-layers', role: 'group', 'aria-label': t('map.layers') },
    toggle('layer-regions', t('map.regions'), REGION_LAYERS, map),
    toggle('layer-cases', t('map.cases'), CASE_LAYERS, map)), legend());
}
