// 受理台 after a report: the new case's number (linked to its detail page), what the platform made of it, and the
// operator's reception actions the case offers now (its open tasks the user may complete): 受理, 申请作废 with a
// reason, 转110 with a reason, 合并 into a likely duplicate, then 立案. Each is the platform's own endpoint; a refusal
// is shown next to the action in words and changes nothing.
import { t } from '../i18n.js';
import { post, element, problemOf } from '../api.js';
import { field, clearErrors, showFieldErrors } from '../form-fields.js';

/** A phone as the platform's lists show it (138****5678). */
export function maskPhone(phone) {
  if (!phone) {
    return null;
  }
  const digits = phone.replace(/\D/g, '').replace(/^86(1\d{10})$/, '$1');
  return digits.length < 8 ? '****' : `${digits.substring(0, 3)}****${digits.substring(digits.length - 4)}`;
}

/** A name as the platform's lists show it (张*). */
export function maskName(name) {
  const trimmed = name?.trim();
  if (!trimmed) {
    return null;
  }
  const [first, ...rest] = [...trimmed];
  return first + '*'.repeat(Math.max(1, rest.length));
}

/** The link to a case's detail page. */
export function caseLink(number, id) {
  return element('a', { href: `/console/case?number=${encodeURIComponent(number)}`, id }, number);
}

function when(instant, zone) {
  return instant ? new Intl.DateTimeFormat(document.documentElement.lang, { timeZone: zone, dateStyle: 'medium',
    timeStyle: 'short' }).format(new Date(instant)) : '—';
}

function place(location) {
  const names = ['district', 'street', 'community', 'grid'].map((level) => location?.[level]?.name).filter(Boolean);
  return [names.join(' / '), location?.address].filter(Boolean).join(' · ') || '—';
}

function facts(view, zone) {
  const reporter = [maskName(view.reporter?.name), maskPhone(view.reporter?.phone)].filter(Boolean).join('，');
  const rows = [
    ['stage', view.stage.name ?? t(`stage.${view.stage.code}`)],
    ['category', `${view.category.name}（${view.category.code}）`],
    ['place', place(view.location)],
    ['deadline', when(view.deadline?.dueAt, zone)],
    ['department', view.responsibleDepartment?.name ?? '—'],
    ['reporter', reporter || t('intake.result.anonymous')],
  ];
  const duplicates = view.duplicates ?? [];
  return element('dl', { class: 'intake-facts' },
    rows.flatMap(([key, value]) => [element('dt', {}, t(`intake.result.${key}`)), element('dd', {}, value)]),
    duplicates.length ? [element('dt', {}, t('intake.result.duplicates')), element('dd', {},
      duplicates.flatMap((duplicate, i) => [i ? '、' : '', caseLink(duplicate.number), ' ',
        t('intake.duplicates.distance', { metres: duplicate.distanceM })]))] : []);
}

/** A button that asks for a reason (and more fields) before it posts the action. */
function withReason(name, extra, send) {
  const reason = element('textarea', { id: `intake-${name}-reason`, rows: 2, maxlength: 500 });
  const confirm = element('button', { type: 'submit', class: 'primary', id: `intake-${name}-confirm` },
    t(`intake.action.${name}.confirm`));
  const form = element('form', { class: 'reason-form', id: `intake-${name}-form`, novalidate: true, hidden: true },
    extra, field(`intake-${name}-reason`, t(`intake.action.${name}.reason`), reason), confirm);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(form, { reason: reason.value.trim() || null }, confirm);
  });
  return form;
}

