// The pager of the console's lists (感知设备, 告警, 指标目录, 指标预警): previous / next page buttons with where the
// list stands, on one page of the API's answer ({items, total, page, size}); ids and texts are named by the list
// (devices-previous, devices.previous, devices.position …).
import { t } from './i18n.js';
import { element } from './api.js';

/** The number of pages of the answer: at least one. */
export function pageCount(page) {
  return Math.max(1, Math.ceil(page.total / page.size));
}

/** Previous / next page buttons with where the list stands; onPage(n) shows page n (from 0). */
export function pager(page, onPage, name) {
  const pages = pageCount(page);
  const previous = element('button', { type: 'button', class: 'ghost', id: `${name}-previous`,
    disabled: page.page === 0 }, t(`${name}.previous`));
  const next = element('button', { type: 'button', class: 'ghost', id: `${name}-next`,
    disabled: page.page + 1 >= pages }, t(`${name}.next`));
  previous.addEventListener('click', () => onPage(page.page - 1));
  next.addEventListener('click', () => onPage(page.page + 1));
  return element('nav', { class: 'pager', 'aria-label': t(`${name}.pages`) }, previous,
    element('span', { id: `${name}-position` }, t(`${name}.position`, { page: page.page + 1, pages,
      total: page.total })), next);
}
