// The actions on an alarm in the alarms table: acknowledge (POST …/acknowledge) while unacknowledged; assign (指派)
// and clear by hand (手动解除) while active; comment (备注) always — each of the last three as a small form
// (alarm-forms.js), one open at a time. A refusal shows the platform's problem detail next to the action and changes
// nothing; success reloads the list.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { refusalLine, refuse, act, alarmForm } from './alarm-forms.js';

/** The roles that may act on alarms (the alarm API's ACT roles); leaders only read. */
const ACTORS = ['DISPATCHER', 'OPERATOR', 'SHIFT_LEAD', 'ADMIN'];

/** Whether the user may acknowledge, assign, comment on and clear alarms. */
export function mayAct(me) {
  return me.roles.some((role) => ACTORS.includes(role.name));
}

function button(action, label, onClick, danger) {
  const made = element('button', { type: 'button', class: danger ? 'ghost danger' : 'ghost', 'data-action': action },
    label);
  made.addEventListener('click', onClick);
  return made;
}

/** The forms the alarm's state allows: assign and clear while active, comment always. */
function formsFor(alarm) {
  return alarm.state === 'CLEARED' ? ['comment'] : ['assign', 'comment', 'clear'];
}

/**
 * The actions of an alarm's row for a user who may act, after the extra controls given (the detail button).
 * done() reloads the list after a success; busy(true/false) tells the page a form is open (live reloads wait).
 */
export function alarmActions(alarm, done, busy, ...extra) {
  const cell = element('div', { class: 'alarm-actions' });
  const line = refusalLine(alarm.id);
  const buttons = element('div', { class: 'alarm-buttons' }, extra);
  if (alarm.state === 'ACTIVE_UNACKNOWLEDGED') {
    buttons.append(button('acknowledge', t('alarms.acknowledge'), async () => {
      line.hidden = true;
      try {
        await act(`/api/sensing/alarms/${alarm.id}/acknowledge`);
        done();
      } catch (problem) {
        refuse(line, problem);
      }
    }));
  }
  const open = (kind) => {
    const shown = cell.querySelector('.alarm-form');
    if (shown?.dataset.kind === kind) {
      return;
    }
    if (shown) {
      shown.remove();
      busy(false);
    }
    line.hidden = true;
    busy(true);
    const { form, control } = alarmForm(alarm, kind, line, () => { busy(false); done(); }, () => busy(false));
    line.before(form);
    control.focus();
  };
  formsFor(alarm).forEach((kind) => buttons.append(button(kind, t(`alarms.${kind}`), () => open(kind),
    kind === 'clear')));
  cell.append(buttons, line);
  return cell;
}
