// The administration pages' shared pieces: a searchable, paged list and a form that sends itself to the platform and
// shows its problem details (RFC 9457) next to the fields they concern, changing nothing on refusal.
import { t } from '../i18n.js';
import { element, send, problemOf } from '../api.js';
import { field, fieldError, clearErrors, showFieldErrors } from '../form-fields.js';

/** A button of the lists and forms. */
export function button(label, onClick, className = 'ghost') {
  const made = element('button', { type: 'button', class: className }, label);
  made.addEventListener('click', onClick);
  return made;
}

/**
 * A list with a search box and pages: columns [{ key, label, cell(row) }], search(row) the text a query is found in,
 * actions(row) the buttons of a row. Answers { element, show(rows) }.
 */
export function listView({ id, columns, search, actions, pageSize = 15 }) {
  let rows = [];
  let page = 0;
  const query = element('input', { type: 'search', id: `${id}-search`, placeholder: t('admin.search.placeholder') });
  const body = element('tbody');
  const counter = element('span', { class: 'pager-count', role: 'status' });
  const previous = button(t('admin.page.previous'), () => { page -= 1; draw(); });
  const next = button(t('admin.page.next'), () => { page += 1; draw(); });
  const filtered = () => {
    const text = query.value.trim().toLowerCase();
    return text ? rows.filter((row) => search(row).toLowerCase().includes(text)) : rows;
  };
  function draw() {
    const found = filtered();
    const pages = Math.max(1, Math.ceil(found.length / pageSize));
    page = Math.min(Math.max(page, 0), pages - 1);
    body.replaceChildren(...found.slice(page * pageSize, (page + 1) * pageSize).map((row) => element('tr', {},
      columns.map((column) => element('td', { 'data-label': column.label }, column.cell(row) ?? '—')),
      actions ? element('td', {}, element('div', { class: 'row-actions' }, actions(row))) : null)));
    if (!found.length) {
      body.append(element('tr', {}, element('td', { colspan: columns.length + 1, class: 'empty' },
        t('admin.list.empty'))));
    }
    counter.textContent = t('admin.page.count', { page: page + 1, pages, rows: found.length });
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }
  query.addEventListener('input', () => { page = 0; draw(); });
  const table = element('table', { class: 'data-table admin-table', id: `${id}-table` },
    element('thead', {}, element('tr', {}, columns.map((column) => element('th', { scope: 'col' }, column.label)),
      actions ? element('th', { scope: 'col' }, t('admin.list.actions')) : null)), body);
  const view = element('div', { class: 'admin-list' },
    field(`${id}-search`, t('admin.search'), query), element('div', { class: 'table-scroll' }, table),
    element('div', { class: 'pager' }, previous, counter, next));
  return { element: view, show(list) { rows = list; draw(); } };
}

/** A labelled group of checkboxes named `name`, one per option [{ value, label }]; its error line is `<id>-error`. */
export function checkGroup(id, label, options) {
  return element('fieldset', { class: 'field check-group', id },
    element('legend', {}, label),
    options.map((option) => element('label', { class: 'check' },
      element('input', { type: 'checkbox', name: id, value: option.value, id: `${id}-${option.value}` }),
      option.label)),
    element('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true }));
}

/** The checked values of a checkGroup. */
export function checked(group) {
  return [...group.querySelectorAll('input:checked')].map((input) => input.value);
}

/** A select of the options [{ value, label }], the first one empty when `empty` names it. */
export function select(id, options, empty) {
  return element('select', { id }, empty ? element('option', { value: '' }, empty) : null,
    options.map((option) => element('option', { value: option.value }, option.label)));
}

/** Shows the problem's errors as lines ("line 7: …") under the field of the control with this id. */
export function errorList(id, problem) {
  fieldError(id, element('ul', { class: 'problem-lines' },
    problem.errors.map((error) => element('li', {}, element('code', {}, error.field), ' ', error.message))));
}

/**
 * Sends a form's request and shows the outcome: request() answers { method, url, body, headers }; on refusal the
 * problem's field errors go under the controls `${prefix}-${field}` (`serves[2]` under `serves`; a 409 under
 * `conflictField`, any other error in
 * the status line) and done() is not called; answers whether it was accepted.
 */
export async function submit(form, status, { prefix, request, conflictField, done }) {
  clearErrors(form);
  status.className = 'message info';
  status.textContent = t('admin.sending');
  const { method = 'POST', url, body, headers } = request();
  const response = await send(method, url, body, headers);
  if (response.ok) {
    status.textContent = '';
    status.className = 'message';
    await done(response.status === 204 ? null : await response.json());
    return true;
  }
  const problem = await problemOf(response);
  const left = showFieldErrors(problem, (name) => `${prefix}-${name.replace(/\[\d+\]$/, '')}`, `admin.${prefix}`);
  if (response.status === 409 && conflictField) {
    fieldError(`${prefix}-${conflictField}`, [t('admin.conflict'),
      element('span', { class: 'platform-says' }, problem.detail)]);
  }
  status.className = 'message error';
  status.replaceChildren(t('admin.refused', { detail: problem.detail ?? problem.title ?? response.status }),
    ...left.map((error) => element('span', { class: 'platform-says' }, ` ${error.field}: ${error.message}`)));
  form.querySelector('[aria-invalid="true"]')?.focus();
  return false;
}

/** A status line for a form's outcome. */
export function statusLine(id) {
  return element('p', { class: 'message', id: `${id}-status`, role: 'status' });
}

/** Says in the status line what happened (info) or what the platform refused (error). */
export function report(status, ok, text) {
  status.className = ok ? 'message info' : 'message error';
  status.textContent = text;
}

/**
 * Draws a subject's tab: its heading with a "new" button, a status line, the list, and beside it the form the list's
 * actions fill; answers { status, form }.
 */
export function layout(panel, { id, title, newLabel, onNew, list }) {
  const status = statusLine(id);
  const form = element('form', { class: 'admin-form', id: `${id}-form`, novalidate: true });
  panel.append(element('div', { class: 'admin-layout' },
    element('section', { class: 'admin-main' }, element('div', { class: 'admin-head' }, element('h2', {}, title),
      newLabel ? button(newLabel, onNew, 'primary') : null), status, list),
    element('section', { class: 'admin-side' }, form)));
  return { status, form };
}

/** Sends a one-click action (disable, enable, revoke) and reports its outcome; answers whether it was done. */
export async function act(status, method, url, doneText) {
  const response = await send(method, url);
  report(status, response.ok, response.ok ? doneText
    : t('admin.refused', { detail: (await problemOf(response)).detail }));
  return response.ok;
}

/** Replaces the container's children with the given ones, leaving out those that are null (not drawn). */
export function fill(container, ...children) {
  container.replaceChildren(...children.filter((child) => child !== null && child !== undefined));
}

/** The buttons under a form: save (submit, or the given label) and cancel (empties the form). */
export function formButtons(form, id, label = t('admin.save')) {
  return element('div', { class: 'form-buttons' },
    element('button', { type: 'submit', class: 'primary', id: `${id}-save` }, label),
    button(t('admin.cancel'), () => form.replaceChildren()));
}

export { field, element, t };
