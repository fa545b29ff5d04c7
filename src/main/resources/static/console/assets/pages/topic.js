// 专题 — one thematic topic (/console/topic?key=…) in a region of the user's scope over a chosen range
// (GET /api/indicators/topics/{key}/data): in the sections of its layout, its key figures (latest value, change,
// sparkline) and a trend chart per indicator shown as a line or bars with its warning bands and target; a map of the
// regions below filled by an indicator's latest values (the topic's choropleth layer's, else its first MAP
// indicator; another can be chosen) with the topic's case, device and alarm layers; the warnings of its indicators.
import { t } from '../i18n.js';
import { pageOfOne } from '../page-of-one.js';
import { getJson, element } from '../api.js';
import { cityDate, addDays } from '../dates.js';
import { rangePicker } from '../range-picker.js';
import { panel, fillPanel, pageRefusal } from '../indicator/format.js';
import { topicSections } from '../indicator/topic-sections.js';
import { RANGES, trendPoints } from '../indicator/periods.js';
import { scopeRegions, childLevel } from '../indicator/regions.js';
import { topicMap } from '../indicator/topic-map.js';
import { topicEditorLink } from '../indicator/topic-editing.js';
import { readWarnings, warningList } from '../indicator/warnings.js';

export const messages = 'indicator';
export const styles = ['indicator/indicator.css', 'map/map.css'];

async function show(main, key, me) {
  const { region: home, children } = await scopeRegions(me);
  const topic = await getJson(`/api/indicators/topics/${encodeURIComponent(key)}`);
  const regionSelect = element('select', { id: 'topic-region', name: 'region' },
    [home, ...children].map((region) => element('option', { value: region.code }, region.name)));
  const mapSelect = element('select', { id: 'topic-map-indicator', name: 'indicator' });
  const content = element('div', { id: 'topic-content' });
  const mapBox = element('div', { class: 'topic-map', id: 'topic-map', role: 'region',
    'aria-label': t('topic.map') });
  const legend = element('div', { class: 'map-legend topic-legend', id: 'topic-legend' });
  const warnings = element('div', { id: 'topic-warnings' });
  let range = '1y';
  main.replaceChildren(element('article', { class: 'page topic-page', 'data-topic': topic.key },
    element('header', { class: 'page-head' }, element('h1', {}, topic.name),
      topicEditorLink(me, topic.key, 'topic-edit-link', t('topic.edit'))),
    topic.description ? element('p', { class: 'topic-description' }, topic.description) : null,
    element('div', { class: 'chart-controls' },
      element('label', { for: 'topic-region' }, t('indicator.value.region')), regionSelect,
      rangePicker('topic-range', Object.keys(RANGES).filter((each) => RANGES[each]).map((each) => [each,
        t(`indicator.range.${each}`)]), range, t('indicator.range'), (next) => { range = next; load(); })),
    content,
    element('div', { class: 'topic-grid' },
      panel(t('topic.map'), { id: 'topic-map-panel' }, element('div', { class: 'chart-controls' },
        element('label', { for: 'topic-map-indicator' }, t('topic.map.indicator')), mapSelect), mapBox, legend),
      panel(t('topic.warnings'), { id: 'topic-warnings-panel' }, warnings))));
  const map = await topicMap(mapBox, legend, me, new Set((topic.layers ?? []).map((layer) => layer.kind)));
  let data = null;

  const drawMap = () => map.show(data.series.find((each) => each.code === mapSelect.value), childLevel(
    (regionSelect.value === home.code ? home : children.find((each) => each.code === regionSelect.value)).level));

  async function load() {
    main.dataset.loaded = 'false';
    const to = cityDate(new Date(), me.zone);
    const query = new URLSearchParams({ region: regionSelect.value, from: addDays(to, -RANGES[range]), to });
    data = await getJson(`/api/indicators/topics/${encodeURIComponent(key)}/data?${query}`);
    const shown = topicSections(data.topic ?? topic, data.series.map((each) => ({ ...each,
      points: trendPoints(each.trend, each.frequency) })));
    content.replaceChildren(...shown.panels);
    const mapped = data.series.filter((each) => each.regions?.length);
    const chosen = mapSelect.value;
    const layer = (data.topic ?? topic).layers?.find((each) => each.kind === 'CHOROPLETH')?.indicator;
    const first = mapped.find((each) => each.code === layer) ?? mapped.find((each) => (data.topic ?? topic)
      .indicators.some((indicator) => indicator.code === each.code && indicator.display === 'MAP')) ?? mapped[0];
    mapSelect.replaceChildren(...mapped.map((each) => element('option', { value: each.code }, each.name)));
    mapSelect.value = mapped.some((each) => each.code === chosen) ? chosen : (first?.code ?? '');
    await Promise.all([shown.draw(), drawMap()]);
    main.dataset.loaded = 'true';
  }

  regionSelect.addEventListener('change', load);
  mapSelect.addEventListener('change', drawMap);
  const codes = new Set(topic.indicators.map((indicator) => indicator.code));
  await Promise.all([load(), fillPanel(warnings, async () => {
    const found = await readWarnings({ size: 100 });
    const items = found.items.filter((warning) => codes.has(warning.indicator.code));
    return warningList({ ...found, items }, me.zone, 'topic-warning-list');
  })]);
}

export function render(main, { me }) {
  return pageOfOne(main, 'key', { show: (box, key) => show(box, key, me),
    missing: () => location.replace('/console/topics'), refused: (box, problem) => pageRefusal(box, problem, 'topic') });
}
