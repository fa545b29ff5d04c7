// The topic editor's map layers (地图图层): which of the city map's layers the topic page shows (cases, devices,
// alarms) and the indicator its regions are coloured by (分级设色, one of the topic's). A layer's filter is not
// edited here: the topic page does not apply it, and a layer kept keeps it as it was.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { field } from '../form-fields.js';
import { checkGroup } from '../admin/kit.js';
import { LAYER_KINDS, itemsOf } from './topic-model.js';

/** The layer fields of the model; answers { element, refresh() } (refresh() after the indicators changed). */
export function layerFields(model) {
  const kinds = checkGroup('topic-edit-layers', t('topicEdit.layers'), LAYER_KINDS.map((kind) => ({ value: kind,
    label: t(`topicEdit.layer.${kind}`) })));
  kinds.querySelectorAll('input').forEach((box) => {
    box.checked = model.kinds.has(box.value);
    box.addEventListener('change', () => (box.checked ? model.kinds.add(box.value) : model.kinds.delete(box.value)));
  });
  const choropleth = element('select', { id: 'topic-edit-choropleth' });
  choropleth.addEventListener('change', () => { model.choropleth = choropleth.value; });
  const filtered = model.layers.some((layer) => Object.keys(layer.filter ?? {}).length);
  return {
    element: element('div', { class: 'topic-edit-layers' }, kinds,
      filtered ? element('p', { class: 'field-hint', id: 'topic-edit-filters-kept' }, t('topicEdit.filtersKept'))
        : null,
      field('topic-edit-choropleth', t('topicEdit.choropleth'), choropleth, t('topicEdit.choroplethHint'))),
    refresh() {
      const items = itemsOf(model);
      if (!items.some((item) => item.code === model.choropleth)) {
        model.choropleth = '';
      }
      choropleth.replaceChildren(element('option', { value: '' }, t('topicEdit.choropleth.none')),
        ...items.map((item) => element('option', { value: item.code }, `${item.name ?? item.code}（${item.code}）`)));
      choropleth.value = model.choropleth;
    },
  };
}
