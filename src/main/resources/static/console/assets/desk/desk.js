// A workbench (派遣台, 处置, 核查, 值班长): the queue of the user's open tasks of the workbench's kinds, with traffic
// lights, reloaded from the live stream when a case changes (new work appears without reloading the page); the
// chosen case's facts, photos, the workbench's own panel, and the form of the action its task takes (the actions of
// case/actions.js, so a refusal shows the platform's problem detail next to the form and changes nothing).
import { t } from '../i18n.js';
import { getJson, element, ApiProblem } from '../api.js';
import { onCase, onState } from '../live.js';
import { renderActions, refusalText } from '../case/actions.js';
import { caseLink, formatTime, named, OPEN_STAGES } from '../case/format.js';
import { gallery } from '../case/photos.js';
import { drawCounts, queueItem, light, taskName } from './queue.js';

const QUEUE_SIZE = 100;

/** Below this width the case is shown under the queue, and choosing one scrolls to it. */
const NARROW = matchMedia('(max-width: 900px)');

function facts(view, zone) {
  const deadline = view.stageDeadline || view.deadline;
  const place = view.location || {};
  const pairs = [['category', view.category?.name], ['urgency', view.urgency && t(`case.urgency.${view.urgency}`)],
    ['place', [place.district?.name, place.street?.name, place.community?.name, place.address]
      .filter(Boolean).join(' · ')], ['description', view.description],
    ['deadline', deadline && t('desk.due', { due: formatTime(deadline.dueAt, zone), used: deadline.usedPercent ?? 0 })],
    ['lead', view.leadDepartment && named(view.leadDepartment)]];
  return element('dl', { class: 'facts' }, pairs.filter(([, value]) => value)
    .flatMap(([key, value]) => [element('dt', {}, t(`desk.${key}`)), element('dd', {}, value)]));
}

/** The user's open tasks of these kinds, oldest first, as a list of the workbench. */
export function taskList(tasks) {
  return { id: 'tasks', load: async () => (await getJson(`/api/cases/queues/mine?size=${QUEUE_SIZE}`)).items
    .filter((item) => tasks.includes(item.task.key)), only: (item) => [item.task.key] };
}

/**
 * Open cases in the user's scope showing this traffic light, most overdue first, as a list of the workbench: no task
 * of the user's, only the actions of no task (督办).
 */
export function lightList(id, light) {
  const query = new URLSearchParams([['light', light], ['sort', 'DUE_AT'], ['ascending', 'true'],
    ['size', String(QUEUE_SIZE)], ...OPEN_STAGES.map((stage) => ['stage', stage])]);
  return { id, load: async () => (await getJson(`/api/cases?${query}`)).items.map((caseSummary) => ({
    task: { key: id, name: t(`desk.task.${id}`), since: caseSummary.dueAt ?? caseSummary.reportedAt }, caseSummary })),
  only: () => [] };
}

function tabBar(id, lists, onChoose) {
  const tabs = lists.map((list, index) => element('button', { type: 'button', role: 'tab', id: `${id}-tab-${list.id}`,
    'aria-selected': String(index === 0), class: 'desk-tab' }, t(`desk.list.${list.id}`)));
  tabs.forEach((tab, index) => tab.addEventListener('click', () => {
    tabs.forEach((other) => other.setAttribute('aria-selected', String(other === tab)));
    onChoose(lists[index]);
  }));
  return element('div', { class: 'desk-tabs', role: 'tablist', 'aria-label': t('desk.lists') }, tabs);
}

/**
 * Draws the workbench into main and keeps it current.
 *
 * @param desk { id: the page id (element ids start with it), lists: what it works through (taskList, lightList;
 *   tabs when more than one), panel(view, item): an optional element of the workbench's own shown above the
 *   action, untasked: whether actions of no task (督办) are offered too, intro: an optional element above all }
 */
