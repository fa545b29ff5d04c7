// What the administration forms choose from, read once per page: roles, the scopes an administrator may grant (their
// own and the districts within it), departments and their functions.
import { getJson } from '../api.js';
import { t } from '../i18n.js';

export const ROLES = ['OPERATOR', 'SHIFT_LEAD', 'DISPATCHER', 'HANDLER', 'INSPECTOR', 'LEADER', 'ADMIN'];

const cache = new Map();

function once(url) {
  if (!cache.has(url)) {
    cache.set(url, getJson(url).catch((error) => { cache.delete(url); throw error; }));
  }
  return cache.get(url);
}

/** Forgets what was read, after a change to it (e.g. a new department). */
export function forget(url) {
  cache.delete(url);
}

/** The role options [{ value, label }] in the user's language. */
export function roleOptions(roles = ROLES) {
  return roles.map((role) => ({ value: role, label: t(`role.${role}`) }));
}

/** The administrator's own scope and the districts within it, as options [{ value, label }]. */
export async function scopeOptions(me) {
  const districts = await once('/api/regions?level=DISTRICT');
  const own = { value: me.scope.code, label: me.scope.name || t('shell.platform') };
  const within = districts.filter((district) => !me.scope.level || district.parent === me.scope.code);
  return [own, ...within.map((district) => ({ value: district.code, label: `${district.name} ${district.code}` }))];
}

/** The names of the administrator's scope, the districts and the streets by code (for the scopes in lists). */
export async function regionNames(me) {
  const levels = await Promise.all(['DISTRICT', 'STREET'].map((level) => once(`/api/regions?level=${level}`)));
  return new Map([[me.scope.code, me.scope.name || t('shell.platform')],
    ...levels.flat().map((region) => [region.code, region.name])]);
}

/** A region's name by its code, else the code itself. */
export function scopeName(names, code) {
  return names.get(code) ?? code;
}

/** Every department (GET /api/departments). */
export function departments() {
  return once('/api/departments');
}

/** The department functions (GET /api/department-functions). */
export function functions() {
  return once('/api/department-functions');
}
