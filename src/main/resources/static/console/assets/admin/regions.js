// 区划导入 — a boundary file (GeoJSON) previewed before it is stored: the platform validates it exactly as the import
// does (POST /api/admin/regions/import/{level}/preview) and the map draws the file's regions coloured by what would
// become of them, with the counts; then the administrator commits the import or cancels it.
import { t } from '../i18n.js';
import { element, post, problemOf } from '../api.js';
import { openCityMap, featureBounds } from '../city-map.js';
import { mapStyle, CASE_LAYERS } from '../map-style.js';
import { clearErrors, showFieldErrors } from '../form-fields.js';
import { select, field, button, errorList, statusLine, report, fill } from './kit.js';

const LEVELS = ['DISTRICT', 'STREET', 'COMMUNITY', 'GRID'];
const CHANGES = { CREATED: '#1f9d55', UPDATED: '#e07b00', UNCHANGED: '#8da2b8' };

/** The platform's style without the case layers: boundaries only, under the file's regions. */
function boundariesOnly(me) {
  const style = mapStyle(location.origin, me.baseLayer, t);
  delete style.sources.cases;
  style.layers = style.layers.filter((layer) => !CASE_LAYERS.includes(layer.id));
  return style;
}

export async function render(panel, { me }) {
  const level = select('regions-level', LEVELS.map((value) => ({ value, label: t(`admin.level.${value}`) })));
  level.value = 'GRID';
  const mode = select('regions-mode', ['merge', 'replace'].map((value) => ({ value,
    label: t(`admin.regions.mode.${value}`) })));
  const within = element('input', { id: 'regions-within', inputmode: 'numeric', autocomplete: 'off' });
  const file = element('input', { id: 'regions-file', type: 'file', accept: '.geojson,.json,application/geo+json' });
  const status = statusLine('regions');
  const form = element('form', { class: 'admin-form regions-form', id: 'regions-form', novalidate: true },
    field('regions-level', t('admin.regions.level'), level), field('regions-mode', t('admin.regions.mode'), mode),
    field('regions-within', t('admin.regions.within'), within, t('admin.regions.withinHint')),
    field('regions-file', t('admin.regions.file'), file, t('admin.regions.fileHint')),
    element('div', { class: 'form-buttons' },
      element('button', { type: 'submit', class: 'primary', id: 'regions-preview' }, t('admin.regions.preview'))),
    status);
  const summary = element('div', { class: 'preview-summary', id: 'regions-summary', hidden: true });
  const mapBox = element('div', { class: 'preview-map', id: 'regions-map', role: 'region',
    'aria-label': t('admin.regions.map') });
  panel.append(element('div', { class: 'admin-layout regions-layout' },
    element('section', { class: 'admin-side' }, element('h2', {}, t('admin.tab.regions')), summary, form),
    element('section', { class: 'admin-main' }, mapBox)));

  const { map } = await openCityMap(mapBox, me, boundariesOnly(me));
  await new Promise((resolve) => (map.loaded() ? resolve() : map.once('load', resolve)));
  map.addSource('preview', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  const color = ['match', ['get', 'change'], ...Object.entries(CHANGES).flat(), '#6b7c93'];
  map.addLayer({ id: 'preview-fill', type: 'fill', source: 'preview', paint: { 'fill-color': color,
    'fill-opacity': 0.35 } });
  map.addLayer({ id: 'preview-line', type: 'line', source: 'preview', paint: { 'line-color': color,
    'line-width': 2 } });
  let pending = null;

  function query() {
    return new URLSearchParams({ mode: mode.value, ...(within.value.trim() ? { within: within.value.trim() } : {}) });
  }

  function refused(problem) {
    const left = showFieldErrors(problem, (name) => (['level', 'mode', 'within'].includes(name) ? `regions-${name}`
      : null), 'admin.regions');
    if (left.length) {
      errorList('regions-file', { errors: left });
    }
    report(status, false, t('admin.refused', { detail: problem.detail ?? problem.title }));
  }

  function cancel() {
    pending = null;
    summary.hidden = true;
    summary.replaceChildren();
    map.getSource('preview').setData({ type: 'FeatureCollection', features: [] });
    mapBox.dataset.preview = 'none';
  }

  function show(preview, geojson) {
    const changes = new Map(preview.features.map((change) => [change.feature, change]));
    const features = geojson.features.map((feature, index) => ({ ...feature, properties: { ...feature.properties,
      ...changes.get(`features[${index}]`) } }));
    map.getSource('preview').setData({ type: 'FeatureCollection', features });
    const bounds = featureBounds(features);
    if (bounds) {
      map.fitBounds(bounds, { padding: 40, maxZoom: 16, duration: 0 });
    }
    const counts = ['created', 'updated', 'unchanged', 'removed'];
    const changed = preview.features.filter((change) => change.change !== 'UNCHANGED');
    fill(summary, element('h3', {}, t('admin.regions.previewTitle', { level: t(`admin.level.${preview.level}`) })),
      element('ul', { class: 'preview-counts' }, counts.map((count) => element('li', { class: `count-${count}` },
        element('span', { class: `swatch change-${count}` }), element('strong', { id: `regions-${count}` },
          String(preview[count])), ` ${t(`admin.regions.${count}`)}`))),
      changed.length ? element('p', { class: 'field-hint', id: 'regions-changing' }, t('admin.regions.changing', {
        regions: changed.slice(0, 20).map((change) => `${change.name} ${change.code}`).join('、') })) : null,
      preview.removedRegions.length ? element('p', { class: 'field-hint' }, t('admin.regions.removing', {
        regions: preview.removedRegions.slice(0, 20).map((region) => `${region.name} ${region.code}`).join('、') })) : null,
      element('div', { class: 'form-buttons' },
        button(t('admin.regions.commit'), commit, 'primary'), button(t('admin.cancel'), cancel)));
    summary.querySelector('button.primary').id = 'regions-commit';
    summary.hidden = false;
    mapBox.dataset.preview = String(features.length);
  }

  async function commit() {
    const response = await post(`/api/admin/regions/import/${pending.level}?${pending.query}`, pending.body,
      { 'Content-Type': 'application/geo+json' });
    if (!response.ok) {
      refused(await problemOf(response));
      return;
    }
    const result = await response.json();
    cancel();
    report(status, true, t('admin.regions.imported', { ...result, level: t(`admin.level.${result.level}`) }));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    cancel();
    if (!file.files.length) {
      errorList('regions-file', { errors: [{ field: '', message: t('admin.regions.noFile') }] });
      return;
    }
    const body = await file.files[0].text();
    let geojson;
    try {
      geojson = JSON.parse(body);
    } catch {
      geojson = null;
    }
    pending = { level: level.value, query: query(), body };
    report(status, true, t('admin.sending'));
    const response = await post(`/api/admin/regions/import/${pending.level}/preview?${pending.query}`, body,
      { 'Content-Type': 'application/geo+json' });
    if (!response.ok) {
      pending = null;
      refused(await problemOf(response));
      return;
    }
    report(status, true, t('admin.regions.previewed'));
    show(await response.json(), geojson);
  });
}
