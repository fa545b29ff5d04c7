// Indicator warnings (指标预警, GET /api/indicators/warnings) as a list of cards, the most urgent on top as the API
// answers them: level, kind, the indicator (linked to its page), region and period, the message, when it was raised
// and acknowledged, the case it opened (linked to the case's page) and, while active, a button to acknowledge it
// (POST …/{id}/acknowledgement). Used by the warnings list, the 手边账, an indicator's and a topic's page.
import { t } from '../i18n.js';
import { getJson, postJson, element, ApiProblem } from '../api.js';
import { caseLink, formatTime } from '../case/format.js';
import { indicatorLink, warningBadge, withUnit } from './format.js';

export const STATES = ['ACTIVE', 'ACKNOWLEDGED', 'CLEARED'];

export const KINDS = ['BAND', 'CHANGE_PREVIOUS', 'CHANGE_YEAR', 'TARGET_GAP', 'LATE'];

/** One page of warnings for the query (URLSearchParams or an object of filters). */
export function readWarnings(query) {
  return getJson(`/api/indicators/warnings?${new URLSearchParams(query)}`);
}

function acknowledgeButton(warning, zone, replace) {
  const button = element('button', { type: 'button', class: 'ghost', 'data-acknowledge': warning.id },
    t('indicator.warning.acknowledge'));
  const refusal = element('p', { class: 'action-refusal', role: 'alert', hidden: true });
  button.addEventListener('click', async () => {
    button.disabled = true;
    refusal.hidden = true;
    try {
      const acknowledged = await postJson(`/api/indicators/warnings/${warning.id}/acknowledgement`, {});
      replace(card(acknowledged, zone));
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) {
        throw problem;
      }
      refusal.textContent = t('indicator.problem', { status: problem.status, detail: problem.detail
        || problem.title });
      refusal.hidden = false;
      button.disabled = false;
    }
  });
  return [button, refusal];
}

function figure(warning) {
  if (warning.value === null || warning.value === undefined) {
    return null;
  }
  return element('span', { class: 'warning-figure' }, t('indicator.warning.figure', {
    value: withUnit(warning.value, warning.indicator.unit), bound: withUnit(warning.bound, warning.indicator.unit) }));
}

/** The card of one warning. */
export function card(warning, zone) {
  const item = element('li', { class: 'warning-card', 'data-warning': warning.id, 'data-state': warning.state,
    'data-level': warning.level });
  const replace = (next) => item.replaceWith(next);
  const acknowledged = warning.acknowledgedAt ? t('indicator.warning.acknowledgedBy', {
    who: warning.acknowledgedBy ?? '—', at: formatTime(warning.acknowledgedAt, zone) }) : null;
  item.append(
    element('div', { class: 'warning-head' }, warningBadge(warning.level),
      element('span', { class: 'warning-kind' }, t(`indicator.warning.kind.${warning.kind}`)),
      element('span', { class: 'warning-state' }, t(`indicator.warning.state.${warning.state}`))),
    element('p', { class: 'warning-what' },
      element('a', { href: indicatorLink(warning.indicator.code) }, warning.indicator.name),
      ` · ${warning.region.name ?? warning.region.code} · ${warning.period}`),
    warning.message ? element('p', { class: 'warning-message' }, warning.message) : null,
    element('p', { class: 'warning-meta' }, figure(warning),
      element('span', {}, t('indicator.warning.raised', { at: formatTime(warning.raisedAt, zone) })),
      acknowledged ? element('span', {}, acknowledged) : null,
      warning.clearedAt ? element('span', {}, t('indicator.warning.cleared', {
        at: formatTime(warning.clearedAt, zone) })) : null),
    element('div', { class: 'warning-actions' },
      warning.caseNumber ? element('a', { href: caseLink(warning.caseNumber), class: 'warning-case' },
        t('indicator.warning.case', { number: warning.caseNumber })) : null,
      warning.state === 'ACTIVE' ? acknowledgeButton(warning, zone, replace) : null));
  return item;
}

/** The list of a page of warnings, or a sentence when there are none. */
export function warningList(page, zone, id) {
  if (!page.items.length) {
    return element('p', { class: 'empty', id: id ? `${id}-none` : null }, t('indicator.warning.none'));
  }
  return element('ul', { class: 'warning-list', id }, page.items.map((warning) => card(warning, zone)));
}
