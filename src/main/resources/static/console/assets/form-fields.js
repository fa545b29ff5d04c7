// Form fields that show the platform's problem details (RFC 9457, errors[].field) next to the control they concern:
// every field has an error line <p id="<control id>-error">, and a page maps the platform's field names to its
// controls' ids. Messages are texts, never HTML.
import { t, has } from './i18n.js';
import { element, ApiProblem } from './api.js';

/** A labelled field: the label, the control, an optional hint and the (hidden) line for its error. */
export function field(id, label, control, hint) {
  const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  const input = control.matches('input, select, textarea, output') ? control
    : control.querySelector('input, select, textarea, output');
  input?.setAttribute('aria-describedby', described);
  return element('div', { class: 'field', id: `${id}-field` }, element('label', { for: id }, label), control,
    hint ? element('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
    element('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true }));
}

/** Shows a message under the field of the control with this id and marks the control invalid. */
export function fieldError(id, message) {
  const line = document.getElementById(`${id}-error`);
  line.replaceChildren(...(Array.isArray(message) ? message : [message]));
  line.hidden = false;
  document.getElementById(id)?.setAttribute('aria-invalid', 'true');
}

/** Hides every field error below root. */
export function clearErrors(root) {
  root.querySelectorAll('.field-error').forEach((line) => { line.hidden = true; line.replaceChildren(); });
  root.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
}

/**
 * Shows each of the problem's field errors under the control controlFor(field) names (with the page's own words
 * for the field when the bundle has `<prefix>.<field>`, or the same without indices, `<prefix>.items[].code`, then
 * the platform's message); answers the errors no control took, for the page to show elsewhere.
 */
export function showFieldErrors(problem, controlFor, prefix) {
  const shown = new Map();
  const left = [];
  for (const error of problem.errors) {
    const id = controlFor(error.field);
    if (!id || !document.getElementById(`${id}-error`)) {
      left.push(error);
      continue;
    }
    const key = [error.field, error.field.replace(/\[\d+\]/g, '[]')].map((name) => `${prefix}.${name}`).find(has);
    const words = key ? `${t(key)} ` : null;
    const said = element('span', { class: 'platform-says' }, error.message);
    const before = shown.get(id) ?? [];
    shown.set(id, [...before, ...(words && !before.includes(words) ? [words] : []), said]);
  }
  shown.forEach((parts, id) => fieldError(id, parts));
  return left;
}

/**
 * Sends the form with send() when it is submitted: its errors cleared, the message hidden and the button disabled
 * meanwhile; a problem of the platform goes to refuse(problem), and so does a platform that could not be reached
 * (as a problem of status 0 with the browser's words).
 */
export function onSubmit(form, button, message, send, refuse) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    message.hidden = true;
    button.disabled = true;
    try {
      await send();
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) {
        console.warn('The platform did not answer:', problem);
      }
      refuse(problem instanceof ApiProblem ? problem : new ApiProblem(0, { title: String(problem.message ?? problem) }));
    } finally {
      button.disabled = false;
    }
  });
}
