// The inputs of an action's form: each makes its labelled control (with a place for the platform's message about
// it) for one case and answers its value for the request body. Texts: case.field.<name>, case.option.<name>.<value>.
import { t } from '../i18n.js';
import { element, getJson } from '../api.js';
import { upload } from './photos.js';

function wrap(id, name, control, hint) {
  return element('div', { class: 'field' }, element('label', { for: id }, t(`case.field.${name}`)), control,
    hint ? element('p', { class: 'field-hint' }, hint) : null,
    element('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true }));
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

/** A department serving the case's place (nearest first), the one the dispatch rules name chosen first. */
export function department(name) {
  return {
    name,
    make(id, view) {
      this.control = element('select', { id, name }, element('option', { value: '' }, t('case.field.choose')));
      const region = finestRegion(view);
      const query = region ? `?${new URLSearchParams({ region })}` : '';
      this.loaded = getJson(`/api/departments${query}`).then((departments) => {
        const preferred = (view.responsibleDepartment || view.leadDepartment)?.code;
        this.control.append(...departments.filter((found) => found.enabled !== false).map((found) => element(
          'option', { value: found.code, selected: found.code === preferred }, `${found.name}（${found.code}）`)));
        this.control.dataset.loaded = 'true';
      });
      return wrap(id, name, this.control);
    },
    async value() {
      await this.loaded;
      return this.control.value === '' ? undefined : this.control.value;
    },
  };
}

/** Photos uploaded in a role when the form is sent; the value is their attachment ids. */
export function photos(name, role) {
  return {
    name,
    make(id) {
      this.control = element('input', { id, name, type: 'file', accept: 'image/*', multiple: true });
      return wrap(id, name, this.control, t('case.field.photosHint'));
    },
    async value() {
      const files = [...this.control.files];
      return files.length ? upload(files, role) : [];
    },
  };
}