export async function openDesk(main, me, desk) {
  const { id, lists } = desk;
  let shown = lists[0];
  const status = element('p', { class: 'page-status', role: 'status', id: `${id}-status` });
  const liveBadge = element('span', { class: 'live-badge', id: `${id}-live`, 'data-state': 'connecting' },
    t('live.connecting'));
  const counts = element('ul', { class: 'light-counts', 'aria-label': t('desk.lights') });
  const list = element('ul', { class: 'queue-list', id: `${id}-queue`, 'aria-label': t('desk.queue') });
  const empty = element('p', { class: 'queue-empty', hidden: true }, t('desk.empty'));
  const detail = element('section', { class: 'desk-detail', id: `${id}-detail`, 'aria-live': 'polite' },
    element('p', { class: 'placeholder' }, t('desk.choose')));
  const tabs = lists.length > 1 ? tabBar(id, lists, (chosen) => {
    shown = chosen;
    known = null;
    loadQueue();
  }) : null;
  main.append(element('section', { class: `page desk ${id}` },
    element('div', { class: 'page-head' }, element('h1', {}, t(`page.${id}`)), liveBadge, counts),
    desk.intro ?? null, status,
    element('div', { class: 'desk-body' }, element('div', { class: 'desk-queue' }, tabs, list, empty), detail)));

  let items = [];
  let known = null;
  let drawn = null;
  let selected = null;

  async function loadQueue() {
    const from = shown;
    const mine = await from.load();
    if (from !== shown) {
      return;
    }
    // an unchanged queue is not drawn again: a live event about another desk's case keeps focus and the items
    const drawing = JSON.stringify([from.id, ...mine.map((item) => [item.caseSummary.id, item.task.key,
      item.task.since, item.caseSummary.stageLight || item.caseSummary.light])]);
    if (drawing === drawn) {
      return;
    }
    drawn = drawing;
    const ids = new Set(mine.map((item) => item.caseSummary.id));
    const arrived = known === null ? new Set() : new Set([...ids].filter((caseId) => !known.has(caseId)));
    known = ids;
    items = mine.map((item) => ({ ...item, only: from.only(item) }));
    drawCounts(counts, items);
    list.replaceChildren(...items.map((item) => queueItem(item, { zone: me.zone,
      arrived: arrived.has(item.caseSummary.id), pressed: selected?.caseSummary.id === item.caseSummary.id })));
    empty.hidden = items.length > 0;
    status.textContent = t(`desk.summary.${shown.id === 'tasks' ? 'tasks' : 'cases'}`, { total: items.length });
    main.dataset.queue = [...ids].join(',');
    if (selected && !ids.has(selected.caseSummary.id)) {
      detail.querySelector('.gone')?.removeAttribute('hidden');
    }
  }

  let reloading = null;
  function reloadSoon() {
    reloading ??= setTimeout(async () => {
      reloading = null;
      await loadQueue();
    }, 100);
  }

  // The task is done: its item leaves the queue at once, not only when the queue reloads.
  function finished(view, action, item) {
    selected = null;
    drawn = null;
    items = items.filter((candidate) => candidate !== item);
    [...list.querySelectorAll('.queue-item')].find((button) => button.dataset.caseId === String(item.caseSummary.id)
      && button.dataset.task === item.task.key)?.closest('li').remove();
    empty.hidden = items.length > 0;
    delete detail.dataset.caseId;
    detail.replaceChildren(element('p', { class: 'message info', id: `${id}-done`, role: 'status', tabindex: -1 },
      t('desk.done', { number: view.number, action: t(`case.action.${action.id}`) })));
    detail.firstChild.focus();
    reloadSoon();
  }

  async function select(item) {
    selected = item;
    list.querySelectorAll('.queue-item').forEach((button) => button.setAttribute('aria-pressed',
      String(button.dataset.caseId === String(item.caseSummary.id) && button.dataset.task === item.task.key)));
    detail.replaceChildren(element('p', { class: 'placeholder' }, t('desk.loading')));
    let view;
    try {
      view = await getJson(`/api/cases/${item.caseSummary.id}`);
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) {
        throw problem;
      }
      detail.replaceChildren(element('p', { class: 'message error' }, refusalText(problem)));
      return;
    }
    if (selected !== item) {
      return;
    }
    const actions = element('div', { class: 'desk-actions', id: `${id}-actions` });
    const deadline = view.stageDeadline || view.deadline;
    const photos = view.attachments.filter((attachment) => attachment.role !== 'DOCUMENT');
    detail.replaceChildren(...[
      element('h2', {}, element('a', { href: caseLink(view.number) }, view.number), light(deadline?.light),
        element('span', { class: 'task-tag' }, taskName(item.task))),
      element('p', { class: 'message info gone', hidden: true }, t('desk.gone')),
      facts(view, me.zone),
      photos.length ? gallery(photos, (attachment) => `${t(`case.photo.${attachment.role}`)} · ${formatTime(
        attachment.addedAt, me.zone)}`) : null,
      desk.panel ? desk.panel(view, item) : null,
      actions].filter(Boolean));
    detail.dataset.caseId = String(view.id);
    renderActions(actions, view, me, (done, action) => finished(done, action, item),
      { only: item.only, untasked: desk.untasked ?? false, open: true });
    if (NARROW.matches) {
      detail.scrollIntoView({ block: 'start' });
    }
  }

  list.addEventListener('click', (event) => {
    const button = event.target.closest('.queue-item');
    const item = button && items.find((candidate) => String(candidate.caseSummary.id) === button.dataset.caseId
      && candidate.task.key === button.dataset.task);
    if (item) {
      select(item);
    }
  });
  onState((state) => {
    liveBadge.dataset.state = state === 'reconnecting' ? 'reconnecting' : 'open';
    liveBadge.textContent = t(state === 'reconnecting' ? 'live.reconnecting' : 'live.open');
    main.dataset.live = liveBadge.dataset.state;
    if (state === 'reopened') {
      reloadSoon();
    }
  });
  onCase(reloadSoon);
  await loadQueue();
}
