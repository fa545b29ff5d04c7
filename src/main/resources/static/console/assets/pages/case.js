// 案件详情 — one case (/console/case?number=…) for whoever may read it: its map, fields, traffic lights, photos,
// duplicates, supervisions and timeline in the city's time zone, and the actions the user may take now. A case
// outside the user's data scope is refused by the API (404 like an unknown one); the page then shows the
// platform's message and no case data. Without a number, a form asks for one.
import { t } from '../i18n.js';
import { pageOfOne } from '../page-of-one.js';
import { getJson, element } from '../api.js';
import { caseLink, formatTime, named } from '../case/format.js';
import { renderActions } from '../case/actions.js';
import { caseMap } from '../case/case-map.js';
import { gallery } from '../case/photos.js';

function lookup(main) {
  const input = element('input', { id: 'case-number', name: 'number', required: true, autocomplete: 'off' });
  const form = element('form', { class: 'filters' },
    element('div', { class: 'field' }, element('label', { for: 'case-number' }, t('case.number')), input),
    element('button', { type: 'submit', class: 'primary' }, t('case.open')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim()) {
      location.assign(caseLink(input.value.trim()));
    }
  });
  main.append(element('section', { class: 'page' }, element('h1', {}, t('page.case')),
    element('p', {}, t('case.lookup')), form));
}

function refusal(main, problem) {
  main.replaceChildren(element('section', { class: 'notice case-refused', id: 'case-refused', role: 'alert' },
    element('h1', {}, t(problem.status === 403 ? 'case.forbidden' : 'case.notFound')),
    element('p', {}, t(problem.status === 403 ? 'case.forbidden.explain' : 'case.notFound.explain')),
    element('p', { class: 'problem-detail' }, t('case.problem', { status: problem.status,
      detail: problem.detail || problem.title || problem.message }))));
}

function section(title, ...content) {
  return element('section', { class: 'case-panel' }, element('h2', {}, title), ...content);
}

function definitions(pairs) {
  return element('dl', { class: 'case-fields' }, pairs.filter(([, value]) => value !== undefined)
    .flatMap(([key, value]) => [element('dt', {}, t(`case.${key}`)),
      element('dd', { 'data-field': key }, value ?? '—')]));
}

function lightBadge(light) {
  const name = light || 'NONE';
  return element('span', { class: `light-badge light-${name.toLowerCase()}` }, t(`map.light.${name}`));
}

function lights(view, zone) {
  const rows = [view.stageDeadline, view.deadline].filter((reading) => reading && reading.dueAt);
  if (!rows.length) {
    return element('p', { class: 'empty' }, t('case.light.none'));
  }
  return element('div', { class: 'table-scroll' }, element('table', { class: 'data-table case-lights' },
    element('thead', {}, element('tr', {}, ['stage', 'startedAt', 'warnAt', 'dueAt', 'used', 'light']
      .map((column) => element('th', { scope: 'col' }, t(`case.light.${column}`))))),
    element('tbody', {}, rows.map((reading) => element('tr', {},
      element('th', { scope: 'row' }, t(reading.stage ? `case.limit.${reading.stage}` : 'case.light.overall')),
      element('td', {}, formatTime(reading.startedAt, zone)), element('td', {}, formatTime(reading.warnAt, zone)),
      element('td', {}, formatTime(reading.dueAt, zone)),
      element('td', {}, reading.usedPercent == null ? '—' : `${reading.usedPercent}%`),
      element('td', {}, lightBadge(reading.light)))))));
}

function timeline(steps, zone) {
  return element('ol', { class: 'timeline', id: 'case-timeline' }, steps.map((step) => element('li', {},
    element('time', { datetime: step.at }, formatTime(step.at, zone)),
    element('strong', {}, named(step.action)),
    element('span', { class: 'timeline-actor' }, [step.actorName || step.actor, step.role ? named(step.role) : null]
      .filter(Boolean).join(' · ')),
    step.to ? element('span', { class: 'timeline-stage' }, `→ ${named(step.to, 'stage')}`) : null,
    step.comment ? element('p', {}, step.comment) : null)));
}