/** Draws the case and its actions into box; onNew starts the next report. */
export function showCase(box, view, me, onNew, said) {
  const message = element('p', { class: 'message info', id: 'intake-action-message', role: 'status' },
    said ?? t('intake.result.created'));
  const actions = element('div', { class: 'intake-actions', id: 'intake-actions' });
  const next = element('button', { type: 'button', class: 'ghost', id: 'intake-new' }, t('intake.result.new'));
  next.addEventListener('click', onNew);
  box.replaceChildren(element('h2', { tabindex: -1 }, t('intake.result.case'), ' ',
    caseLink(view.number, 'intake-case-number')), message,
    facts(view, me.zone), actions, next);
  box.hidden = false;
  box.dataset.stage = view.stage.code;

  const act = async (path, body, button, form, done) => {
    button.disabled = true;
    clearErrors(box);
    try {
      const response = await post(`/api/cases/${view.id}/${path}`, body);
      if (response.ok) {
        showCase(box, await response.json(), me, onNew, t(`intake.done.${done}`, { number: view.number }));
        return;
      }
      const problem = await problemOf(response);
      const left = showFieldErrors(problem, (name) => (form ? `${form.id.replace(/-form$/, '')}-${name}` : null),
        'intake.problem');
      message.className = 'message error';
      const reason = [problem.detail ?? problem.title ?? `HTTP ${problem.status}`,
        ...left.map((error) => error.message)].join('；');
      const key = problem.status === 409 ? 'intake.refused.conflict'
        : problem.status === 400 && !left.length ? 'intake.refused.fields' : 'intake.refused';
      message.textContent = t(key, { reason });
    } finally {
      button.disabled = false;
    }
  };
  const mine = new Set((view.openTasks ?? []).filter((task) => task.mine).map((task) => task.key));
  if (mine.has('accept')) {
    const forms = [];
    const reveal = (form) => () => forms.forEach((other) => { other.hidden = other !== form || !other.hidden; });
    const accept = element('button', { type: 'button', class: 'primary', id: 'intake-accept' },
      t('intake.action.accept'));
    accept.addEventListener('click', () => act('accept', {}, accept, null, 'accept'));
    const voiding = withReason('void', null, (form, body, button) => act('void', body, button, form, 'void'));
    const transfer = withReason('transfer', null,
      (form, body, button) => act('transfer-110', body, button, form, 'transfer'));
    forms.push(voiding, transfer);
    const buttons = [accept, ...[['void', voiding], ['transfer', transfer]].map(([name, form]) => {
      const open = element('button', { type: 'button', class: 'ghost', id: `intake-${name}` },
        t(`intake.action.${name}`));
      open.addEventListener('click', reveal(form));
      return open;
    })];
    if (view.duplicates?.length) {
      const master = element('select', { id: 'intake-merge-master' }, view.duplicates.map((duplicate) =>
        element('option', { value: duplicate.id }, `${duplicate.number}（${t('intake.duplicates.distance',
          { metres: duplicate.distanceM })}）`)));
      const merging = element('form', { class: 'reason-form', id: 'intake-merge-form', novalidate: true, hidden: true },
        field('intake-merge-master', t('intake.action.merge.master'), master),
        element('button', { type: 'submit', class: 'primary', id: 'intake-merge-confirm' },
          t('intake.action.merge.confirm')));
      merging.addEventListener('submit', (event) => {
        event.preventDefault();
        act('merge', { master: Number(master.value) }, merging.querySelector('button'), merging, 'merge');
      });
      forms.push(merging);
      const open = element('button', { type: 'button', class: 'ghost', id: 'intake-merge' }, t('intake.action.merge'));
      open.addEventListener('click', reveal(merging));
      buttons.push(open);
    }
    actions.append(element('div', { class: 'action-row' }, buttons), ...forms);
  } else if (mine.has('file')) {
    const manual = element('input', { type: 'checkbox', id: 'intake-file-manual' });
    const file = element('button', { type: 'button', class: 'primary', id: 'intake-file' }, t('intake.action.file'));
    file.addEventListener('click', () => act('file', { dispatchManually: manual.checked }, file, null, 'file'));
    actions.append(element('div', { class: 'action-row' }, file,
      element('label', { class: 'toggle', for: 'intake-file-manual' }, manual, t('intake.action.file.manual'))));
  } else {
    actions.append(element('p', { class: 'page-status' }, t('intake.result.nothingToDo',
      { stage: view.stage.name ?? view.stage.code })));
  }
}
