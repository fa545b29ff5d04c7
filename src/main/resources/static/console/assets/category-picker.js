// The category search (事项类别) of the report forms (受理台, 核查's 巡查上报): the user types part of a name or code, the catalogue answers the
// sub-categories in force (GET /api/catalog/categories?q=), and one is picked by click or keyboard (↑ ↓ Enter, Esc);
// its code is shown with its name. Typing again drops the choice until a new one is picked.
import { t } from './i18n.js';
import { getJson, element } from './api.js';

const SHOWN = 12;

/** The search box (with this id) with its list of matches; onChange(category or null) follows the choice. */
export function categoryPicker(onChange, id = 'intake-category') {
  const input = element('input', { type: 'search', id, autocomplete: 'off', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-options`,
    placeholder: t('intake.category.placeholder') });
  const list = element('ul', { class: 'category-options', id: `${id}-options`, role: 'listbox',
    'aria-label': t('intake.category.options'), hidden: true });
  const box = element('div', { class: 'category-picker' }, input, list);
  let chosen = null;
  let matches = [];
  let active = -1;
  let asked = 0;
  let timer = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const mark = (index) => {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0 && list.children[index]) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (category) => {
    chosen = category;
    input.value = `${category.name}（${category.code}）`;
    close();
    onChange(category);
  };
  const show = (found) => {
    matches = found.slice(0, SHOWN);
    list.replaceChildren(...(matches.length ? matches.map((category, i) => {
      const option = element('li', { role: 'option', id: `${id}-${category.code}`, class: 'category-option',
        'aria-selected': 'false', 'data-code': category.code },
      element('strong', {}, category.name), element('code', {}, category.code),
      element('span', {}, category.majorName ?? ''),
      category.policeMatter ? element('em', {}, t('intake.category.police')) : null);
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => pick(matches[i]));
      return option;
    }) : [element('li', { class: 'category-none' }, t('intake.category.none'))]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    mark(matches.length ? 0 : -1);
  };
  const search = async () => {
    const text = input.value.trim();
    const ask = ++asked;
    if (!text) {
      close();
      return;
    }
    const found = await getJson(`/api/catalog/categories?${new URLSearchParams({ q: text })}`);
    if (ask === asked) {
      show(found);
    }
  };

  input.addEventListener('input', () => {
    if (chosen) {
      chosen = null;
      onChange(null);
    }
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden || !matches.length) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      mark((active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(matches[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);

  return {
    element: box,
    input,
    value: () => chosen,
    reset: () => { chosen = null; input.value = ''; close(); },
  };
}
