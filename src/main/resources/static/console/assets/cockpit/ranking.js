// The cockpit's rankings (排名) of the last 30 days: districts and departments by 按期结案率 (on-time closure rate,
// best first), categories by cases reported; one panel with a tab per ranking, rotating on a video wall. A bar
// opens the statistics of the cases behind it.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { chartIn, drawn, rankingBars } from './charts.js';
import { formatted } from './figures.js';
import { rankedGroup } from './links.js';

export const RANKINGS = ['district', 'department', 'category'];

const SHOWN = 10;

function detail(group) {
  return t('cockpit.ranking.detail', { reported: group.reported,
    closureRate: formatted(group.closureRate, true) });
}

/** The ranked rows of one grouping: groups with a key, best first, at most ten. */
export function ranked(report, grouping) {
  const byCount = grouping === 'category';
  const rate = (group) => group.onTimeClosureRate ?? -1;
  return report.groups.filter((group) => group.key !== null)
    .sort((a, b) => (byCount ? b.reported - a.reported : rate(b) - rate(a) || b.reported - a.reported))
    .slice(0, SHOWN)
    .map((group) => ({ key: group.key, name: group.name ?? group.key,
      value: byCount ? group.reported : group.onTimeClosureRate, detail: detail(group) }));
}

/** The ranking panel; answers {panel, update(state, theme), show(grouping), next()}. */
export function rankingPanel() {
  let current = RANKINGS[0];
  let state = null;
  let theme = {};
  const tabs = RANKINGS.map((grouping) => element('button', { type: 'button', role: 'tab', class: 'ranking-tab',
    id: `ranking-tab-${grouping}`, 'aria-controls': 'ranking-chart' }, t(`cockpit.ranking.${grouping}`)));
  const caption = element('p', { class: 'panel-note' });
  const box = element('div', { class: 'ranking-chart', id: 'ranking-chart', role: 'tabpanel' });
  const panel = element('section', { class: 'panel ranking', 'aria-labelledby': 'ranking-title' },
    element('h2', { id: 'ranking-title' }, t('cockpit.ranking')),
    element('div', { class: 'ranking-tabs', role: 'tablist', 'aria-label': t('cockpit.ranking') }, tabs),
    caption, box);
  const chart = chartIn(box);
  chart.on('click', (point) => {
    const row = ranked(state[current], current).reverse()[point.dataIndex];
    if (row) {
      location.assign(rankedGroup(current, row.key, state.period));
    }
  });

  function draw() {
    tabs.forEach((tab, i) => tab.setAttribute('aria-selected', String(RANKINGS[i] === current)));
    box.dataset.grouping = current;
    const percent = current !== 'category';
    const label = t(`cockpit.ranking.${current}.by`);
    caption.textContent = t('cockpit.ranking.caption', { by: label });
    box.setAttribute('aria-label', `${t(`cockpit.ranking.${current}`)} · ${label}`);
    return drawn(chart, rankingBars(ranked(state[current], current), { ...theme, percent, label }));
  }

  tabs.forEach((tab, i) => tab.addEventListener('click', () => show(RANKINGS[i])));

  function show(grouping) {
    current = grouping;
    return state ? draw() : Promise.resolve();
  }

  return {
    panel,
    update(next, nextTheme) {
      state = next;
      theme = nextTheme;
      return draw();
    },
    show,
    next: () => show(RANKINGS[(RANKINGS.indexOf(current) + 1) % RANKINGS.length]),
  };
}
