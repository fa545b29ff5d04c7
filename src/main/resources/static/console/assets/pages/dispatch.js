// 派遣台 — the dispatcher's desk: cases to dispatch or re-dispatch after a return, extension and suspension requests
// to decide, suspended cases to resume (the workbench of desk/desk.js), with the department the dispatch rules
// suggest for a case to dispatch and why.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { openDesk, taskList } from '../desk/desk.js';

function suggestion(view, item) {
  if (item.task.key !== 'dispatch') {
    return null;
  }
  const suggested = view.responsibleDepartment;
  return element('div', { class: 'suggestion' },
    element('h3', {}, t('dispatch.suggested')),
    element('p', { class: 'suggested-department', id: 'dispatch-suggested' },
      suggested ? `${suggested.name}（${suggested.code}）` : t('dispatch.noSuggestion')),
    view.dispatch ? element('p', { class: 'explanation', id: 'dispatch-explanation' },
      element('span', { class: 'rule-tag' }, view.dispatch.label),
      view.dispatch.explanation.replace(`${view.dispatch.label}：`, '')) : null);
}

export function render(main, { me }) {
  return openDesk(main, me, { id: 'dispatch',
    lists: [taskList(['dispatch', 'approveExtension', 'approveSuspension', 'resume'])], panel: suggestion });
}
