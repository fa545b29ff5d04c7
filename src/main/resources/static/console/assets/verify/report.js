// 巡查上报 — an inspector's report from the street, on a phone: photos taken with the camera, the position from the
// phone's GPS (located to its grid), the category searched by name, a description, and whether it was handled on
// the spot (自处理). Photos are uploaded first (POST /api/attachments), then the report goes to POST /api/cases with
// an Idempotency-Key, so a retry never makes a second case; the platform's problems are shown next to the fields
// they concern and no case is stored.
import { t } from '../i18n.js';
import { getJson, postJson, element, ApiProblem, idempotencyKey } from '../api.js';
import { field, fieldError, clearErrors, showFieldErrors, onSubmit } from '../form-fields.js';
import { categoryPicker } from '../category-picker.js';
import { upload } from '../case/photos.js';
import { caseLink } from '../case/format.js';

/** The control each field of the platform's problem details concerns. */
const CONTROLS = { location: 'report-position', longitude: 'report-position', latitude: 'report-position',
  category: 'report-category', description: 'report-description', file: 'report-photos', role: 'report-photos',
  attachmentIds: 'report-photos' };

function locate(where, point) {
  return getJson(`/api/regions/locate?lon=${point.lng}&lat=${point.lat}`).then((found) => {
    const names = ['district', 'street', 'community', 'grid'].map((level) => found[level]?.name).filter(Boolean);
    where.textContent = `${names.join(' / ')}（${point.lng.toFixed(5)}, ${point.lat.toFixed(5)}）`;
  }, (problem) => {
    if (!(problem instanceof ApiProblem)) {
      throw problem;
    }
    fieldError('report-position', t('verify.report.outside'));
  });
}

/** The report form; answers its element. */
export function reportForm() {
  let point = null;
  let key = idempotencyKey();
  const where = element('output', { id: 'report-position', class: 'picked-point', tabindex: -1 },
    t('verify.report.noPosition'));
  const gps = element('button', { type: 'button', class: 'ghost', id: 'report-gps' }, t('verify.report.gps'));
  const photos = element('input', { type: 'file', id: 'report-photos', accept: 'image/*', capture: 'environment',
    multiple: true });
  const picker = categoryPicker(() => {}, 'report-category');
  const description = element('textarea', { id: 'report-description', rows: 3, maxlength: 2000 });
  const selfHandled = element('input', { type: 'checkbox', id: 'report-self-handled' });
  const message = element('p', { class: 'message', id: 'report-message', role: 'alert', tabindex: -1, hidden: true });
  const submit = element('button', { type: 'submit', class: 'primary', id: 'report-submit' }, t('verify.report.submit'));
  const form = element('form', { class: 'report-form', id: 'report-form', novalidate: true }, message,
    field('report-position', t('verify.report.position'), element('div', { class: 'gps-row' }, where, gps),
      t('verify.report.positionHint')),
    field('report-photos', t('verify.report.photos'), photos, t('verify.report.photosHint')),
    field('report-category', t('intake.category'), picker.element),
    field('report-description', t('intake.description'), description),
    element('label', { class: 'check' }, selfHandled, t('verify.report.selfHandled')),
    element('div', { class: 'action-row' }, submit));

  gps.addEventListener('click', () => {
    clearErrors(form.querySelector('#report-position-field'));
    where.textContent = t('verify.report.locating');
    navigator.geolocation.getCurrentPosition((position) => {
      point = { lng: Number(position.coords.longitude.toFixed(6)), lat: Number(position.coords.latitude.toFixed(6)) };
      where.textContent = `${point.lng.toFixed(5)}, ${point.lat.toFixed(5)}`;
      form.dataset.located = 'true';
      locate(where, point);
    }, (failure) => {
      where.textContent = t('verify.report.noPosition');
      fieldError('report-position', t('verify.report.gpsFailed', { reason: failure.message }));
    }, { enableHighAccuracy: true, timeout: 15000 });
  });

  function refuse(problem) {
    const left = showFieldErrors(problem, (name) => CONTROLS[name], 'verify.problem');
    message.className = 'message error';
    message.textContent = t('verify.report.refused', { reason: [problem.detail ?? problem.title
      ?? `HTTP ${problem.status}`, ...left.map((error) => error.message)].join('；') });
    message.hidden = false;
    message.focus();
  }

  onSubmit(form, submit, message, async () => {
    const attachmentIds = await upload([...photos.files], 'BEFORE');
    const created = await postJson('/api/cases', { category: picker.value()?.code ?? (picker.input.value.trim() || null),
      description: description.value, longitude: point?.lng ?? null, latitude: point?.lat ?? null, attachmentIds,
      selfHandled: selfHandled.checked }, { 'Idempotency-Key': key });
    form.reset();
    picker.reset();
    point = null;
    where.textContent = t('verify.report.noPosition');
    key = idempotencyKey();
    message.className = 'message info';
    message.replaceChildren(t('verify.report.created'), ' ',
      element('a', { href: caseLink(created.number), id: 'report-case-number' }, created.number));
    message.hidden = false;
    message.focus();
  }, refuse);
  return form;
}
