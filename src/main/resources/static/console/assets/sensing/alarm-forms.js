// The small forms of the actions on an alarm, on the platform's endpoints: 手动解除 with a comment (POST …/clear),
// 指派 to a user by login name, blank to take it back (POST …/assign), 备注 (POST …/comments). A refusal — another
// user cleared it first (409), a blank comment (400) — shows the platform's problem detail next to the action or
// under its field and changes nothing; the form keeps what was typed.
import { t, has } from '../i18n.js';
import { post, problemOf, element } from '../api.js';
import { field, clearErrors, showFieldErrors } from '../form-fields.js';

/** The line next to an alarm's actions where a refusal is shown, hidden until one is. */
export function refusalLine(id) {
  return element('p', { class: 'action-refusal', id: `alarm-${id}-refusal`, role: 'alert', hidden: true });
}

/** Shows the platform's problem detail on the refusal line. */
export function refuse(line, problem) {
  line.replaceChildren(element('strong', {}, t('alarms.refused')), ' ',
    element('span', { class: 'platform-says' }, problem.detail || problem.title || `HTTP ${problem.status}`));
  line.hidden = false;
}

/** POSTs an action on an alarm; answers the alarm afterwards or throws the platform's problem. */
export async function act(url, body) {
  const response = await post(url, body);
  if (!response.ok) {
    throw await problemOf(response);
  }
  return response.json();
}

const text = (id) => element('input', { id, autocomplete: 'off', maxlength: 2000 });

/** The forms: the endpoint (under the alarm), the request's one field and the control for it. */
export const FORMS = {
  clear: { path: 'clear', field: 'comment', control: text },
  assign: { path: 'assign', field: 'assignee',
    control: (id, alarm) => element('input', { id, autocomplete: 'off', maxlength: 100,
      value: alarm.assignee ?? '', spellcheck: 'false', autocapitalize: 'none' }) },
  comment: { path: 'comments', field: 'text',
    control: (id) => element('textarea', { id, rows: 2, maxlength: 2000 }) },
};

/**
 * The form of one action (a key of FORMS) on the alarm: its field (texts alarms.<kind>.label, .hint, .confirm),
 * confirm and cancel. done() after a success, onClose() after cancel; a refusal goes to the line.
 */
export function alarmForm(alarm, kind, line, done, onClose) {
  const spec = FORMS[kind];
  const id = `alarm-${alarm.id}-${kind}`;
  const control = spec.control(id, alarm);
  control.name = spec.field;
  const cancel = element('button', { type: 'button', class: 'ghost' }, t('alarms.cancel'));
  const form = element('form', { class: `alarm-form ${kind}-form`, 'data-alarm': alarm.id, 'data-kind': kind,
    novalidate: true },
  field(id, t(`alarms.${kind}.label`), control, has(`alarms.${kind}.hint`) ? t(`alarms.${kind}.hint`) : null),
  element('div', { class: 'action-row' }, element('button', { type: 'submit', class: 'primary' },
    t(`alarms.${kind}.confirm`)), cancel));
  cancel.addEventListener('click', () => { form.remove(); line.hidden = true; onClose(); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    line.hidden = true;
    try {
      await act(`/api/sensing/alarms/${alarm.id}/${spec.path}`, { [spec.field]: control.value });
      form.remove();
      done();
    } catch (problem) {
      const left = showFieldErrors(problem, (name) => (name === spec.field ? id : null), 'alarms.field');
      if (left.length || !problem.errors.length) {
        refuse(line, problem);
      }
    }
  });
  return { form, control };
}
