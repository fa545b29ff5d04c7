// A choice of ranges over a chart (24 小时 / 7 天 / 30 天, 近一年 …) as a row of radio pills.
import { element } from './api.js';

/**
 * Radio pills named `name` for the ranges [value, label], the value `checked` chosen, labelled by `label`;
 * onChange(value) is called when another is chosen. Each input's id is `<name>-<value>`.
 */
export function rangePicker(name, ranges, checked, label, onChange) {
  const group = element('div', { class: 'range-picker', role: 'radiogroup', 'aria-label': label },
    ranges.map(([value, text]) => element('label', { class: 'range-option' },
      element('input', { type: 'radio', name, value, id: `${name}-${value}`, checked: value === checked }), text)));
  group.addEventListener('change', (event) => onChange(event.target.value));
  return group;
}
