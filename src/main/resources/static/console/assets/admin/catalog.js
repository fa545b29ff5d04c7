// 事项清单 — the catalogue's sub-categories (小类) under their majors (大类) with their time limits, searched and paged;
// a sub-category revised (a new version) or taken out of use, and a whole catalogue imported from CSV or JSON with
// the platform's line-numbered errors (/api/catalog, /api/admin/catalog).
import { getJson, post, problemOf } from '../api.js';
import { clearErrors } from '../form-fields.js';
import { listView, select, submit, statusLine, button, field, element, t, layout, act, report, formButtons,
  errorList } from './kit.js';

const URGENCIES = ['NORMAL', 'URGENT', 'CRITICAL'];
const STAGES = ['ACCEPT', 'FILE', 'DISPATCH', 'HANDLE', 'VERIFY', 'CLOSE'];

/** A limit in its short form: 5h (working hours) or 2d (working days). */
function short(limit) {
  return limit ? `${limit.amount}${limit.unit === 'WORKING_HOURS' ? 'h' : 'd'}` : '';
}

function limits(inputs) {
  return Object.fromEntries(Object.entries(inputs).filter(([, input]) => input.value.trim())
    .map(([key, input]) => [key, input.value.trim()]));
}

export async function render(panel) {
  const list = listView({
    id: 'catalog',
    columns: [
      { label: t('admin.catalog.major'), cell: (sub) => `${sub.major} ${sub.majorName}` },
      { label: t('admin.catalog.code'), cell: (sub) => element('code', {}, sub.code) },
      { label: t('admin.catalog.name'), cell: (sub) => sub.name },
      { label: t('admin.catalog.limit'), cell: (sub) => short(sub.urgencyLimits?.NORMAL ?? sub.limit) },
      { label: t('admin.catalog.handle'), cell: (sub) => short(sub.stageLimits?.HANDLE) },
      { label: t('admin.catalog.version'), cell: (sub) => `v${sub.version}` },
      { label: t('admin.users.state'), cell: (sub) => element('span', { class: `state-tag state-${sub.active
        ? 'enabled' : 'disabled'}` }, t(sub.active ? 'admin.catalog.active' : 'admin.catalog.inactive')) },
    ],
    search: (sub) => `${sub.code} ${sub.name} ${sub.majorName}`,
    actions: (sub) => [button(t('admin.edit'), () => draw(sub)),
      button(t(sub.active ? 'admin.catalog.deactivate' : 'admin.catalog.activate'), () => toggle(sub))],
  });
  const { status, form } = layout(panel, { id: 'catalog', title: t('admin.tab.catalog'),
    newLabel: t('admin.catalog.import'), onNew: drawImport, list: list.element });

  async function reload() {
    list.show(await getJson('/api/catalog/categories?includeInactive=true'));
  }

  async function toggle(sub) {
    await act(status, 'POST', `/api/admin/catalog/categories/${sub.code}/${sub.active ? 'deactivate' : 'activate'}`,
      t(sub.active ? 'admin.catalog.deactivated' : 'admin.catalog.activated', sub));
    await reload();
  }

  function draw(sub) {
    const id = (name) => `catalog-${name}`;
    const name = element('input', { id: id('name'), value: sub.name });
    const urgency = select(id('defaultUrgency'), URGENCIES.map((value) => ({ value,
      label: t(`admin.catalog.urgency.${value}`) })));
    urgency.value = sub.defaultUrgency;
    const limitInput = (key, limit) => element('input', { id: id(key), value: short(limit), size: 4,
      pattern: '\\d+[hd]' });
    const urgencyInputs = Object.fromEntries(URGENCIES.map((value) => [value,
      limitInput(`urgencyLimits.${value}`, sub.urgencyLimits?.[value])]));
    const stageInputs = Object.fromEntries(STAGES.map((value) => [value,
      limitInput(`stageLimits.${value}`, sub.stageLimits?.[value])]));
    const closing = element('textarea', { id: id('closingConditions'), rows: 2 }, sub.closingConditions ?? '');
    const note = element('input', { id: id('changeNote') });
    const formStatus = statusLine('catalog-form');
    const grid = (inputs, prefix, words) => element('div', { class: 'limit-grid' }, Object.entries(inputs)
      .map(([key, input]) => field(`${id(prefix)}.${key}`, t(`${words}.${key}`), input)));
    form.replaceChildren(element('h2', {}, `${sub.code} ${sub.name}`),
      element('p', { class: 'field-hint' }, t('admin.catalog.limitHint')),
      field(id('name'), t('admin.catalog.name'), name),
      field(id('defaultUrgency'), t('admin.catalog.defaultUrgency'), urgency),
      element('h3', {}, t('admin.catalog.urgencyLimits')), grid(urgencyInputs, 'urgencyLimits', 'admin.catalog.urgency'),
      element('h3', {}, t('admin.catalog.stageLimits')), grid(stageInputs, 'stageLimits', 'admin.catalog.stage'),
      field(id('closingConditions'), t('admin.catalog.closingConditions'), closing),
      field(id('changeNote'), t('admin.catalog.changeNote'), note),
      formButtons(form, 'catalog'), formStatus);
    form.onsubmit = async (event) => {
      event.preventDefault();
      await submit(form, formStatus, {
        prefix: 'catalog',
        request: () => ({ method: 'PUT', url: `/api/admin/catalog/categories/${sub.code}`, body: {
          name: name.value, responsibility: sub.responsibility, districtOverrides: sub.districtOverrides,
          defaultUrgency: urgency.value, urgencyLimits: limits(urgencyInputs), stageLimits: limits(stageInputs),
          closingConditions: closing.value, legalBasis: sub.legalBasis, policeMatter: sub.policeMatter,
          roundTheClock: sub.roundTheClock, changeNote: note.value } }),
        done: async (saved) => {
          form.replaceChildren();
          report(status, true, t('admin.catalog.saved', saved));
          await reload();
        },
      });
    };
    name.focus();
  }

  function drawImport() {
    const file = element('input', { id: 'catalog-file', type: 'file', accept: '.csv,.json,text/csv,application/json' });
    const formStatus = statusLine('catalog-form');
    form.replaceChildren(element('h2', {}, t('admin.catalog.import')),
      field('catalog-file', t('admin.catalog.file'), file, t('admin.catalog.fileHint')),
      formButtons(form, 'catalog', t('admin.import')), formStatus);
    form.onsubmit = async (event) => {
      event.preventDefault();
      clearErrors(form);
      if (!file.files.length) {
        errorList('catalog-file', { errors: [{ field: '', message: t('admin.regions.noFile') }] });
        return;
      }
      const json = file.files[0].name.toLowerCase().endsWith('.json');
      const response = await post('/api/admin/catalog/import', await file.files[0].text(),
        { 'Content-Type': json ? 'application/json' : 'text/csv' });
      if (!response.ok) {
        const problem = await problemOf(response);
        errorList('catalog-file', problem);
        report(formStatus, false, t('admin.refused', { detail: problem.detail ?? problem.title }));
        return;
      }
      const result = await response.json();
      form.replaceChildren();
      report(status, true, t('admin.catalog.imported', result));
      await reload();
    };
    file.focus();
  }

  await reload();
}
