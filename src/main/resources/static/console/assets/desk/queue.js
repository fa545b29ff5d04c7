// A workbench's queue: the user's open tasks of the workbench's kinds (GET /api/cases/queues/mine), each a button
// with the case's traffic light, number, category, place, task and since when, and the counts per light.
import { t, has } from '../i18n.js';
import { element } from '../api.js';

/** A time as 月/日 时:分 in the city's time zone. */
export function shortTime(instant, zone) {
  if (!instant) {
    return '—';
  }
  return new Intl.DateTimeFormat(document.documentElement.lang || 'zh-CN', { timeZone: zone, month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** The traffic light's dot (GREEN, YELLOW, RED, or none), named for screen readers. */
export function light(value) {
  const name = value ? value.toLowerCase() : 'none';
  return element('span', { class: `swatch light-${name}`, role: 'img', 'aria-label': t(`map.light.${value || 'NONE'}`),
    title: t(`map.light.${value || 'NONE'}`) });
}

/** The name of a task in the user's language (desk.task.<key>), else the engine's name. */
export function taskName(task) {
  return has(`desk.task.${task.key}`) ? t(`desk.task.${task.key}`) : task.name;
}

/** The counts of the items per traffic light, as a list. */
export function drawCounts(counts, items) {
  const per = { RED: 0, YELLOW: 0, GREEN: 0 };
  items.forEach((item) => {
    const value = item.caseSummary.light;
    if (value in per) {
      per[value] += 1;
    }
  });
  counts.replaceChildren(...Object.keys(per).map((value) => element('li', {}, light(value),
    t(`desk.count.${value}`, { count: per[value] }))));
}

/** One queue item as a button; `arrived` marks a case that came in since the last load. */
export function queueItem(item, { zone, arrived, pressed }) {
  const summary = item.caseSummary;
  const place = [summary.district?.name, summary.street?.name].filter(Boolean).join(' · ');
  return element('li', {},
    element('button', { type: 'button', class: `queue-item${arrived ? ' arrived' : ''}`,
      id: `queue-case-${summary.id}`, dataCaseId: String(summary.id), dataTask: item.task.key,
      'aria-pressed': pressed ? 'true' : 'false' },
    light(summary.stageLight || summary.light),
    element('span', { class: 'queue-main' },
      element('strong', { class: 'queue-number' }, summary.number),
      element('span', { class: 'queue-category' }, summary.category?.name ?? ''),
      element('span', { class: 'queue-place' }, place)),
    element('span', { class: 'queue-side' },
      element('span', { class: `task-tag task-${item.task.key}` }, taskName(item.task)),
      arrived ? element('span', { class: 'new-tag' }, t('desk.new')) : null,
      element('time', { datetime: item.task.since }, shortTime(item.task.since, zone)))));
}
