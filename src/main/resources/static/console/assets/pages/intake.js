// 受理台 — the operator's intake desk: a report's place picked on the map (a marker, located to its grid) or typed
// as an address, its category searched by name, description, 12345 matter type and the caller's contact; the likely
// duplicates near the point are listed before submitting (GET /api/cases/likely-duplicates). The report goes to
// POST /api/cases with an Idempotency-Key, so a retry never makes a second case; the platform's problems are shown
// next to the fields they concern and nothing is stored. Afterwards: the case number and the reception actions.
import { t } from '../i18n.js';
import { getJson, post, element, problemOf, ApiProblem, idempotencyKey } from '../api.js';
import { mapStyle } from '../map-style.js';
import { openCityMap } from '../city-map.js';
import { field, fieldError, clearErrors, showFieldErrors } from '../form-fields.js';
import { categoryPicker } from '../category-picker.js';
import { showCase, caseLink } from './intake-actions.js';

/** The control each field of the platform's problem details concerns. */
const CONTROLS = { location: 'intake-location', longitude: 'intake-location', latitude: 'intake-location',
  address: 'intake-address', category: 'intake-category', urgency: 'intake-urgency', matterType: 'intake-matter',
  description: 'intake-description', 'reporter.name': 'intake-reporter-name',
  'reporter.phone': 'intake-reporter-phone' };

function select(id, options) {
  return element('select', { id }, element('option', { value: '' }, t('intake.default')),
    options.map(([value, label]) => element('option', { value }, label)));
}

function duplicateList(found) {
  if (!found.length) {
    return element('p', { class: 'page-status' }, t('intake.duplicates.none'));
  }
  return element('ul', { class: 'duplicate-list' }, found.map(({ distanceM, duplicate }) => element('li', {},
    caseLink(duplicate.number), element('span', { class: 'stage-tag' }, duplicate.stage.name),
    element('span', {}, t('intake.duplicates.distance', { metres: distanceM })),
    element('span', { class: 'duplicate-place' }, [duplicate.street?.name, duplicate.address]
      .filter(Boolean).join(' · ')))));
}

