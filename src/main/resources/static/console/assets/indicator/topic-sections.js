// A topic page's sections (专题分区): the topic's layout may group its indicators by position into titled sections
// ({"sections": [{"title": "大气", "from": 1, "to": 8}, …]}); each shows its FIGURE indicators as cards with the
// latest value, change and sparkline, and its LINE and BAR indicators as charts with their warning bands and target.
// Without sections, one section holds them all. MAP indicators show on the map only.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { panel } from './format.js';
import { drawValues } from './value-chart.js';
import { trendCard } from './trend-card.js';

function figures(series) {
  const cards = series.map((each) => trendCard(each, each.points));
  return { list: element('ul', { class: 'trend-cards topic-figures' }, cards.map((each) => each.card)),
    draw: () => Promise.all(cards.map((each) => each.draw())) };
}

function trends(series, display) {
  const charts = series.map((each) => {
    const label = t('indicator.chart.label', { name: each.name });
    const box = element('div', { class: 'chart trend-chart', role: 'img', 'aria-label': label });
    return { each, box, label, figure: element('figure', { class: 'trend', 'data-indicator': each.code },
      element('figcaption', {}, each.name, each.unit ? `（${each.unit}）` : ''), box) };
  });
  return { list: element('div', { class: 'trend-charts topic-trends' }, charts.map((chart) => chart.figure)),
    draw: () => Promise.all(charts.map(({ each, box, label }) => drawValues(box, each.points, each, label, null,
      display.get(each.code) === 'BAR' ? 'bar' : 'line'))) };
}

/** The section panels of the topic's data series; answers {panels, draw()} (draw() once they are in the page). */
export function topicSections(topic, series) {
  const display = new Map(topic.indicators.map((indicator) => [indicator.code, indicator.display]));
  const position = new Map(topic.indicators.map((indicator, i) => [indicator.code, indicator.position ?? i + 1]));
  const sections = topic.layout?.sections?.length ? topic.layout.sections : [{ from: -Infinity, to: Infinity }];
  const parts = sections.map((section, i) => {
    const within = series.filter((each) => position.get(each.code) >= section.from
      && position.get(each.code) <= section.to);
    const shownFigures = figures(within.filter((each) => display.get(each.code) === 'FIGURE'));
    const shownTrends = trends(within.filter((each) => ['LINE', 'BAR'].includes(display.get(each.code))), display);
    const empty = !shownFigures.list.childElementCount && !shownTrends.list.childElementCount;
    return { panel: panel(section.title ?? t('topic.indicators'), { 'data-section': i, class:
      'indicator-panel topic-section' }, empty ? element('p', { class: 'empty' }, t('topic.none')) : null,
    shownFigures.list.childElementCount ? shownFigures.list : null,
    shownTrends.list.childElementCount ? shownTrends.list : null),
    draw: () => Promise.all([shownFigures.draw(), shownTrends.draw()]) };
  });
  return { panels: parts.map((part) => part.panel), draw: () => Promise.all(parts.map((part) => part.draw())) };
}
