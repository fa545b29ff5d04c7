// 专题编辑 — an administrator edits a topic (/console/topic-edit?key=…) or makes a new one (without a key): its key
// (new ones only), name, description and place among the topics, its sections of ordered indicators and its map
// layers; saved whole through the topic administration API (POST, PUT /api/admin/indicators/topics), where each
// problem of a refusal shows next to what it concerns and nothing is stored; deleted after a confirmation.
import { t } from '../i18n.js';
import { getJson, element, send, problemOf } from '../api.js';
import { pageOfOne } from '../page-of-one.js';
import { field, fieldError, showFieldErrors, onSubmit } from '../form-fields.js';
import { button, statusLine, report } from '../admin/kit.js';
import { pageRefusal, topicLink } from '../indicator/format.js';
import { topicModel, topicDraft, placeOf } from '../indicator/topic-model.js';
import { sectionsEditor } from '../indicator/topic-sections-editor.js';
import { layerFields } from '../indicator/topic-layer-fields.js';

export const messages = 'indicator';
export const styles = ['admin/admin.css', 'indicator/topic-edit.css'];

const ADMIN_TOPICS = '/api/admin/indicators/topics';

/** The fields of the topic's own texts; answers { element, read() } (read() copies them into the model). */
function textFields(model, creating) {
  const key = element('input', { id: 'topic-edit-key', value: model.key, readonly: !creating, autocomplete: 'off',
    maxlength: 64 });
  const name = element('input', { id: 'topic-edit-name', value: model.name, maxlength: 100 });
  const description = element('textarea', { id: 'topic-edit-description', rows: 3, maxlength: 1000 },
    model.description);
  const position = element('input', { id: 'topic-edit-position', type: 'number', min: 0, step: 1,
    value: model.position, inputmode: 'numeric' });
  return {
    element: element('fieldset', { class: 'topic-edit-part topic-edit-basics' },
      element('legend', {}, t('topicEdit.basics')),
      field('topic-edit-key', t('topicEdit.key'), key, t(creating ? 'topicEdit.keyHint' : 'topicEdit.keyFixed')),
      field('topic-edit-name', t('topicEdit.name'), name),
      field('topic-edit-position', t('topicEdit.position'), position, t('topicEdit.positionHint')),
      field('topic-edit-description', t('topicEdit.description'), description)),
    read() {
      Object.assign(model, { key: key.value, name: name.value, description: description.value,
        position: position.value === '' ? null : Number(position.value) });
    },
  };
}

/** The refusal of a save: each problem next to what it concerns, the others and the platform's words on top. */
function refuse(problem, model, status) {
  const left = showFieldErrors(problem, (name) => placeOf(name, model), 'topicEdit.problem');
  if (problem.status === 409) {
    fieldError('topic-edit-key', [t('topicEdit.conflict'), element('span', { class: 'platform-says' },
      problem.detail)]);
  }
  const placed = problem.errors.length - left.length;
  report(status, false, placed ? t('topicEdit.refusedPlaced', { count: placed })
    : t('topicEdit.refused', { detail: problem.detail ?? problem.title ?? problem.status }));
  status.append(...left.map((error) => element('span', { class: 'platform-says' },
    error.field ? `${error.field}: ${error.message}` : error.message)));
  status.hidden = false;
  document.querySelector('#topic-edit-form [aria-invalid="true"]')?.focus();
}

/** The delete button with its confirmation; deleting goes back to the topics. */
function deletion(model, status) {
  const yes = button(t('topicEdit.deleteYes'), async () => {
    const response = await send('DELETE', `${ADMIN_TOPICS}/${encodeURIComponent(model.key)}`);
    if (response.ok) {
      location.assign('/console/topics');
      return;
    }
    report(status, false, t('topicEdit.deleteRefused', { detail: (await problemOf(response)).detail }));
    status.hidden = false;
  }, 'primary danger');
  yes.id = 'topic-edit-delete-confirm';
  const confirmation = element('div', { class: 'topic-edit-confirm', id: 'topic-edit-confirm', role: 'group',
    hidden: true }, element('p', {}, t('topicEdit.deleteConfirm', { name: model.name })), yes,
  button(t('topicEdit.deleteNo'), () => { confirmation.hidden = true; }));
  const ask = button(t('topicEdit.delete'), () => { confirmation.hidden = false; yes.focus(); }, 'ghost danger');
  ask.id = 'topic-edit-delete';
  return [ask, confirmation];
}

function draw(main, model, creating) {
  const texts = textFields(model, creating);
  const layers = layerFields(model);
  const sections = sectionsEditor(model, () => layers.refresh());
  const status = statusLine('topic-edit');
  status.hidden = true;
  const save = element('button', { type: 'submit', class: 'primary', id: 'topic-edit-save' }, t('topicEdit.save'));
  const form = element('form', { class: 'admin-form topic-edit-form', id: 'topic-edit-form', novalidate: true },
    status, texts.element,
    element('fieldset', { class: 'topic-edit-part', id: 'topic-edit-sections' },
      element('legend', {}, t('topicEdit.sections')),
      element('p', { class: 'field-hint' }, t('topicEdit.sectionsHint')),
      element('p', { class: 'field-error', id: 'topic-edit-sections-error', role: 'alert', hidden: true }),
      sections.list, sections.add),
    element('fieldset', { class: 'topic-edit-part' }, element('legend', {}, t('topicEdit.map')), layers.element),
    element('div', { class: 'form-buttons topic-edit-buttons' }, save,
      element('a', { class: 'action-link', href: creating ? '/console/topics' : topicLink(model.key) },
        t('topicEdit.cancel')),
      creating ? null : deletion(model, status)));
  main.replaceChildren(element('section', { class: 'page topic-edit-page' },
    element('div', { class: 'page-head' }, element('h1', {}, creating ? t('topicEdit.new')
      : t('topicEdit.title', { name: model.name }))), form));
  onSubmit(form, save, status, async () => {
    texts.read();
    const draft = topicDraft(model);
    const response = await send(creating ? 'POST' : 'PUT', creating ? ADMIN_TOPICS
      : `${ADMIN_TOPICS}/${encodeURIComponent(model.key)}`, draft);
    if (!response.ok) {
      throw await problemOf(response);
    }
    location.assign(topicLink(draft.key));
  }, (problem) => refuse(problem, model, status));
  main.dataset.loaded = 'true';
}

export function render(main) {
  return pageOfOne(main, 'key', {
    show: async (box, key) => draw(box, topicModel(await getJson(`/api/indicators/topics/${encodeURIComponent(key)}`)),
      false),
    missing: (box) => draw(box, topicModel(null), true),
    refused: (box, problem) => pageRefusal(box, problem, 'topicEdit'),
  });
}
