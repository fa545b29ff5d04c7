// The indicator search of the topic editor: the catalogue search of 指标目录 (GET /api/indicators?q=, the indicators
// in force within the user's access grades, by code or name) in a search box (search-picker.js); picking one hands
// it on and empties the box for the next.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { searchPicker } from '../search-picker.js';

/**
 * The search box with this id; onPick({code, name, unit}) takes the indicator picked, leaving out those taken(code)
 * says the topic has. Answers the picker ({element, input}).
 */
export function indicatorPicker(id, onPick, taken) {
  const picker = searchPicker({
    id,
    placeholder: t('topicEdit.indicator.search'),
    label: t('topicEdit.indicator.matches'),
    none: t('topicEdit.indicator.none'),
    search: async (text) => (await getJson(`/api/indicators?${new URLSearchParams({ q: text, size: 20 })}`)).items
      .filter((indicator) => !taken(indicator.code)),
    key: (indicator) => indicator.code,
    parts: (indicator) => [element('strong', {}, indicator.name), element('code', {}, indicator.code),
      element('span', {}, indicator.unit ?? '')],
    onPick: (indicator) => {
      picker.input.value = '';
      onPick({ code: indicator.code, name: indicator.name, unit: indicator.unit });
    },
  });
  return picker;
}
