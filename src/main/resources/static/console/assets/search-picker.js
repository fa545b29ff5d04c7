// A search box with a list of matches to pick one from (a combobox): the user types part of a name or code, search
// answers the matches, and one is picked by click or keyboard (↑ ↓ Enter, Esc). The category search of the report
// forms and the indicator search of the topic editor are built on it.
import { element } from './api.js';

const SHOWN = 12;

/**
 * The search box with this id and its list of matches: search(text) answers the matches, key(match) names one
 * (its option's id is `<id>-<key>`), parts(match) its option's content, none the line when nothing matches;
 * onPick(match) follows a choice, onType() typing after one. Answers { element, input, close() }.
 */
export function searchPicker({ id, placeholder, label, none, search, key, parts, onPick, onType = () => {} }) {
  const input = element('input', { type: 'search', id, autocomplete: 'off', role: 'combobox',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': `${id}-options`, placeholder });
  const list = element('ul', { class: 'search-options', id: `${id}-options`, role: 'listbox', 'aria-label': label,
    hidden: true });
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
  const pick = (match) => {
    close();
    onPick(match);
  };
  const show = (found) => {
    matches = found.slice(0, SHOWN);
    list.replaceChildren(...(matches.length ? matches.map((match, i) => {
      const option = element('li', { role: 'option', id: `${id}-${key(match)}`, class: 'search-option',
        'aria-selected': 'false', 'data-code': key(match) }, parts(match));
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => pick(matches[i]));
      return option;
    }) : [element('li', { class: 'search-none' }, none)]));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    mark(matches.length ? 0 : -1);
  };
  const ask = async () => {
    const text = input.value.trim();
    const asking = ++asked;
    if (!text) {
      close();
      return;
    }
    const found = await search(text);
    if (asking === asked) {
      show(found);
    }
  };

  input.addEventListener('input', () => {
    onType();
    clearTimeout(timer);
    timer = setTimeout(ask, 200);
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

  return { element: element('div', { class: 'search-picker' }, input, list), input, close };
}
