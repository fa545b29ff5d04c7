// 首页: greets the user, says what their roles do, and links to the pages they may use.
import { t, has } from '../i18n.js';
import { element } from '../api.js';

export async function render(main, { me }) {
  const scope = me.scope.name || t('shell.platform');
  const pages = me.pages.filter((page) => page.id !== 'home' && page.listed);
  main.append(element('section', { class: 'home' },
    element('h1', {}, t('home.greeting', { name: me.displayName || me.username })),
    element('p', { class: 'home-scope' }, t('home.scope', { scope })),
    element('ul', { class: 'role-list' }, me.roles.map((role) => element('li', {},
      element('strong', {}, t(`role.${role.name}`)),
      has(`role.${role.name}.duties`) ? element('span', {}, t(`role.${role.name}.duties`)) : null))),
    element('h2', {}, t('home.pages')),
    element('ul', { class: 'page-cards' }, pages.map((page) => element('li', {},
      element('a', { href: page.path, class: 'page-card' },
        element('strong', {}, t(`page.${page.id}`)),
        element('span', {}, t(`page.${page.id}.description`))))))));
}
