// 派遣台 — the dispatcher's desk: the queue of the dispatcher's open tasks (cases to dispatch or re-dispatch after a
// return, extension and suspension requests to decide, suspended cases to resume) with traffic lights, from
// GET /api/cases/queues/mine; the selected case with the department the dispatch rules suggest and why, and the
// action its task takes, on the platform's own endpoints. The live stream reloads the queue when a case changes, so
// new cases appear without reloading the page. The platform's problem details are shown next to the action.
import { t } from '../i18n.js';
import { getJson, element, ApiProblem } from '../api.js';
import { actionFor, suggestion, refusal, time, light } from './dispatch-actions.js';
import { onCase, onState } from '../live.js';

const QUEUE_SIZE = 100;

/** Below this width the case is shown under the queue, and choosing one scrolls to it. */
const NARROW = matchMedia('(max-width: 900px)');

/** The tasks of a dispatcher, and what their action is called. */
const TASKS = ['dispatch', 'approveExtension', 'approveSuspension', 'resume'];

/** Case changes that may add a task to the dispatcher's queue or take one away. */
const RELEVANT = new Set(['FILED', 'DISPATCHED', 'RETURNED', 'EXTENSION_REQUESTED', 'EXTENDED',
  'SUSPENSION_REQUESTED', 'SUSPENDED', 'RESUMED', 'HANDLED', 'VOIDED', 'MERGED', 'TRANSFERRED', 'CLOSED',
  'WARNED', 'OVERDUE', 'REOPENED', 'REWORKED']);

