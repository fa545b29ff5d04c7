// The actions the signed-in user may take on a case now, as buttons that open a small form each. What is allowed
// comes from the platform: the case's open tasks the caller may complete (`openTasks[].mine`, by BPMN task key),
// plus 督办 for shift leads and leaders on an open case with a handling department. Every form calls the action's
// endpoint (POST /api/cases/{id}/...); a refusal shows the platform's problem detail next to the form and changes
// nothing, a success hands the case as it is now to onDone. Used by the case page and the workbenches.
import { t, has } from '../i18n.js';
import { postJson, element } from '../api.js';
import { showFieldErrors, onSubmit } from '../form-fields.js';
import { text, choice, decision, department, photos, requestFacts } from './action-fields.js';

const pendingRequest = (kind) => (view) => view.requests.find((request) => request.kind === kind
  && request.approved == null && !request.decidedAt);

/** Every action: the open task it completes (or its own condition), its endpoint below the case and its inputs. */
const ACTIONS = [
  { id: 'accept', task: 'accept', path: 'accept', fields: () => [text('comment')] },
  { id: 'file', task: 'file', path: 'file', fields: () => [choice('dispatchManually', ['false', 'true'],
    { convert: (value) => value === 'true' }), text('comment')] },
  { id: 'merge', task: 'accept', path: 'merge', when: (view) => view.duplicates.length > 0,
    fields: () => [choice('master', (view) => view.duplicates.map((duplicate) => ({ value: duplicate.id,
      label: t('case.duplicate', { number: duplicate.number, distance: duplicate.distanceM }) })),
    { convert: Number }), text('comment')] },
  { id: 'void', task: 'accept', path: 'void', fields: () => [text('reason', { required: true })] },
  { id: 'transfer110', task: 'accept', path: 'transfer-110', fields: () => [text('reason', { required: true })] },
  { id: 'approveVoid', task: 'approveVoid', path: 'void/approval', fields: () => [decision(), text('comment')] },
  { id: 'dispatch', task: 'dispatch', path: 'dispatch',
    fields: () => [department('department'), department('assisting', { multiple: true }), text('comment')] },
  { id: 'handled', task: 'handle', path: 'handled',
    fields: () => [text('result', { required: true }), photos('attachmentIds', 'AFTER')] },
  { id: 'return', task: 'handle', path: 'return', fields: () => [text('reason', { required: true })] },
  { id: 'extension', task: 'handle', path: 'extension-requests',
    fields: () => [choice('extension', ['4h', '1d', '2d', '5d']), text('reason', { required: true })] },
  { id: 'suspension', task: 'handle', path: 'suspension-requests',
    fields: () => [text('reason', { required: true })] },
  { id: 'approveExtension', task: 'approveExtension', when: pendingRequest('EXTENSION'),
    path: (view) => `extension-requests/${pendingRequest('EXTENSION')(view).id}/approval`,
    fields: () => [requestFacts('EXTENSION'), decision(), text('comment')] },
  { id: 'approveSuspension', task: 'approveSuspension', when: pendingRequest('SUSPENSION'),
    path: (view) => `suspension-requests/${pendingRequest('SUSPENSION')(view).id}/approval`,
    fields: () => [requestFacts('SUSPENSION'), decision(), text('comment')] },
  { id: 'resume', task: 'resume', path: 'resume', fields: () => [text('comment')] },
  { id: 'assist', task: 'assist', path: 'assist', fields: () => [text('result', { required: true })] },
  { id: 'verify', task: 'verify', path: 'verify',
    fields: () => [decision('passed'), text('comment'), photos('attachmentIds', 'AFTER', { required: true })] },
  { id: 'close', task: 'close', path: 'close', fields: () => [text('comment')] },
  { id: 'callback', task: 'callback', path: 'callback', fields: () => [
    choice('satisfaction', ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']),
    choice('channel', ['PHONE', 'SMS', 'APP', 'VISIT', 'OTHER']), text('comment')] },
  { id: 'noEvaluation', task: 'callback', path: 'callback/no-evaluation',
    fields: () => [choice('reason', ['NO_CONTACT', 'DECLINED', 'OTHER']), text('comment')] },
  { id: 'review', task: 'review', path: 'review', fields: () => [decision(), text('comment')] },
  { id: 'supervise', path: 'supervise', fields: () => [text('notice', { required: true })],
    when: (view, me) => me.roles.some((role) => ['SHIFT_LEAD', 'LEADER'].includes(role.name))
      && !view.milestones?.closed && !['CLOSED', 'VOIDED', 'MERGED', 'TRANSFERRED'].includes(view.stage?.code)
      && view.leadDepartment },
];

/**
 * The actions the user may take on the case now, in the order above; `only` narrows them to the open tasks with
 * these keys (a workbench's), plus the actions of no task when `untasked`.
 */
export function allowedActions(view, me, { only = null, untasked = true } = {}) {
  const mine = new Set(view.openTasks.filter((task) => task.mine).map((task) => task.key));
  return ACTIONS.filter((action) => (action.task ? mine.has(action.task) && (!only || only.includes(action.task))
    : untasked) && (!action.when || action.when(view, me)));
}

/** The sentence for a refusal: what the status means (nothing was changed), then the platform's own words. */
export function refusalText(problem) {
  const detail = problem.detail || problem.title || problem.message;
  const key = has(`case.action.refused.${problem.status}`) ? `case.action.refused.${problem.status}`
    : 'case.action.refused';
  return t(key, { detail });
}

/** Shows the problem's field errors under their controls (with the console's words for them), the rest above. */
function showProblem(form, message, problem) {
  const controlFor = (field) => {
    const control = form.querySelector(`[name="${field}"]`)
      ?? (['file', 'role'].includes(field) ? form.querySelector('input[type="file"]') : null);
    return control?.id;
  };
  const left = showFieldErrors(problem, controlFor, 'case.problem');
  const placed = left.length < problem.errors.length;
  message.textContent = placed && !left.length ? t('case.action.refusedFields')
    : [refusalText(problem), ...left.map((error) => `${error.field}: ${error.message}`)].join('；');
  message.hidden = false;
}

function actionForm(action, view, me, { onDone, onCancel }) {
  const fields = action.fields();
  const message = element('p', { class: 'message error', role: 'alert', hidden: true });
  const submit = element('button', { type: 'submit', class: 'primary' }, t(`case.action.${action.id}`));
  const cancel = element('button', { type: 'button', class: 'ghost' }, t('case.action.cancel'));
  const form = element('form', { class: 'action-form', id: `action-form-${action.id}`, novalidate: true },
    element('h3', {}, t(`case.action.${action.id}`)),
    element('p', { class: 'field-hint' }, t(`case.action.${action.id}.hint`)),
    fields.map((field) => field.make(`action-${action.id}-${field.name ?? 'facts'}`, view, me)),
    message, element('div', { class: 'form-buttons' }, submit, cancel));
  cancel.addEventListener('click', onCancel);
  onSubmit(form, submit, message, async () => {
    const body = {};
    for (const field of fields.filter((input) => input.name)) {
      body[field.name] = await field.value();
    }
    const path = typeof action.path === 'function' ? action.path(view) : action.path;
    const answer = await postJson(`/api/cases/${view.id}/${path}`, body);
    await onDone(answer.caseView ?? answer, action);
  }, (problem) => showProblem(form, message, problem));
  return form;
}

/**
 * Draws the buttons of the allowed actions into the container, and the form of the one chosen below them;
 * onDone(caseView, action) runs after an action succeeded. `choice` narrows the actions (see allowedActions) and
 * with `open` the first action's form is shown at once. Answers the allowed actions.
 */
export function renderActions(container, view, me, onDone, { open = false, ...choice } = {}) {
  const allowed = allowedActions(view, me, choice);
  const slot = element('div', { class: 'action-slot' });
  const group = element('div', { class: 'action-buttons', role: 'group', 'aria-label': t('case.actions'),
    hidden: open && allowed.length === 1 });
  const buttons = allowed.map((action) => {
    const button = element('button', { type: 'button', class: 'ghost action-button', 'data-action': action.id,
      'aria-expanded': 'false' }, t(`case.action.${action.id}`));
    button.addEventListener('click', () => {
      buttons.forEach((other) => other.setAttribute('aria-expanded', String(other === button)));
      const form = actionForm(action, view, me, { onDone, onCancel: () => {
        slot.replaceChildren();
        group.hidden = false;
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      } });
      slot.replaceChildren(form);
      form.querySelector('select, textarea, input')?.focus();
    });
    return button;
  });
  group.append(...buttons);
  container.replaceChildren(buttons.length ? group : element('p', { class: 'empty' }, t('case.action.none')), slot);
  if (open && buttons.length) {
    buttons[0].click();
  }
  return allowed;
}
