// An indicator's quality badge (数据质量, GET /api/indicators/{code}/quality) from the GB/T 36344 dimensions:
// completeness, timeliness, validity and consistency, each from 0 to 1, with the grade A–D over them.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { formatTime } from '../case/format.js';

const DIMENSIONS = ['completeness', 'timeliness', 'validity', 'consistency'];

const percent = (share) => `${Math.round(share * 100)}%`;

/** The quality of the indicator's values in the region. */
export function readQuality(code, region) {
  return getJson(`/api/indicators/${encodeURIComponent(code)}/quality?${new URLSearchParams({ region })}`);
}

/** The badge (A–D) with the score in its title. */
export function qualityBadge(quality) {
  return element('span', { class: 'quality-badge', 'data-badge': quality.badge,
    title: t('indicator.quality.score', { score: percent(quality.score) }) },
  t('indicator.quality.badge', { badge: quality.badge }));
}

/** The dimensions as bars with their shares, the periods counted and when it was measured. */
export function qualityDimensions(quality, zone) {
  return element('div', { class: 'quality', id: 'indicator-quality' },
    element('p', {}, qualityBadge(quality), ' ', t('indicator.quality.summary', { score: percent(quality.score),
      periods: quality.periods, at: formatTime(quality.asOf, zone) })),
    element('ul', { class: 'quality-dimensions' }, DIMENSIONS.map((dimension) => element('li', {
      'data-dimension': dimension },
    element('span', { class: 'quality-name' }, t(`indicator.quality.${dimension}`)),
    element('meter', { min: 0, max: 1, low: 0.6, high: 0.85, optimum: 1, value: quality[dimension] }),
    element('span', { class: 'quality-share' }, percent(quality[dimension]))))));
}
