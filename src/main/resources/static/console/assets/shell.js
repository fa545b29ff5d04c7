// The console's shell: header with the city, the user and their roles, navigation to the pages the user's roles may
// use (from /api/console/me), language switch and logout; then the current page's own module renders into <main>.
// A page module may declare its own texts (`export const messages = '<bundle>'`, i18n/<bundle>/<language>.json) and
// stylesheets (`export const styles = ['<file>.css', ...]`, under assets/), which the shell adds before rendering.
import { loadMessages, addMessages, t, languageSwitch } from './i18n.js';
import { getJson, post, element } from './api.js';
import { closeLive } from './live.js';

await loadMessages();
const me = await getJson('/api/console/me');

const path = location.pathname.endsWith('/') ? location.pathname : location.pathname.replace(/\/+$/, '');
const current = me.pages.find((page) => page.path === path);
const pageId = current ? current.id : path.substring(path.lastIndexOf('/') + 1);

document.getElementById('city-name').textContent = me.city || t('shell.platform');
document.getElementById('user-name').textContent = me.displayName || me.username;
document.getElementById('user-roles').textContent = me.roles.map((role) => t(`role.${role.name}`)).join('、');
document.getElementById('nav').append(...me.pages.filter((page) => page.listed).map((page) => element('li', {},
  element('a', { href: page.path, 'aria-current': page.id === pageId ? 'page' : null }, t(`page.${page.id}`)))));
languageSwitch(document.getElementById('language'));
document.getElementById('logout').addEventListener('click', async () => {
  closeLive();
  const response = await post('/logout', new URLSearchParams());
  location.assign(response.ok ? '/login?logout' : '/login');
});

/** Adds a stylesheet under assets/ to the page; resolves once it applies. */
function stylesheet(file) {
  return new Promise((resolve, reject) => {
    const link = element('link', { rel: 'stylesheet', href: `/console/assets/${file}` });
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => reject(new Error(`stylesheet ${file} did not load`)));
    document.head.append(link);
  });
}

const main = document.getElementById('main');
document.title = `${t(`page.${pageId}`)} · ${t('app.short')}`;
if (!current) {
  main.append(element('section', { class: 'notice' },
    element('h1', {}, t('shell.forbiddenTitle')), element('p', {}, t('shell.forbidden'))));
} else {
  const page = await import(`./pages/${current.id}.js`);
  await Promise.all([page.messages ? addMessages(page.messages) : null, ...(page.styles ?? []).map(stylesheet)]);
  await page.render(main, { me });
}
document.body.dataset.ready = pageId;
