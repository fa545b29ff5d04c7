// A list page's skeleton: a heading, a form of filters (kept in the address, so a filtered list can be linked to),
// a status line and one page of the list at a time with the pager; the platform's problems go next to the filter
// they concern. The page gives its controls, how to read a page and how to draw it.
import { t } from './i18n.js';
import { element, ApiProblem } from './api.js';
import { field, clearErrors, showFieldErrors } from './form-fields.js';
import { pager } from './pager.js';

/** A select named `name` with a first option `all` (value '') and the options [value, label]. */
export function choice(id, name, options, all) {
  return element('select', { id, name }, element('option', { value: '' }, all),
    options.map(([value, label]) => element('option', { value }, label)));
}

/**
 * Draws the list page into main: `name` prefixes ids and texts (<name>-filters, <name>.filter.<control>,
 * <name>.summary, the pager's), `controls` maps query parameters to their controls, `read(query)` answers a page
 * ({items, total, page, size}) and `draw(found)` its content. Shows the first page; answers show(page).
 */
export async function filteredList(main, { name, title, className, controls, size, read, draw, submit }) {
  const asked = new URLSearchParams(location.search);
  Object.entries(controls).forEach(([parameter, control]) => { control.value = asked.get(parameter) ?? ''; });
  const form = element('form', { class: 'filters', id: `${name}-filters`, novalidate: true },
    Object.entries(controls).map(([parameter, control]) => field(control.id, t(`${name}.filter.${parameter}`),
      control)),
    element('button', { type: 'submit', class: 'primary' }, submit));
  const status = element('p', { class: 'page-status', role: 'status', id: `${name}-status` });
  const list = element('div', { id: `${name}-list` });
  main.append(element('section', { class: `page ${className}` },
    element('div', { class: 'page-head' }, element('h1', {}, title)), form, status, list));

  async function show(page = 0) {
    clearErrors(form);
    main.dataset.loaded = 'false';
    const query = new URLSearchParams();
    Object.entries(controls).filter(([, control]) => control.value.trim())
      .forEach(([parameter, control]) => query.set(parameter, control.value.trim()));
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`);
    query.set('page', page);
    query.set('size', size);
    try {
      const found = await read(query);
      list.replaceChildren(draw(found), found.items.length ? pager(found, show, name) : '');
      status.textContent = t(`${name}.summary`, { total: found.total });
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) {
        throw problem;
      }
      const left = showFieldErrors(problem, (parameter) => controls[parameter]?.id, `${name}.filter`);
      status.textContent = left.length || !problem.errors.length ? (problem.detail ?? problem.title) : '';
    }
    main.dataset.loaded = 'true';
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); show(0); });
  await show(0);
  return show;
}
