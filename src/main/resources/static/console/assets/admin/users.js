// 用户管理 — users within the administrator's scope (phones masked as the API lists them), searched and paged; create
// a user, change their roles, data scope and department, disable or enable them (/api/admin/users).
import { getJson } from '../api.js';
import { listView, checkGroup, checked, select, submit, statusLine, button, field, element, t, layout, act, report,
  formButtons, fill } from './kit.js';
import { roleOptions, scopeOptions, regionNames, scopeName, departments } from './lookups.js';

export async function render(panel, { me }) {
  const [scopes, names, units] = await Promise.all([scopeOptions(me), regionNames(me), departments()]);
  const list = listView({
    id: 'users',
    columns: [
      { label: t('admin.users.username'), cell: (user) => element('code', {}, user.username) },
      { label: t('admin.users.displayName'), cell: (user) => user.displayName },
      { label: t('admin.users.phone'), cell: (user) => user.phone },
      { label: t('admin.users.roles'), cell: (user) => user.roles.map((role) => t(`role.${role.name}`)).join('、') },
      { label: t('admin.users.scope'), cell: (user) => scopeName(names, user.scope) },
      { label: t('admin.users.state'), cell: (user) => stateTag(user) },
    ],
    search: (user) => [user.username, user.displayName, user.scope, ...user.roles.map((role) => t(`role.${role.name}`))]
      .join(' '),
    actions: (user) => [button(t('admin.edit'), () => edit(user.username)),
      button(t(user.enabled ? 'admin.users.disable' : 'admin.users.enable'), () => toggle(user))],
  });
  const { status, form } = layout(panel, { id: 'users', title: t('admin.tab.users'), newLabel: t('admin.users.new'),
    onNew: () => draw(null), list: list.element });

  async function reload() {
    list.show(await getJson('/api/admin/users'));
  }

  function stateTag(user) {
    const state = !user.enabled ? 'disabled' : user.lockedUntil ? 'locked' : 'enabled';
    return element('span', { class: `state-tag state-${state}` }, t(`admin.users.state.${state}`));
  }

  async function toggle(user) {
    await act(status, 'POST', `/api/admin/users/${encodeURIComponent(user.username)}/${
      user.enabled ? 'disable' : 'enable'}`, t(`admin.users.${user.enabled ? 'disabled' : 'enabled'}`, user));
    await reload();
  }

  async function edit(username) {
    draw(await getJson(`/api/admin/users/${encodeURIComponent(username)}`));
  }

  function draw(user) {
    const id = (name) => `users-${name}`;
    const username = element('input', { id: id('username'), autocomplete: 'off', required: true,
      value: user?.username, readonly: Boolean(user) });
    const password = element('input', { id: id('password'), type: 'password', autocomplete: 'new-password' });
    const displayName = element('input', { id: id('displayName'), required: true, value: user?.displayName });
    const phone = element('input', { id: id('phone'), type: 'tel', value: user?.phone });
    const roles = checkGroup(id('roles'), t('admin.users.roles'), roleOptions());
    const scope = select(id('scope'), scopes);
    const department = select(id('department'), units.map((unit) => ({ value: unit.code, label: unit.name })),
      t('admin.users.noDepartment'));
    roles.querySelectorAll('input').forEach((box) => {
      box.checked = Boolean(user?.roles.some((role) => role.name === box.value));
    });
    scope.value = user?.scope ?? me.scope.code;
    department.value = user?.department ?? '';
    const formStatus = statusLine('users-form');
    fill(form, element('h2', {}, t(user ? 'admin.users.editTitle' : 'admin.users.new')),
      field(id('username'), t('admin.users.username'), username),
      user ? null : field(id('password'), t('admin.users.password'), password, t('admin.users.passwordHint')),
      field(id('displayName'), t('admin.users.displayName'), displayName),
      field(id('phone'), t('admin.users.phone'), phone),
      roles,
      field(id('scope'), t('admin.users.scope'), scope, t('admin.users.scopeHint')),
      field(id('department'), t('admin.users.department'), department),
      formButtons(form, 'users'), formStatus);
    form.onsubmit = async (event) => {
      event.preventDefault();
      const body = { displayName: displayName.value, phone: phone.value || null, roles: checked(roles),
        scope: scope.value, department: department.value || null };
      await submit(form, formStatus, {
        prefix: 'users',
        conflictField: 'username',
        request: () => (user
          ? { method: 'PUT', url: `/api/admin/users/${encodeURIComponent(user.username)}`, body }
          : { url: '/api/admin/users', body: { ...body, username: username.value, password: password.value } }),
        done: async (saved) => {
          form.replaceChildren();
          report(status, true, t(user ? 'admin.users.saved' : 'admin.users.created', saved));
          await reload();
        },
      });
    };
    (user ? displayName : username).focus();
  }

  await reload();
}
