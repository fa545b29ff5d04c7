// The inputs of an action's form: each makes its labelled control (with a place for the platform's message about
// it) for one case and answers its value for the request body. Texts: case.field.<name>, case.option.<name>.<value>.
import { t } from '../i18n.js';
import { element, getJson } from '../api.js';
import { field } from '../form-fields.js';
import { upload } from './photos.js';
import { formatTime } from './format.js';

function wrap(id, name, control, hint) {
  return field(id, t(`case.field.${name}`), control, hint);
}

/** A free text (reason, result, comment, notice); required ones are marked for screen readers. */
export function text(name, { required = false } = {}) {
  return {
    name,
    make(id) {
      this.control = element('textarea', { id, name, rows: 2, 'aria-required': required ? 'true' : null });
      return wrap(id, name, this.control);
    },
    async value() {
      const value = this.control.value.trim();
      return value === '' ? undefined : value;
    },
  };
}

/** A choice among fixed values (texts case.option.<name>.<value>), or values computed from the case. */
export function choice(name, values, { convert = (value) => value } = {}) {
  return {
    name,
    make(id, view) {
      const options = typeof values === 'function' ? values(view) : values.map((value) => ({
        value, label: t(`case.option.${name}.${value}`) }));
      this.control = element('select', { id, name },
        options.map((option) => element('option', { value: option.value }, option.label)));
      return wrap(id, name, this.control);
    },
    async value() {
      return convert(this.control.value);
    },
  };
}

/** Approve or refuse (the `approved` or `passed` of a decision). */
export function decision(name = 'approved') {
  return choice(name, ['true', 'false'], { convert: (value) => value === 'true' });
}

/** The finest region of the case's place (grid, community, street or district), for the departments serving it. */
function finestRegion(view) {
  const place = view.location || {};
  return [place.grid, place.community, place.street, place.district].find((region) => region)?.code;
}

/** The enabled departments serving the case's place (nearest first), and the one the dispatch rules name. */
async function departmentsServing(view) {
  const region = finestRegion(view);
  const query = region ? `?${new URLSearchParams({ region })}` : '';
  const found = (await getJson(`/api/departments${query}`)).filter((department) => department.enabled !== false);
  const suggested = view.responsibleDepartment;
  if (suggested && !found.some((department) => department.code === suggested.code)) {
    found.unshift({ code: suggested.code, name: suggested.name });
  }
  return found;
}

/**
 * Departments serving the case's place, each with its function: one (the lead department, the one the dispatch
 * rules name chosen first) or, with multiple, any number (assisting departments, none chosen).
 */
export function department(name, { multiple = false } = {}) {
  return {
    name,
    make(id, view) {
      this.control = multiple ? element('select', { id, name, multiple: true, size: 4 })
        : element('select', { id, name }, element('option', { value: '' }, t('case.field.choose')));
      this.loaded = departmentsServing(view).then((departments) => {
        const preferred = multiple ? null : (view.responsibleDepartment || view.leadDepartment)?.code;
        this.control.append(...departments.map((found) => element('option', { value: found.code,
          selected: found.code === preferred }, [found.name, found.functionLabel].filter(Boolean).join(' · '))));
        this.control.dataset.loaded = 'true';
      });
      return wrap(id, name, this.control, multiple ? t('case.field.multipleHint') : null);
    },
    async value() {
      await this.loaded;
      if (multiple) {
        return [...this.control.selectedOptions].map((option) => option.value);
      }
      return this.control.value === '' ? undefined : this.control.value;
    },
  };
}

/** What a request to decide asks (amount, reason, who and when): shown in the form, sends nothing. */
export function requestFacts(kind) {
  return {
    name: null,
    make(id, view, me) {
      const request = view.requests.find((candidate) => candidate.kind === kind && candidate.approved == null);
      return element('dl', { class: 'facts', id }, request ? [
        ...(kind === 'EXTENSION' ? [element('dt', {}, t('case.request.amount')), element('dd', {}, request.amount)]
          : []),
        element('dt', {}, t('case.request.reason')), element('dd', {}, request.reason ?? '—'),
        element('dt', {}, t('case.request.by')),
        element('dd', {}, `${request.requestedBy ?? ''} · ${formatTime(request.requestedAt, me.zone)}`)] : []);
    },
  };
}

/** Photos uploaded in a role when the form is sent; the value is their attachment ids. */
export function photos(name, role, { required = false } = {}) {
  return {
    name,
    make(id) {
      this.control = element('input', { id, name, type: 'file', accept: 'image/*', multiple: true,
        capture: 'environment', 'aria-required': required ? 'true' : null });
      return wrap(id, name, this.control, t('case.field.photosHint'));
    },
    async value() {
      const files = [...this.control.files];
      return files.length ? upload(files, role) : [];
    },
  };
}
