// 派遣台's actions on the chosen case, each on the platform's own endpoint: dispatch or re-dispatch to a lead
// department (the dispatch rules' suggestion chosen first), decide an extension or suspension request, resume a
// suspended case. A refusal of the platform is shown next to the action, in words, and changes nothing.
import { t } from '../i18n.js';
import { getJson, post, element, problemOf } from '../api.js';

/** A time as 月/日 时:分 in the city's time zone. */
export function time(instant, zone) {
  if (!instant) {
    return '—';
  }
  return new Intl.DateTimeFormat('zh-CN', { timeZone: zone, month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', hour12: false }).format(new Date(instant));
}

/** The traffic light's dot (GREEN, YELLOW, RED, or none), named for screen readers. */
export function light(value) {
  const name = value ? value.toLowerCase() : 'none';
  return element('span', { class: `swatch light-${name}`, role: 'img', 'aria-label': t(`map.light.${value || 'NONE'}`),
    title: t(`map.light.${value || 'NONE'}`) });
}

/** A sentence for an action the platform refused: what it means for the dispatcher, and the platform's words. */
export function refusal(problem) {
  const reason = problem.detail || problem.title || `HTTP ${problem.status}`;
  const fields = problem.errors.map((error) => `${error.field}: ${error.message}`).join('；');
  const known = [400, 403, 404, 409].includes(problem.status) ? `dispatch.refused.${problem.status}` : 'dispatch.refused';
  return t(known, { reason: fields || reason });
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

/** The department the dispatch rules suggest for the case, with the rule and its explanation. */
export function suggestion(view) {
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

async function dispatchForm(item, view, desk) {
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
      desk.finished(t('dispatch.dispatched', { number: item.caseSummary.number,
        department: select.selectedOptions[0]?.textContent ?? select.value }));
    }
  });
  return form;
}

function decisionForm(item, view, desk) {
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
      desk.finished(t(approved ? 'dispatch.approved' : 'dispatch.rejected', { number: item.caseSummary.number }));
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
      element('dd', {}, `${request.requestedBy ?? ''} · ${time(request.requestedAt, desk.zone)}`)),
    element('div', { class: 'field' }, element('label', { for: 'dispatch-comment' },
      t('dispatch.decisionComment')), comment),
    element('div', { class: 'action-row' }, approve, reject, box));
}

function resumeForm(item, desk) {
  const box = element('p', { class: 'message', id: 'dispatch-message', role: 'alert', hidden: true });
  const button = element('button', { type: 'button', class: 'primary', id: 'dispatch-resume' },
    t('dispatch.resume'));
  button.addEventListener('click', async () => {
    if (await act(button, box, `/api/cases/${item.caseSummary.id}/resume`, {})) {
      desk.finished(t('dispatch.resumed', { number: item.caseSummary.number }));
    }
  });
  return element('div', { class: 'action-form' }, element('div', { class: 'action-row' }, button, box));
}

/**
 * The form for the task of the chosen case; desk.finished(message) is called once the platform did it.
 *
 * @param item the queue item (task and case summary)
 * @param view the case in full (GET /api/cases/{id})
 * @param desk { zone, finished }
 */
export async function actionFor(item, view, desk) {
  if (item.task.key === 'dispatch') {
    return dispatchForm(item, view, desk);
  }
  return item.task.key === 'resume' ? resumeForm(item, desk) : decisionForm(item, view, desk);
}
