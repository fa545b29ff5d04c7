// 部门管理 — departments by level (city, district, street), searched and paged; create and change one, take it out of
// work or back (/api/admin/departments; read through /api/departments).
import { getJson } from '../api.js';
import { listView, select, submit, statusLine, button, field, element, t, layout, act, report, formButtons }
  from './kit.js';
import { functions, forget, regionNames, scopeName } from './lookups.js';

const LEVELS = ['PROVINCE', 'CITY', 'DISTRICT', 'STREET'];

export async function render(panel, { me }) {
  const [kinds, names] = await Promise.all([functions(), regionNames(me)]);
  const list = listView({
    id: 'departments',
    columns: [
      { label: t('admin.departments.level'), cell: (unit) => t(`admin.level.${unit.level}`) },
      { label: t('admin.departments.name'), cell: (unit) => unit.name },
      { label: t('admin.departments.code'), cell: (unit) => element('code', {}, unit.code) },
      { label: t('admin.departments.function'), cell: (unit) => unit.functionLabel },
      { label: t('admin.departments.home'), cell: (unit) => scopeName(names, unit.home) },
      { label: t('admin.departments.state'), cell: (unit) => element('span', {
        class: `state-tag state-${unit.enabled ? 'enabled' : 'disabled'}` },
      unit.mergedInto ? t('admin.departments.merged', { into: unit.mergedInto })
        : t(`admin.users.state.${unit.enabled ? 'enabled' : 'disabled'}`)) },
    ],
    search: (unit) => `${t(`admin.level.${unit.level}`)} ${unit.code} ${unit.name} ${unit.functionLabel} ${
      scopeName(names, unit.home)}`,
    actions: (unit) => [button(t('admin.edit'), () => draw(unit)),
      unit.mergedInto ? null : button(t(unit.enabled ? 'admin.users.disable' : 'admin.users.enable'),
        () => toggle(unit))],
  });
  const { status, form } = layout(panel, { id: 'departments', title: t('admin.tab.departments'),
    newLabel: t('admin.departments.new'), onNew: () => draw(null), list: list.element });

  async function reload() {
    forget('/api/departments');
    const all = await getJson('/api/departments');
    list.show(all.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.code.localeCompare(b.code)));
  }

  async function toggle(unit) {
    await act(status, 'POST', `/api/admin/departments/${encodeURIComponent(unit.code)}/${
      unit.enabled ? 'disable' : 'enable'}`, t(`admin.departments.${unit.enabled ? 'disabled' : 'enabled'}`, unit));
    await reload();
  }

  function draw(unit) {
    const id = (name) => `departments-${name}`;
    const code = element('input', { id: id('code'), value: unit?.code, readonly: Boolean(unit) });
    const name = element('input', { id: id('name'), value: unit?.name });
    const kind = select(id('function'), kinds.map((option) => ({ value: option.code, label: option.label })));
    const level = select(id('level'), LEVELS.map((value) => ({ value, label: t(`admin.level.${value}`) })));
    const home = element('input', { id: id('home'), value: unit?.home, inputmode: 'numeric' });
    const serves = element('input', { id: id('serves'), value: unit?.serves.join(', ') });
    kind.value = unit?.function ?? kinds[0]?.code;
    level.value = unit?.level ?? 'DISTRICT';
    const formStatus = statusLine('departments-form');
    form.replaceChildren(element('h2', {}, t(unit ? 'admin.departments.editTitle' : 'admin.departments.new')),
      field(id('code'), t('admin.departments.code'), code, unit ? null : t('admin.departments.codeHint')),
      field(id('name'), t('admin.departments.name'), name),
      field(id('function'), t('admin.departments.function'), kind),
      field(id('level'), t('admin.departments.level'), level),
      field(id('home'), t('admin.departments.home'), home, t('admin.departments.homeHint')),
      field(id('serves'), t('admin.departments.serves'), serves, t('admin.departments.servesHint')),
      formButtons(form, 'departments'), formStatus);
    form.onsubmit = async (event) => {
      event.preventDefault();
      const body = { name: name.value, function: kind.value, level: level.value, home: home.value.trim(),
        serves: serves.value.split(/[,;，；\s]+/).filter(Boolean) };
      await submit(form, formStatus, {
        prefix: 'departments',
        conflictField: 'code',
        request: () => (unit
          ? { method: 'PUT', url: `/api/admin/departments/${encodeURIComponent(unit.code)}`, body }
          : { url: '/api/admin/departments', body: { ...body, code: code.value.trim() } }),
        done: async (saved) => {
          form.replaceChildren();
          report(status, true, t('admin.departments.saved', saved));
          await reload();
        },
      });
    };
    (unit ? name : code).focus();
  }

  await reload();
}
