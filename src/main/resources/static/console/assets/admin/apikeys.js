// 接入密钥 — API keys of external systems: listed by name and prefix, created (the key shown once, with a copy
// button) and revoked (/api/admin/api-keys).
import { getJson } from '../api.js';
import { listView, checkGroup, checked, select, submit, statusLine, button, field, element, t, layout, act, report,
  formButtons } from './kit.js';
import { roleOptions, scopeOptions, regionNames, scopeName, departments, ROLES } from './lookups.js';

const PURPOSES = ['OPEN311', 'INTEGRATION', 'TELEMETRY', 'INDICATOR_SOURCE'];

export async function render(panel, { me }) {
  const [scopes, names, units] = await Promise.all([scopeOptions(me), regionNames(me), departments()]);
  const when = new Intl.DateTimeFormat(document.documentElement.lang, { timeZone: me.zone, dateStyle: 'short',
    timeStyle: 'short' });
  const list = listView({
    id: 'apikeys',
    columns: [
      { label: t('admin.apikeys.name'), cell: (key) => key.name },
      { label: t('admin.apikeys.prefix'), cell: (key) => element('code', {}, `${key.prefix}…`) },
      { label: t('admin.apikeys.purposes'), cell: (key) => key.purposes.map((purpose) => purpose.label).join('、') },
      { label: t('admin.users.roles'), cell: (key) => key.roles.map((role) => t(`role.${role.name}`)).join('、') },
      { label: t('admin.users.scope'), cell: (key) => scopeName(names, key.scope) },
      { label: t('admin.apikeys.createdAt'), cell: (key) => `${when.format(new Date(key.createdAt))} ${key.createdBy}` },
      { label: t('admin.users.state'), cell: (key) => element('span', {
        class: `state-tag state-${key.revokedAt ? 'disabled' : 'enabled'}` },
      key.revokedAt ? t('admin.apikeys.revokedAt', { at: when.format(new Date(key.revokedAt)) })
        : t('admin.apikeys.working')) },
    ],
    search: (key) => `${key.name} ${key.prefix} ${key.scope}`,
    actions: (key) => (key.revokedAt ? [] : [button(t('admin.apikeys.revoke'), () => revoke(key), 'ghost danger')]),
  });
  const secretBox = element('div', { class: 'secret-box', id: 'apikeys-secret', hidden: true });
  const { status, form } = layout(panel, { id: 'apikeys', title: t('admin.tab.apikeys'),
    newLabel: t('admin.apikeys.new'), onNew: draw, list: element('div', { class: 'admin-stack' }, secretBox, list.element) });

  async function reload() {
    list.show(await getJson('/api/admin/api-keys'));
  }

  async function revoke(key) {
    if (await act(status, 'DELETE', `/api/admin/api-keys/${key.id}`, t('admin.apikeys.revoked', key))) {
      secretBox.hidden = true;
    }
    await reload();
  }

  function showSecret(created) {
    const value = element('output', { id: 'apikeys-secret-value', class: 'secret' }, created.key);
    const copied = element('span', { role: 'status', class: 'copied' });
    secretBox.replaceChildren(element('h3', {}, t('admin.apikeys.secretTitle', created.apiKey)),
      element('p', {}, t('admin.apikeys.secretOnce')), value,
      button(t('admin.apikeys.copy'), async () => {
        try {
          await navigator.clipboard.writeText(created.key);
          copied.textContent = t('admin.apikeys.copied');
        } catch {
          getSelection().selectAllChildren(value);
          copied.textContent = t('admin.apikeys.selectToCopy');
        }
      }, 'primary'), copied);
    secretBox.hidden = false;
  }

  function draw() {
    const id = (name) => `apikeys-${name}`;
    const name = element('input', { id: id('name'), autocomplete: 'off' });
    const purposes = checkGroup(id('purposes'), t('admin.apikeys.purposes'),
      PURPOSES.map((value) => ({ value, label: t(`admin.apikeys.purpose.${value}`) })));
    const roles = checkGroup(id('roles'), t('admin.users.roles'), roleOptions(['EXTERNAL_SYSTEM', ...ROLES]));
    roles.querySelector('input[value="EXTERNAL_SYSTEM"]').checked = true;
    const scope = select(id('scope'), scopes);
    const department = select(id('department'), units.map((unit) => ({ value: unit.code, label: unit.name })),
      t('admin.users.noDepartment'));
    const formStatus = statusLine('apikeys-form');
    form.replaceChildren(element('h2', {}, t('admin.apikeys.new')),
      field(id('name'), t('admin.apikeys.name'), name), purposes, roles,
      field(id('scope'), t('admin.users.scope'), scope), field(id('department'), t('admin.users.department'), department),
      formButtons(form, 'apikeys'), formStatus);
    form.onsubmit = async (event) => {
      event.preventDefault();
      await submit(form, formStatus, {
        prefix: 'apikeys',
        conflictField: 'name',
        request: () => ({ url: '/api/admin/api-keys', body: { name: name.value, purposes: checked(purposes),
          roles: checked(roles), scope: scope.value, department: department.value || null } }),
        done: async (created) => {
          form.replaceChildren();
          report(status, true, t('admin.apikeys.created', created.apiKey));
          showSecret(created);
          await reload();
        },
      });
    };
    name.focus();
  }

  await reload();
}