function duplicates(view) {
  const links = [...view.duplicates.map((duplicate) => element('li', {},
    element('a', { href: caseLink(duplicate.number) }, duplicate.number),
    ` · ${t('case.distance', { distance: duplicate.distanceM })}`))];
  if (view.mergedInto) {
    links.unshift(element('li', {}, `${t('case.mergedInto')} `,
      element('a', { href: caseLink(view.mergedInto.name ?? view.mergedInto.code) },
        view.mergedInto.name ?? view.mergedInto.code)));
  }
  return links.length ? element('ul', { class: 'plain-list' }, links) : element('p', { class: 'empty' },
    t('case.duplicates.none'));
}

function supervisions(view, zone) {
  return view.supervisions.length ? element('ul', { class: 'plain-list' }, view.supervisions.map((notice) => element(
    'li', {}, element('strong', {}, t(`case.supervision.${notice.kind}`)),
    ` ${formatTime(notice.at, zone)} · ${named(notice.department)}${notice.level ? ` · ${notice.level}` : ''}`,
    element('p', {}, notice.notice)))) : element('p', { class: 'empty' }, t('case.supervisions.none'));
}

function fields(view, zone) {
  const place = view.location || {};
  const region = [place.district, place.street, place.community, place.grid].filter(Boolean)
    .map((named) => named.name).join(' / ');
  const reporter = view.reporter ? [view.reporter.name, view.reporter.phone].filter(Boolean).join(' ') : null;
  return definitions([
    ['category', named(view.category)], ['stage', named(view.stage, 'stage')], ['channel', named(view.channel)],
    ['urgency', view.urgency ? t(`case.urgency.${view.urgency}`) : null], ['address', place.address],
    ['region', region || null], ['description', view.description], ['reporter', reporter],
    ['department', view.leadDepartment ? named(view.leadDepartment) : null],
    ['responsible', view.responsibleDepartment ? named(view.responsibleDepartment) : null],
    ['dispatch', view.dispatch?.explanation], ['reportedAt', formatTime(view.milestones?.reported, zone)],
    ['stageDue', formatTime(view.stageDeadline?.dueAt, zone)], ['due', formatTime(view.deadline?.dueAt, zone)],
    ['note', view.note]]);
}

async function show(main, number, me) {
  const view = await getJson(`/api/cases/by-number/${encodeURIComponent(number)}`);
  const steps = await getJson(`/api/cases/${view.id}/timeline`);
  const zone = me.zone;
  const mapBox = element('div', { class: 'case-map', id: 'case-map', role: 'img', 'aria-label': t('case.map') });
  const actions = element('div', { class: 'case-actions', id: 'case-actions' });
  const describePhoto = (attachment) => `${t(`case.photo.${attachment.role}`)} · ${formatTime(attachment.addedAt,
    zone)}`;
  main.replaceChildren(element('article', { class: 'page case-page', 'data-case': view.number,
    'data-id': view.id },
    element('header', { class: 'case-header' },
      element('h1', {}, t('case.title', { number: view.number })),
      element('span', { class: 'stage-badge', id: 'case-stage', tabindex: '-1' }, named(view.stage, 'stage')),
      lightBadge(view.deadline?.light)),
    element('div', { class: 'case-grid' },
      element('div', { class: 'case-main' },
        section(t('case.actions'), actions), section(t('case.details'), fields(view, zone)),
        section(t('case.lights'), lights(view, zone)),
        section(t('case.timeline'), timeline(steps, zone))),
      element('div', { class: 'case-side' }, section(t('case.map'), mapBox),
        section(t('case.photos'), gallery(view.attachments, describePhoto)),
        section(t('case.duplicates'), duplicates(view)),
        section(t('case.supervisions'), supervisions(view, zone))))));
  renderActions(actions, view, me, async () => {
    await show(main, number, me);
    main.querySelector('#case-stage')?.focus();
    main.dataset.reloaded = String(Number(main.dataset.reloaded || 0) + 1);
  });
  await caseMap(mapBox, view, me);
}

export function render(main, { me }) {
  return pageOfOne(main, 'number', { show: (box, number) => show(box, number, me), missing: lookup,
    refused: refusal });
}
