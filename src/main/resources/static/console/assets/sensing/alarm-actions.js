// The actions on an alarm in the alarms table, on the platform's endpoints: acknowledge (POST …/acknowledge) and
// clear by hand with a comment (POST …/clear). A refusal — another user acted first (409), a missing comment —
// shows the platform's problem detail next to the action and changes nothing; success reloads the list.
import { t } from '../i18n.js';
import { post, problemOf, element } from '../api.js';
import { field, clearErrors, showFieldErrors } from '../form-fields.js';

/** The roles that may act on alarms (the alarm API's ACT roles); leaders only read. */
const ACTORS = ['DISPATCHER', 'OPERATOR', 'SHIFT_LEAD', 'ADMIN'];

/** Whether the user may acknowledge and clear alarms. */
export function mayAct(me) {
  return me.roles.some((role) => ACTORS.includes(role.name));
}

function refusalLine(id) {
  return element('p', { class: 'action-refusal', id: `alarm-${id}-refusal`, role: 'alert', hidden: true });
}

function refuse(line, problem) {
  line.replaceChildren(element('strong', {}, t('alarms.refused')), ' ',
    element('span', { class: 'platform-says' }, problem.detail || problem.title || `HTTP ${problem.status}`));
  line.hidden = false;
}

async function act(url, body) {
  const response = await post(url, body);
  if (!response.ok) {
    throw await problemOf(response);
  }
  return response.json();
}

function clearForm(alarm, line, done, onClose) {
  const id = `alarm-${alarm.id}-comment`;
  const comment = element('input', { id, name: 'comment', autocomplete: 'off', maxlength: 2000 });
  const cancel = element('button', { type: 'button', class: 'ghost' }, t('alarms.cancel'));
  const form = element('form', { class: 'clear-form', 'data-alarm': alarm.id, novalidate: true },
    field(id, t('alarms.clear.comment'), comment),
    element('div', { class: 'action-row' }, element('button', { type: 'submit', class: 'primary' },
      t('alarms.clear.confirm')), cancel));
  cancel.addEventListener('click', () => { form.remove(); onClose(); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    line.hidden = true;
    try {
      await act(`/api/sensing/alarms/${alarm.id}/clear`, { comment: comment.value });
      form.remove();
      done();
    } catch (problem) {
      const left = showFieldErrors(problem, (name) => (name === 'comment' ? id : null), 'alarms.field');
      if (left.length || !problem.errors.length) {
        refuse(line, problem);
      }
    }
  });
  return { form, comment };
}

/**
 * The action cell of an alarm's row for a user who may act: acknowledge while unacknowledged, clear while active.
 * done() reloads the list after a success; busy(true/false) tells the page a form is open (live reloads wait).
 */
export function alarmActions(alarm, done, busy) {
  const cell = element('div', { class: 'alarm-actions' });
  if (alarm.state === 'CLEARED') {
    return cell;
  }
  const line = refusalLine(alarm.id);
  if (alarm.state === 'ACTIVE_UNACKNOWLEDGED') {
    const acknowledge = element('button', { type: 'button', class: 'ghost', 'data-action': 'acknowledge' },
      t('alarms.acknowledge'));
    acknowledge.addEventListener('click', async () => {
      line.hidden = true;
      try {
        await act(`/api/sensing/alarms/${alarm.id}/acknowledge`);
        done();
      } catch (problem) {
        refuse(line, problem);
      }
    });
    cell.append(acknowledge);
  }
  const clear = element('button', { type: 'button', class: 'ghost danger', 'data-action': 'clear' },
    t('alarms.clear'));
  clear.addEventListener('click', () => {
    if (cell.querySelector('.clear-form')) {
      return;
    }
    busy(true);
    const { form, comment } = clearForm(alarm, line, () => { busy(false); done(); }, () => busy(false));
    cell.append(form);
    comment.focus();
  });
  cell.append(clear, line);
  return cell;
}