export async function render(main, { me }) {
  let point = null;
  let key = idempotencyKey();
  const where = element('output', { id: 'intake-location', for: 'intake-map', class: 'picked-point', tabindex: -1 },
    t('intake.location.none'));
  const clearPoint = element('button', { type: 'button', class: 'link-button', id: 'intake-location-clear',
    hidden: true }, t('intake.location.clear'));
  const address = element('input', { type: 'text', id: 'intake-address', maxlength: 500, autocomplete: 'off' });
  const picker = categoryPicker(() => hints());
  const urgency = select('intake-urgency', ['NORMAL', 'URGENT', 'CRITICAL']
    .map((level) => [level, t(`intake.urgency.${level}`)]));
  const matter = select('intake-matter', []);
  const description = element('textarea', { id: 'intake-description', rows: 3, maxlength: 2000 });
  const name = element('input', { type: 'text', id: 'intake-reporter-name', autocomplete: 'off', maxlength: 100 });
  const phone = element('input', { type: 'tel', id: 'intake-reporter-phone', autocomplete: 'off', maxlength: 25 });
  const message = element('p', { class: 'message', id: 'intake-message', role: 'alert', tabindex: -1, hidden: true });
  const submit = element('button', { type: 'submit', class: 'primary', id: 'intake-submit' }, t('intake.submit'));
  const duplicates = element('section', { class: 'intake-duplicates', id: 'intake-duplicates', 'aria-live': 'polite' },
    element('h2', {}, t('intake.duplicates')), element('p', { class: 'page-status' }, t('intake.duplicates.ask')));
  const form = element('form', { class: 'intake-form', id: 'intake-form', novalidate: true }, message,
    element('fieldset', { class: 'intake-place' }, element('legend', {}, t('intake.location')),
      field('intake-location', t('intake.location.point'), where, t('intake.location.hint')), clearPoint,
      field('intake-address', t('intake.address'), address, t('intake.address.hint'))),
    field('intake-category', t('intake.category'), picker.element),
    element('div', { class: 'field-pair' }, field('intake-urgency', t('intake.urgency'), urgency),
      field('intake-matter', t('intake.matter'), matter)),
    field('intake-description', t('intake.description'), description),
    element('fieldset', { class: 'intake-reporter' }, element('legend', {}, t('intake.reporter')),
      element('div', { class: 'field-pair' }, field('intake-reporter-name', t('intake.reporter.name'), name),
        field('intake-reporter-phone', t('intake.reporter.phone'), phone))),
    element('p', { class: 'field-hint' }, t('intake.channel', { channel: t('intake.channel.HOTLINE') })),
    duplicates, element('div', { class: 'action-row' }, submit));
  const result = element('section', { class: 'intake-result', id: 'intake-result', hidden: true });
  const container = element('div', { class: 'map-canvas intake-map', id: 'intake-map', role: 'region',
    'aria-label': t('intake.map') });
  main.append(element('section', { class: 'page intake' }, element('h1', {}, t('page.intake')),
    element('div', { class: 'intake-layout' }, element('div', { class: 'intake-side' }, form, result),
      element('div', { class: 'intake-map-box' }, container,
        element('p', { class: 'map-hint' }, t('intake.map.hint'))))));

  getJson('/api/catalog/matter-types').then((types) => matter.append(...types.map((type) =>
    element('option', { value: type.kind }, type.name))), () => {});

  let asked = 0;
  async function hints() {
    const category = picker.value();
    const ask = ++asked;
    if (!category || !point) {
      duplicates.lastElementChild.replaceWith(element('p', { class: 'page-status' },
        t(point || !address.value.trim() ? 'intake.duplicates.ask' : 'intake.duplicates.addressOnly')));
      return;
    }
    const query = new URLSearchParams({ category: category.code, longitude: point.lng, latitude: point.lat });
    const found = await getJson(`/api/cases/likely-duplicates?${query}`).catch(() => null);
    if (ask === asked) {
      duplicates.lastElementChild.replaceWith(found ? duplicateList(found)
        : element('p', { class: 'page-status' }, t('intake.duplicates.failed')));
      duplicates.dataset.count = found ? String(found.length) : '';
    }
  }

  const { maplibregl, map } = await openCityMap(container, me, mapStyle(location.origin, me.baseLayer, t));
  const marker = new maplibregl.Marker({ color: '#d63b3b' });
  map.on('idle', () => { container.dataset.idle = 'true'; });
  map.on('movestart', () => { container.dataset.idle = 'false'; });
  map.on('error', (event) => console.error('Intake map:', event.error));

  async function pick(lngLat) {
    point = { lng: Number(lngLat.lng.toFixed(6)), lat: Number(lngLat.lat.toFixed(6)) };
    marker.setLngLat([point.lng, point.lat]).addTo(map);
    clearPoint.hidden = false;
    where.textContent = `${point.lng.toFixed(5)}, ${point.lat.toFixed(5)}`;
    hints();
    const picked = point;
    try {
      const found = await getJson(`/api/regions/locate?lon=${point.lng}&lat=${point.lat}`);
      if (picked === point) {
        const names = ['district', 'street', 'community', 'grid'].map((level) => found[level]?.name).filter(Boolean);
        where.textContent = `${names.join(' / ')}（${point.lng.toFixed(5)}, ${point.lat.toFixed(5)}）`;
      }
    } catch (problem) {
      if (!(problem instanceof ApiProblem) || picked !== point) {
        throw problem;
      }
      fieldError('intake-location', t('intake.location.outside'));
    }
  }
  map.on('click', (event) => {
    clearErrors(form.querySelector('.intake-place'));
    pick(event.lngLat);
  });
  clearPoint.addEventListener('click', () => {
    point = null;
    marker.remove();
    clearPoint.hidden = true;
    where.textContent = t('intake.location.none');
    hints();
  });
  address.addEventListener('change', hints);

  function reset() {
    form.reset();
    picker.reset();
    clearPoint.click();
    clearErrors(form);
    message.hidden = true;
    result.hidden = true;
    form.hidden = false;
    key = idempotencyKey();
    picker.input.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    message.hidden = true;
    const reporter = { name: name.value.trim() || null, phone: phone.value.trim() || null };
    const body = { category: picker.value()?.code ?? (picker.input.value.trim() || null),
      urgency: urgency.value || null, matterType: matter.value || null, description: description.value,
      longitude: point?.lng ?? null, latitude: point?.lat ?? null, address: address.value.trim() || null,
      reporter: reporter.name || reporter.phone ? reporter : null };
    submit.disabled = true;
    main.dataset.submitting = 'true';
    try {
      const response = await post('/api/cases', body, { 'Idempotency-Key': key });
      if (response.ok) {
        form.hidden = true;
        showCase(result, await response.json(), me, reset);
        result.querySelector('h2').focus();
        return;
      }
      if (response.status === 401) {
        location.assign('/login'); // the session ended; nothing was stored
        return;
      }
      const problem = await problemOf(response);
      const left = showFieldErrors(problem, (name) => CONTROLS[name], 'intake.problem');
      message.className = 'message error';
      message.textContent = t(problem.status === 400 ? 'intake.invalid' : 'intake.refused', {
        reason: [problem.detail ?? problem.title ?? `HTTP ${problem.status}`, ...left.map((error) => error.message)]
          .join('；') });
      message.hidden = false;
      form.scrollIntoView({ block: 'start' });
      form.querySelector('[aria-invalid="true"]')?.focus({ preventScroll: true });
    } catch (failure) {
      message.className = 'message error';
      message.textContent = t('intake.unreachable');
      message.hidden = false;
      console.warn('Intake:', failure);
    } finally {
      submit.disabled = false;
      main.dataset.submitting = 'false';
    }
  });
}
