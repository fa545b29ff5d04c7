// 专题 — the thematic topics the platform keeps as data (GET /api/indicators/topics), each a card linking to its
// page, and the composite 城市运行指数 of the user's region for its last period ended (GET /api/indicators/composite)
// with the contribution of each indicator to it; administrators find the way to a new topic's editor here.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { panel, fillPanel, topicLink, indicatorLink } from '../indicator/format.js';
import { scopeRegions } from '../indicator/regions.js';
import { topicEditorLink } from '../indicator/topic-editing.js';

export const messages = 'indicator';
export const styles = ['indicator/indicator.css'];

function topicCards(topics) {
  if (!topics.length) {
    return element('p', { class: 'empty' }, t('topics.none'));
  }
  return element('ul', { class: 'page-cards topic-cards', id: 'topic-cards' }, [...topics]
    .sort((a, b) => a.position - b.position).map((topic) => element('li', { 'data-topic': topic.key },
      element('a', { href: topicLink(topic.key), class: 'page-card' }, element('strong', {}, topic.name),
        topic.description ? element('span', {}, topic.description) : null,
        element('span', { class: 'topic-count' }, t('topics.indicators', { count: topic.indicators }))))));
}

const rounded = (value, digits = 2) => (value === null || value === undefined ? '—'
  : String(Math.round(value * 10 ** digits) / 10 ** digits));

function composite(index) {
  const columns = ['indicator', 'weight', 'value', 'normalized', 'contribution'];
  return [
    element('p', { class: 'composite-index', id: 'composite-index' }, element('strong', {}, rounded(index.index, 1)),
      ' ', t('topics.composite.of', { name: index.name, region: index.region?.name ?? '', period: index.period })),
    element('div', { class: 'table-scroll' }, element('table', { class: 'data-table', id: 'composite-table' },
      element('thead', {}, element('tr', {}, columns.map((column) => element('th', { scope: 'col' },
        t(`topics.composite.${column}`))))),
      element('tbody', {}, [...index.contributions].sort((a, b) => b.contribution - a.contribution)
        .map((row) => element('tr', { 'data-indicator': row.code },
          element('th', { scope: 'row' }, element('a', { href: indicatorLink(row.code) }, row.name)),
          element('td', {}, rounded(row.effectiveWeight ?? row.weight, 3)), element('td', {}, rounded(row.value)),
          element('td', {}, rounded(row.normalized, 1)), element('td', {}, rounded(row.contribution, 1))))))),
  ];
}

export async function render(main, { me }) {
  const cards = element('div', { id: 'topics-list' });
  const index = element('div', { id: 'composite' });
  main.append(element('section', { class: 'page topics-page' },
    element('div', { class: 'page-head' }, element('h1', {}, t('page.topics')),
      topicEditorLink(me, null, 'topic-new', t('topics.new'))), cards,
    panel(t('topics.composite'), { id: 'composite-panel' }, index)));
  main.dataset.loaded = 'false';
  const { region } = await scopeRegions(me);
  await Promise.all([
    fillPanel(cards, async () => topicCards(await getJson('/api/indicators/topics'))),
    fillPanel(index, async () => composite(await getJson(`/api/indicators/composite?${new URLSearchParams({
      region: region.code })}`))),
  ]);
  main.dataset.loaded = 'true';
}
