// Texts of the console from the message bundles (i18n/zh-CN.json, the default, and i18n/en.json); a page may keep
// its own texts in a bundle of its own (i18n/<page>/zh-CN.json and en.json), added when the page loads.
// Elements name their text with data-i18n="key" (data-i18n-placeholder, data-i18n-aria-label, data-i18n-title for
// attributes); scripts call t('key', {name: value}) for texts with {name} placeholders.

const STORAGE_KEY = 'tongguan.language';

export const LANGUAGES = ['zh-CN', 'en'];

let messages = {};

/** The user's language: ?lang= in the address, else the one chosen before, else Chinese. */
export function currentLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) {
    localStorage.setItem(STORAGE_KEY, asked);
    return asked;
  }
  const chosen = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.includes(chosen) ? chosen : LANGUAGES[0];
}

async function bundle(path) {
  const response = await fetch(`/console/assets/i18n/${path}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`message bundle ${path}: HTTP ${response.status}`);
  }
  return response.json();
}

/** Loads the bundle of the user's language and translates the page's marked elements. */
export async function loadMessages() {
  const language = currentLanguage();
  messages = await bundle(`${language}.json`);
  document.documentElement.lang = language;
  translate(document);
  return language;
}

/** Adds a page's own bundle (i18n/<name>/<language>.json) to the texts; its keys win over the shared ones. */
export async function addMessages(name) {
  messages = { ...messages, ...await bundle(`${name}/${currentLanguage()}.json`) };
}

/** The text for a key, with {name} placeholders filled in; the key itself when the bundle lacks it. */
export function t(key, values = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Whether the bundle has a text for the key. */
export function has(key) {
  return key in messages;
}

/** Fills the texts and attributes of the elements below root that name a message key. */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((element) => { element.textContent = t(element.dataset.i18n); });
  for (const attribute of ['placeholder', 'aria-label', 'title']) {
    const data = `i18n${attribute.replace(/(^|-)(\w)/g, (whole, dash, letter) => letter.toUpperCase())}`;
    root.querySelectorAll(`[data-i18n-${attribute}]`).forEach((element) => {
      element.setAttribute(attribute, t(element.dataset[data]));
    });
  }
}

/** Makes the button switch to the other language (its label is that language's own name) and reload the page. */
export function languageSwitch(button) {
  const other = currentLanguage() === 'en' ? 'zh-CN' : 'en';
  button.textContent = t(`language.${other}`);
  button.lang = other;
  button.setAttribute('aria-label', t('language.switch'));
  button.addEventListener('click', () => {
    localStorage.setItem(STORAGE_KEY, other);
    const url = new URL(location.href);
    url.searchParams.delete('lang');
    location.replace(url);
  });
}
