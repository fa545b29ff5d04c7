// A card of one indicator's latest value in a region, for the 手边账 and the topic pages: its name (linked to its
// page), the latest value with its period, the change against the period before and a sparkline of the recent
// values (the cockpit's sparkline).
import { t } from '../i18n.js';
import { element } from '../api.js';
import { chartIn, drawn, sparkline } from '../cockpit/charts.js';
import { indicatorLink, changeBadge, withUnit } from './format.js';

/**
 * The card of the indicator {code, name, unit, direction} with its points [{period, value}], oldest first; answers
 * {card, draw()} (draw() once the card is in the page).
 */
export function trendCard(indicator, points) {
  const last = points.at(-1);
  const spark = element('div', { class: 'spark', role: 'img', 'aria-label': t('indicator.spark.label', {
    name: indicator.name }) });
  const card = element('li', { class: 'trend-card', 'data-indicator': indicator.code },
    element('a', { class: 'trend-name', href: indicatorLink(indicator.code) }, indicator.name),
    element('p', { class: 'trend-value' }, last ? element('strong', {}, withUnit(last.value, indicator.unit))
      : t('indicator.noValues'),
    last ? changeBadge(points.slice(-2).map((point) => point.value), indicator.direction) : null),
    element('p', { class: 'trend-period' }, last ? last.period : ''), spark);
  const draw = () => {
    if (points.length < 2) {
      return Promise.resolve();
    }
    const option = sparkline(points.map((point) => ({ day: point.period, value: point.value })), {});
    option.yAxis.scale = true; // the movement matters here, not the distance from zero
    return drawn(chartIn(spark), option);
  };
  return { card, draw };
}
