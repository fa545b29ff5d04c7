// The topic editor's sections (分区): each a titled, ordered list of indicators with how the page shows each (指标卡,
// 趋势线, 柱状图, 分布图), moved up and down (across into the next section at a section's ends) and removed; an
// indicator is added to a section from the catalogue search. Sections are added, moved and removed too. The ids
// topic-edit-section-<n>(-title) and topic-edit-indicator-<code> carry the platform's problems (topic-model.js).
import { t } from '../i18n.js';
import { element } from '../api.js';
import { field } from '../form-fields.js';
import { button } from '../admin/kit.js';
import { indicatorPicker } from './indicator-picker.js';
import { DISPLAYS, itemsOf, moveItem, moveSection, removeSection } from './topic-model.js';

function errorLine(id) {
  return element('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true });
}

/** A small button with its id, its words for assistive technology and whether it may be used now. */
function smallButton(id, text, label, enabled, onClick) {
  const made = button(text, onClick);
  Object.assign(made, { id, disabled: !enabled, title: label });
  made.setAttribute('aria-label', label);
  return made;
}

/**
 * The sections of the model in a list that redraws itself after each change and then calls onChange() (the layers
 * follow the indicators), and the button that adds a section. Answers { list, add }.
 */
export function sectionsEditor(model, onChange) {
  const box = element('div', { class: 'topic-edit-section-list' });
  const taken = (code) => itemsOf(model).some((item) => item.code === code);

  function redraw(focus) {
    const total = itemsOf(model).length;
    let before = 0;
    box.replaceChildren(...model.sections.map((section, s) => {
      const drawn = sectionBox(section, s, before, total);
      before += section.items.length;
      return drawn;
    }));
    onChange();
    if (focus) {
      document.getElementById(focus)?.focus();
    }
  }

  function itemRow(item, s, i, at, total) {
    const id = `topic-edit-indicator-${item.code}`;
    const name = item.name ?? item.code;
    const display = element('select', { id: `${id}-display`, 'aria-label': t('topicEdit.indicator.display',
      { name }) }, DISPLAYS.map((value) => element('option', { value }, t(`topicEdit.display.${value}`))));
    display.value = item.display;
    display.addEventListener('change', () => { item.display = display.value; });
    const move = (delta) => () => {
      moveItem(model.sections, s, i, delta);
      redraw(`${id}-${delta < 0 ? 'up' : 'down'}`);
    };
    return element('li', { class: 'topic-edit-item', id, 'data-indicator': item.code },
      element('span', { class: 'topic-edit-item-name' }, element('strong', {}, name), element('code', {}, item.code),
        item.unit ? element('span', {}, item.unit) : null),
      display,
      element('span', { class: 'row-actions' },
        smallButton(`${id}-up`, '↑', t('topicEdit.indicator.up', { name }), at > 0, move(-1)),
        smallButton(`${id}-down`, '↓', t('topicEdit.indicator.down', { name }), at < total - 1, move(1)),
        smallButton(`${id}-remove`, '✕', t('topicEdit.indicator.remove', { name }), true, () => {
          model.sections[s].items.splice(i, 1);
          redraw(`topic-edit-section-${s}-add`);
        })),
      errorLine(id));
  }

  function sectionBox(section, s, before, total) {
    const id = `topic-edit-section-${s}`;
    const title = element('input', { id: `${id}-title`, value: section.title, maxlength: 100,
      placeholder: t('topicEdit.section.titleHint') });
    title.addEventListener('input', () => { section.title = title.value; });
    const picker = indicatorPicker(`${id}-add`, (picked) => {
      section.items.push({ ...picked, display: 'FIGURE' });
      redraw(`${id}-add`);
    }, taken);
    const last = model.sections.length - 1;
    const moveBy = (delta) => () => { moveSection(model.sections, s, delta); redraw(`topic-edit-section-${s + delta}-${
      delta < 0 ? 'up' : 'down'}`); };
    return element('fieldset', { class: 'topic-edit-section', id, 'data-section': s },
      element('legend', {}, t('topicEdit.section', { n: s + 1 })),
      element('div', { class: 'topic-edit-section-head' }, field(`${id}-title`, t('topicEdit.section.title'), title),
        element('span', { class: 'row-actions' },
          smallButton(`${id}-up`, '↑', t('topicEdit.section.up', { n: s + 1 }), s > 0, moveBy(-1)),
          smallButton(`${id}-down`, '↓', t('topicEdit.section.down', { n: s + 1 }), s < last, moveBy(1)),
          smallButton(`${id}-remove`, t('topicEdit.section.remove'), t('topicEdit.section.removeHint'), last > 0,
            () => { removeSection(model.sections, s); redraw('topic-edit-add-section'); }))),
      errorLine(id),
      section.items.length ? element('ol', { class: 'topic-edit-items', start: before + 1 },
        section.items.map((item, i) => itemRow(item, s, i, before + i, total)))
        : element('p', { class: 'empty' }, t('topicEdit.section.empty')),
      field(`${id}-add`, t('topicEdit.indicator.add'), picker.element));
  }

  const add = button(t('topicEdit.section.add'), () => {
    model.sections.push({ title: '', items: [] });
    redraw(`topic-edit-section-${model.sections.length - 1}-title`);
  });
  add.id = 'topic-edit-add-section';
  redraw();
  return { list: box, add };
}
