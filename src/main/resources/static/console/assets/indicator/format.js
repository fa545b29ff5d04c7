// How the indicator pages (城市体征) write indicators: links to an indicator's and a topic's page, the plans'
// vocabulary (GET /api/indicator-terms) in the user's language (the bundle's text, else the platform's Chinese
// name), numbers with units, the change against the period before and a badge for a warning level.
import { t } from '../i18n.js';
import { getJson, element, ApiProblem } from '../api.js';
import { named } from '../case/format.js';
import { levelBadge, withUnit } from '../sensing/format.js';

export { withUnit };

/** The console address of an indicator's detail page. */
export function indicatorLink(code) {
  return `/console/indicator?code=${encodeURIComponent(code)}`;
}

/** The console address of a topic's page (专题). */
export function topicLink(key) {
  return `/console/topic?key=${encodeURIComponent(key)}`;
}

let terms = null;

/** The plans' vocabulary, read once per page. */
export function indicatorTerms() {
  terms ??= getJson('/api/indicator-terms');
  return terms;
}

/**
 * A term's name in the user's language: kind is the vocabulary's list (classes, domains, directions, frequencies,
 * grades, frameworks, warningLevels, valueSources), terms the vocabulary as read.
 */
export function termName(terms, kind, name) {
  if (name === null || name === undefined) {
    return '—';
  }
  const term = terms[kind]?.find((candidate) => candidate.name === name);
  return named({ code: name, name: term?.label }, `indicator.${kind}`);
}

/** The options [value, label] of one list of the vocabulary, for a select. */
export function termOptions(terms, kind) {
  return terms[kind].map((term) => [term.name, termName(terms, kind, term.name)]);
}

/** A badge for a warning level (蓝/黄/橙/红). */
export function warningBadge(level) {
  return levelBadge(level, 'indicator.warningLevels');
}

/**
 * The change of the latest value against the one before, as {text, trend} with trend up, down or flat and good
 * (true, false, or null when the direction says neither) from the indicator's direction.
 */
export function change(values, direction) {
  if (values.length < 2) {
    return null;
  }
  const [before, latest] = values.slice(-2);
  const delta = latest - before;
  const relative = before === 0 ? null : (delta / Math.abs(before)) * 100;
  const trend = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const good = trend === 'flat' || direction === 'TARGET_BAND' ? null
    : (trend === 'up') === (direction === 'HIGHER_BETTER');
  const sign = delta > 0 ? '+' : '';
  const text = relative === null ? `${sign}${withUnit(delta)}` : `${sign}${relative.toFixed(1)}%`;
  return { text, trend, good };
}

/** The change as a small element (arrow and percentage, coloured good or bad), or a dash. */
export function changeBadge(values, direction) {
  const moved = change(values, direction);
  if (!moved) {
    return element('span', { class: 'change' }, '—');
  }
  const arrow = { up: '▲', down: '▼', flat: '■' }[moved.trend];
  return element('span', { class: 'change', 'data-trend': moved.trend,
    'data-good': moved.good === null ? null : String(moved.good),
    title: t('indicator.change.title') }, `${arrow} ${moved.text}`);
}

/** A panel of a page: a heading and its content. */
export function panel(title, attributes, ...content) {
  return element('section', { class: 'indicator-panel', ...attributes }, element('h2', {}, title), ...content);
}

/** The platform's problem in a panel that could not be filled (the rest of the page still works). */
export function panelProblem(problem) {
  return element('p', { class: 'empty panel-problem' }, t('indicator.problem', { status: problem.status ?? '—',
    detail: problem.detail || problem.title || problem.message }));
}

/** An expected delay (ISO-8601 as P15D, PT6H, P1DT12H) in words, e.g. 15 天. */
export function delayText(iso) {
  const [, days, hours, minutes] = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso ?? '') ?? [];
  const parts = [[days, 'days'], [hours, 'hours'], [minutes, 'minutes']].filter(([value]) => value)
    .map(([value, unit]) => t(`indicator.delay.${unit}`, { n: Number(value) }));
  return parts.length ? parts.join(' ') : (iso ?? '—');
}

/** A definition list of [key, label, value] facts; a value is a text or an element, absent ones are left out. */
export function facts(rows, id) {
  return element('dl', { class: 'indicator-facts', id }, rows.filter(([, , value]) => value !== null
    && value !== undefined && value !== '').flatMap(([key, label, value]) => [
    element('dt', {}, label), element('dd', { 'data-field': key }, value)]));
}

/** The page's notice that the platform refused its one thing (403 or 404): texts <name>.forbidden, <name>.notFound. */
export function pageRefusal(main, problem, name) {
  main.replaceChildren(element('section', { class: 'notice', id: `${name}-refused`, role: 'alert' },
    element('h1', {}, t(problem.status === 403 ? `${name}.forbidden` : `${name}.notFound`)),
    element('p', { class: 'problem-detail' }, t('indicator.problem', { status: problem.status,
      detail: problem.detail || problem.title || problem.message }))));
}

/**
 * Fills a panel's box with what content() answers (nothing: content() filled it itself), or with the platform's
 * problem when it refuses, so the rest of the page still works.
 */
export async function fillPanel(box, content) {
  try {
    const shown = await content();
    if (shown !== undefined) {
      box.replaceChildren(...[shown].flat());
    }
  } catch (problem) {
    if (!(problem instanceof ApiProblem)) {
      throw problem;
    }
    box.replaceChildren(panelProblem(problem));
  }
}
