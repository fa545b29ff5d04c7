// 系统管理 — the administrator's pages as tabs (#users, #departments, #catalog, #regions, #apikeys, #calendars), each
// a module under assets/admin/ drawn on the platform's administration API when its tab is opened.
import { t } from '../i18n.js';
import { element } from '../api.js';

export const messages = 'admin';
export const styles = ['admin/admin.css'];

const TABS = ['users', 'departments', 'catalog', 'regions', 'apikeys', 'calendars'];

export async function render(main, { me }) {
  const panel = element('div', { class: 'admin-panel', id: 'admin-panel', role: 'tabpanel' });
  const links = TABS.map((tab) => element('a', { href: `#${tab}`, role: 'tab', id: `admin-tab-${tab}`,
    class: 'admin-tab' }, t(`admin.tab.${tab}`)));
  main.append(element('section', { class: 'page admin' }, element('h1', {}, t('page.admin')),
    element('nav', { class: 'admin-tabs', role: 'tablist', 'aria-label': t('page.admin') }, links), panel));

  async function open() {
    const tab = TABS.includes(location.hash.substring(1)) ? location.hash.substring(1) : TABS[0];
    links.forEach((link) => link.setAttribute('aria-selected', String(link.id === `admin-tab-${tab}`)));
    panel.setAttribute('aria-labelledby', `admin-tab-${tab}`);
    panel.dataset.tab = '';
    panel.replaceChildren();
    const module = await import(`../admin/${tab}.js`);
    await module.render(panel, { me });
    panel.dataset.tab = tab;
  }
  window.addEventListener('hashchange', open);
  await open();
}
