// 派遣台 — the dispatcher's desk: the queue of the dispatcher's open tasks (cases to dispatch or re-dispatch after a
// return, extension and suspension requests to decide, suspended cases to resume) with traffic lights, from
// GET /api/cases/queues/mine; the selected case with the department the dispatch rules suggest and why, and the
// action its task takes, on the platform's own endpoints. The live stream reloads the queue when a case changes, so
// new cases appear without reloading the page. The platform's problem details are shown next to the action.
import { t } from '../i18n.js';
import { getJson, post, element, ApiProblem } from '../api.js';
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

function time(instant, zone) {
  if (!instant) {
    return '—';
  }
  return new Intl.DateTimeFormat('zh-CN', { timeZone: zone, month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', hour12: false }).format(new Date(instant));
}

function light(value) {
  const name = value ? value.toLowerCase() : 'none';
  return element('span', { class: `swatch light-${name}`, role: 'img', 'aria-label': t(`map.light.${value || 'NONE'}`),
    title: t(`map.light.${value || 'NONE'}`) });
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  return new ApiProblem(response.status, type.includes('json') ? await response.json() : {});
}

/** A sentence for an action the platform refused: what it means for the dispatcher, and the platform's words. */
function refusal(problem) {
  const reason = problem.detail || problem.title || `HTTP ${problem.status}`;
  const fields = problem.errors.map((error) => `${error.field}: ${error.message}`).join('；');
  const known = [400, 403, 404, 409].includes(problem.status) ? `dispatch.refused.${problem.status}` : 'dispatch.refused';
  return t(known, { reason: fields || reason });
}

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

  function actionMessage(box, text, kind) {
    box.textContent = text;
    box.className = `message ${kind}`;
    box.hidden = false;
  }

  async function act(button, box, url, body) {
    button.disabled = true;
    box.hidden = true;
    try {
      const response = await post(url, body);
      if (!response.ok) {
        actionMessage(box, refusal(await problemOf(response)), 'error');
        return false;
      }
      return true;
    } finally {
      button.disabled = false;
    }
  }

  function suggestion(view) {
    const suggested = view.responsibleDepartment;
    return element('div', { class: 'suggestion' },
      element('h3', {}, t('dispatch.suggested')),
      element('p', { class: 'suggested-department', id: 'dispatch-suggested' },
        suggested ? `${suggested.name}（${suggested.code}）` : t('dispatch.noSuggestion')),
      view.dispatch ? element('p', { class: 'explanation', id: 'dispatch-explanation' },
        element('span', { class: 'rule-tag' }, view.dispatch.label),
        view.dispatch.explanation.replace(`${view.dispatch.label}：`, '')) : null);
  }

  async function departmentsFor(view) {
    const place = view.location?.grid || view.location?.community || view.location?.street || view.location?.district;
    const found = place ? await getJson(`/api/departments?region=${encodeURIComponent(place.code)}`) : [];
    const enabled = found.filter((department) => department.enabled);
    const suggested = view.responsibleDepartment;
    if (suggested && !enabled.some((department) => department.code === suggested.code)) {
      enabled.unshift({ code: suggested.code, name: suggested.name, functionLabel: '' });
    }
    return enabled;
  }

  async function dispatchForm(item, view) {
    const departments = await departmentsFor(view);
    const suggested = view.responsibleDepartment?.code;
    const redispatch = (view.counts?.dispatches ?? 0) > 0;
    const select = element('select', { id: 'dispatch-department', required: true },
      departments.map((department) => element('option', { value: department.code,
        selected: department.code === suggested }, department.functionLabel
        ? `${department.name} · ${department.functionLabel}` : department.name)));
    const comment = element('textarea', { id: 'dispatch-comment', rows: 2, maxlength: 500 });
    const box = element('p', { class: 'message', id: 'dispatch-message', role: 'alert', hidden: true });
    const button = element('button', { type: 'submit', class: 'primary', id: 'dispatch-submit' },
      t(redispatch ? 'dispatch.redispatch' : 'dispatch.dispatch'));
    const form = element('form', { class: 'action-form', novalidate: true },
      element('div', { class: 'field' }, element('label', { for: 'dispatch-department' }, t('dispatch.department')),
        select),
      element('div', { class: 'field' }, element('label', { for: 'dispatch-comment' }, t('dispatch.comment')),
        comment),
      element('div', { class: 'action-row' }, button, box));
    if (!departments.length) {
      actionMessage(box, t('dispatch.noDepartments'), 'error');
      button.disabled = true;
    }
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const done = await act(button, box, `/api/cases/${item.caseSummary.id}/dispatch`,
        { department: select.value, comment: comment.value.trim() || null });
      if (done) {
        finished(t('dispatch.dispatched', { number: item.caseSummary.number,
          department: select.selectedOptions[0]?.textContent ?? select.value }));
      }
    });
    return form;
  }

  function decisionForm(item, view) {
    const kind = item.task.key === 'approveExtension' ? 'EXTENSION' : 'SUSPENSION';
    const request = (view.requests || []).find((candidate) => candidate.kind === kind && candidate.approved == null);
    const box = element('p', { class: 'message', id: 'dispatch-message', role: 'alert', hidden: true });
    if (!request) {
      actionMessage(box, t('dispatch.noRequest'), 'error');
      return box;
    }
    const path = kind === 'EXTENSION' ? 'extension-requests' : 'suspension-requests';
    const comment = element('textarea', { id: 'dispatch-comment', rows: 2, maxlength: 500 });
    const approve = element('button', { type: 'button', class: 'primary', id: 'dispatch-approve' },
      t('dispatch.approve'));
    const reject = element('button', { type: 'button', class: 'ghost danger', id: 'dispatch-reject' },
      t('dispatch.reject'));
    const decide = async (button, approved) => {
      const done = await act(button, box, `/api/cases/${item.caseSummary.id}/${path}/${request.id}/approval`,
        { approved, comment: comment.value.trim() || null });
      if (done) {
        finished(t(approved ? 'dispatch.approved' : 'dispatch.rejected', { number: item.caseSummary.number }));
      }
    };
    approve.addEventListener('click', () => decide(approve, true));
    reject.addEventListener('click', () => decide(reject, false));
    return element('div', { class: 'action-form' },
      element('dl', { class: 'facts' },
        element('dt', {}, t(`dispatch.request.${kind}`)),
        element('dd', {}, kind === 'EXTENSION' ? t('dispatch.amount', { amount: request.amount }) : '—'),
        element('dt', {}, t('dispatch.reason')), element('dd', {}, request.reason ?? ''),
        element('dt', {}, t('dispatch.requestedBy')),
        element('dd', {}, `${request.requestedBy ?? ''} · ${time(request.requestedAt, me.zone)}`)),
      element('div', { class: 'field' }, element('label', { for: 'dispatch-comment' }, t('dispatch.comment')),
        comment),
      element('div', { class: 'action-row' }, approve, reject, box));
  }

  function resumeForm(item) {
    const box = element('p', { class: 'message', id: 'dispatch-message', role: 'alert', hidden: true });
    const button = element('button', { type: 'button', class: 'primary', id: 'dispatch-resume' },
      t('dispatch.resume'));
    button.addEventListener('click', async () => {
      if (await act(button, box, `/api/cases/${item.caseSummary.id}/resume`, {})) {
        finished(t('dispatch.resumed', { number: item.caseSummary.number }));
      }
    });
    return element('div', { class: 'action-form' }, element('div', { class: 'action-row' }, button, box));
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
    const action = item.task.key === 'dispatch' ? await dispatchForm(item, view)
      : item.task.key === 'resume' ? resumeForm(item) : decisionForm(item, view);
    const deadline = view.stageDeadline || view.deadline;
    detail.replaceChildren(
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
        view.leadDepartment ? element('dt', {}, t('dispatch.lastDepartment')) : null,
        view.leadDepartment ? element('dd', {}, view.leadDepartment.name) : null),
      item.task.key === 'dispatch' ? suggestion(view) : null,
      action);
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