export async function render(main, { me }) {
  const status = element('p', { class: 'page-status', role: 'status', id: 'dispatch-status' });
  const liveBadge = element('span', { class: 'live-badge', id: 'dispatch-live', 'data-state': 'connecting' },
    t('live.connecting'));
  const counts = element('ul', { class: 'light-counts', 'aria-label': t('dispatch.lights') });
  const list = element('ul', { class: 'queue-list', id: 'dispatch-queue', 'aria-label': t('dispatch.queue') });
  const empty = element('p', { class: 'queue-empty', hidden: true }, t('dispatch.empty'));
  const detail = element('section', { class: 'dispatch-detail', id: 'dispatch-detail', 'aria-live': 'polite' },
    element('p', { class: 'placeholder' }, t('dispatch.choose')));
  main.append(element('section', { class: 'page dispatch' },
    element('div', { class: 'page-head' }, element('h1', {}, t('page.dispatch')), liveBadge, counts),
    status,
    element('div', { class: 'dispatch-desk' },
      element('div', { class: 'dispatch-queue' }, list, empty),
      detail)));

  let items = [];
  let known = null;
  let selected = null;

  function drawCounts(queue) {
    counts.replaceChildren(...['RED', 'YELLOW', 'GREEN'].map((value) => element('li', {}, light(value),
      t(`dispatch.count.${value}`, { count: queue.counts[value] ?? 0 }))));
  }

  function drawQueue(arrived) {
    list.replaceChildren(...items.map((item) => {
      const summary = item.caseSummary;
      const task = TASKS.includes(item.task.key) ? t(`dispatch.task.${item.task.key}`) : item.task.name;
      const place = [summary.district?.name, summary.street?.name].filter(Boolean).join(' · ');
      const isNew = arrived.has(summary.id);
      return element('li', {},
        element('button', { type: 'button', class: `queue-item${isNew ? ' arrived' : ''}`,
          id: `queue-case-${summary.id}`, dataCaseId: String(summary.id), dataTask: item.task.key,
          'aria-pressed': selected && selected.caseSummary.id === summary.id ? 'true' : 'false' },
        light(summary.stageLight || summary.light),
        element('span', { class: 'queue-main' },
          element('strong', { class: 'queue-number' }, summary.number),
          element('span', { class: 'queue-category' }, summary.category?.name ?? ''),
          element('span', { class: 'queue-place' }, place)),
        element('span', { class: 'queue-side' },
          element('span', { class: `task-tag task-${item.task.key}` }, task),
          isNew ? element('span', { class: 'new-tag' }, t('dispatch.new')) : null,
          element('time', { datetime: item.task.since }, time(item.task.since, me.zone)))));
    }));
    empty.hidden = items.length > 0;
  }

  async function loadQueue() {
    const queue = await getJson(`/api/cases/queues/mine?size=${QUEUE_SIZE}`);
    const ids = new Set(queue.items.map((item) => item.caseSummary.id));
    const arrived = known === null ? new Set() : new Set([...ids].filter((id) => !known.has(id)));
    known = ids;
    items = queue.items;
    drawCounts(queue);
    drawQueue(arrived);
    status.textContent = t('dispatch.summary', { total: queue.total });
    main.dataset.queue = [...ids].join(',');
    if (selected && !ids.has(selected.caseSummary.id)) {
      detail.querySelector('.gone')?.removeAttribute('hidden');
    }
  }

  let reloading = null;
  function reloadSoon() {
    if (!reloading) {
      reloading = setTimeout(async () => {
        reloading = null;
        await loadQueue();
      }, 100);
    }
  }

  function finished(message) {
    selected = null;
    detail.replaceChildren(element('p', { class: 'message info', id: 'dispatch-done', role: 'status' }, message));
    reloadSoon();
  }

  async function select(item) {
    selected = item;
    list.querySelectorAll('.queue-item').forEach((button) => {
      button.setAttribute('aria-pressed', button.dataset.caseId === String(item.caseSummary.id) ? 'true' : 'false');
    });
    detail.replaceChildren(element('p', { class: 'placeholder' }, t('dispatch.loading')));
    let view;
    try {
      view = await getJson(`/api/cases/${item.caseSummary.id}`);
    } catch (problem) {
      if (!(problem instanceof ApiProblem)) {
        throw problem;
      }
      detail.replaceChildren(element('p', { class: 'message error' }, refusal(problem)));
      return;
    }
    if (selected !== item) {
      return;
    }
    const action = await actionFor(item, view, { zone: me.zone, finished });
    const deadline = view.stageDeadline || view.deadline;
    const dispatching = item.task.key === 'dispatch';
    const parts = [
      element('h2', {}, element('span', {}, view.number), light(deadline?.light),
        element('span', { class: 'task-tag' }, TASKS.includes(item.task.key) ? t(`dispatch.task.${item.task.key}`)
          : item.task.name)),
      element('p', { class: 'message info gone', hidden: true }, t('dispatch.gone')),
      element('dl', { class: 'facts' },
        element('dt', {}, t('dispatch.category')), element('dd', {}, view.category?.name ?? ''),
        element('dt', {}, t('dispatch.urgency')), element('dd', {}, t(`dispatch.urgency.${view.urgency}`)),
        element('dt', {}, t('dispatch.place')), element('dd', {}, [view.location?.district?.name,
          view.location?.street?.name, view.location?.community?.name, view.location?.address]
          .filter(Boolean).join(' · ')),
        element('dt', {}, t('dispatch.description')), element('dd', {}, view.description ?? ''),
        element('dt', {}, t('dispatch.deadline')), element('dd', {}, deadline
          ? t('dispatch.due', { due: time(deadline.dueAt, me.zone), used: deadline.usedPercent ?? 0 }) : '—'),
        view.leadDepartment ? element('dt', {}, t(dispatching ? 'dispatch.lastDepartment' : 'dispatch.lead')) : null,
        view.leadDepartment ? element('dd', {}, view.leadDepartment.name) : null),
      dispatching ? suggestion(view) : null,
      action];
    detail.replaceChildren(...parts.filter(Boolean));
    detail.dataset.caseId = String(view.id);
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
  onCase((change) => {
    if (RELEVANT.has(change.change)) {
      reloadSoon();
    }
  });
  await loadQueue();
}
