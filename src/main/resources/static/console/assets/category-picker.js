// The category search (事项类别) of the report forms (受理台, 核查's 巡查上报): the user types part of a name or code, the
// catalogue answers the sub-categories in force (GET /api/catalog/categories?q=), and one is picked (search-picker.js);
// its code is shown with its name. Typing again drops the choice until a new one is picked.
import { t } from './i18n.js';
import { getJson, element } from './api.js';
import { searchPicker } from './search-picker.js';

/** The search box (with this id) with its list of matches; onChange(category or null) follows the choice. */
export function categoryPicker(onChange, id = 'intake-category') {
  let chosen = null;
  const picker = searchPicker({
    id,
    placeholder: t('intake.category.placeholder'),
    label: t('intake.category.options'),
    none: t('intake.category.none'),
    search: (text) => getJson(`/api/catalog/categories?${new URLSearchParams({ q: text })}`),
    key: (category) => category.code,
    parts: (category) => [element('strong', {}, category.name), element('code', {}, category.code),
      element('span', {}, category.majorName ?? ''),
      category.policeMatter ? element('em', {}, t('intake.category.police')) : null],
    onPick: (category) => {
      chosen = category;
      picker.input.value = `${category.name}（${category.code}）`;
      onChange(category);
    },
    onType: () => {
      if (chosen) {
        chosen = null;
        onChange(null);
      }
    },
  });

  return {
    element: picker.element,
    input: picker.input,
    value: () => chosen,
    reset: () => { chosen = null; picker.input.value = ''; picker.close(); },
  };
}
