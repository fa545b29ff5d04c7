// 工作日历 — the working calendar by year and month: holidays (休) and adjusted working days (班) on a month grid; a day
// is changed by importing the year again with that day changed (the platform replaces a year's special days as a
// whole, GET /api/calendar/days, POST /api/admin/calendar/import; DELETE /api/admin/calendar/years/{year} once the
// last one is taken back), and an official iCalendar file can be imported.
import { getJson, post, send, problemOf } from '../api.js';
import { clearErrors } from '../form-fields.js';
import { select, field, button, element, t, statusLine, report, errorList, formButtons, fill } from './kit.js';

const pad = (number) => String(number).padStart(2, '0');
const iso = (date) => date.toISOString().substring(0, 10);
const compact = (day) => day.replaceAll('-', '');

/** The year's special days as an iCalendar file the platform imports (one all-day event per day). */
function icalendar(days) {
  const events = days.map((day) => {
    const next = new Date(`${day.day}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return ['BEGIN:VEVENT', `UID:${day.day}@tongguan-console`, 'DTSTAMP:20260101T000000Z',
      `DTSTART;VALUE=DATE:${compact(day.day)}`, `DTEND;VALUE=DATE:${compact(iso(next))}`,
      `SUMMARY:${day.name}(${day.kind === 'HOLIDAY' ? '休' : '班'})`, 'END:VEVENT'].join('\r\n');
  });
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tongguan//console//ZH', ...events, 'END:VCALENDAR', '']
    .join('\r\n');
}

export async function render(panel, { me }) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: me.zone }).format(new Date());
  const year = select('calendars-year', [-1, 0, 1, 2].map((offset) => {
    const value = String(Number(today.substring(0, 4)) + offset);
    return { value, label: value };
  }));
  year.value = today.substring(0, 4);
  const month = select('calendars-month', Array.from({ length: 12 }, (unused, index) => ({ value: String(index + 1),
    label: t(`admin.calendars.month.${index + 1}`) })));
  month.value = String(Number(today.substring(5, 7)));
  const hours = await getJson('/api/calendar/working-hours');
  const status = statusLine('calendars');
  const grid = element('div', { class: 'month-grid', id: 'calendars-grid', role: 'grid' });
  const form = element('form', { class: 'admin-form', id: 'calendars-form', novalidate: true });
  panel.append(element('div', { class: 'admin-layout' },
    element('section', { class: 'admin-main' }, element('div', { class: 'admin-head' },
      element('h2', {}, t('admin.tab.calendars')), button(t('admin.calendars.import'), drawImport, 'primary')),
    element('p', { class: 'field-hint' }, t('admin.calendars.hours', { periods: hours.periods.join('、'),
      zone: hours.zone })),
    element('div', { class: 'filters' }, field('calendars-year', t('admin.calendars.year'), year),
      field('calendars-month', t('admin.calendars.monthLabel'), month)),
    element('ul', { class: 'calendar-legend' }, ['HOLIDAY', 'WORKDAY', 'weekend'].map((kind) => element('li', {},
      element('span', { class: `swatch day-${kind}` }), t(`admin.calendars.kind.${kind}`)))),
    status, grid),
    element('section', { class: 'admin-side' }, form)));
  let days = [];

  async function draw() {
    days = await getJson(`/api/calendar/days?year=${year.value}`);
    const special = new Map(days.map((day) => [day.day, day]));
    const first = new Date(Date.UTC(Number(year.value), Number(month.value) - 1, 1));
    const blanks = (first.getUTCDay() + 6) % 7;
    const length = new Date(Date.UTC(Number(year.value), Number(month.value), 0)).getUTCDate();
    grid.replaceChildren(...[1, 2, 3, 4, 5, 6, 0].map((weekday) => element('span', { class: 'weekday',
      role: 'columnheader' }, t(`admin.calendars.weekday.${weekday}`))),
    ...Array.from({ length: blanks }, () => element('span', { class: 'blank' })),
    ...Array.from({ length }, (unused, index) => {
      const date = `${year.value}-${pad(month.value)}-${pad(index + 1)}`;
      const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
      const day = special.get(date);
      const cell = button('', () => edit(date, day, weekend),
        `day ${day ? `day-${day.kind}` : weekend ? 'day-weekend' : ''} ${date === today ? 'today' : ''}`);
      cell.id = `calendars-day-${date}`;
      cell.append(element('strong', {}, String(index + 1)));
      if (day) {
        cell.append(element('span', {}, `${day.name} ${day.kind === 'HOLIDAY' ? '休' : '班'}`));
      }
      cell.setAttribute('aria-label', `${date} ${day ? day.name : ''}`);
      return cell;
    }));
  }

  async function store(changed, text) {
    // the year's last special day taken back: no calendar file is left to import, so the year is cleared
    const response = changed.length
      ? await post('/api/admin/calendar/import', icalendar(changed), { 'Content-Type': 'text/calendar; charset=utf-8' })
      : await send('DELETE', `/api/admin/calendar/years/${year.value}`);
    if (!response.ok) {
      report(status, false, t('admin.refused', { detail: (await problemOf(response)).detail }));
      return;
    }
    form.replaceChildren();
    report(status, true, text);
    await draw();
  }

  function edit(date, day, weekend) {
    const name = element('input', { id: 'calendars-name', value: day?.name ?? '' });
    const kinds = day ? ['normal'] : [weekend ? 'WORKDAY' : 'HOLIDAY'];
    const kind = select('calendars-kind', kinds.map((value) => ({ value, label: t(`admin.calendars.make.${value}`) })));
    fill(form, element('h2', {}, date),
      element('p', {}, day ? t('admin.calendars.isSpecial', { name: day.name,
        kind: t(`admin.calendars.kind.${day.kind}`) }) : t(weekend ? 'admin.calendars.isWeekend' : 'admin.calendars.isWorkday')),
      field('calendars-kind', t('admin.calendars.change'), kind),
      day ? null : field('calendars-name', t('admin.calendars.name'), name),
      formButtons(form, 'calendars'), statusLine('calendars-form'));
    form.onsubmit = async (event) => {
      event.preventDefault();
      clearErrors(form);
      if (!day && !name.value.trim()) {
        errorList('calendars-name', { errors: [{ field: '', message: t('admin.calendars.nameMissing') }] });
        return;
      }
      const changed = day ? days.filter((other) => other.day !== date)
        : [...days, { day: date, kind: kind.value, name: name.value.trim() }];
      await store(changed.sort((a, b) => a.day.localeCompare(b.day)), t('admin.calendars.changed', { date }));
    };
    kind.focus();
  }

  function drawImport() {
    const file = element('input', { id: 'calendars-file', type: 'file', accept: '.ics,text/calendar' });
    const formStatus = statusLine('calendars-form');
    form.replaceChildren(element('h2', {}, t('admin.calendars.import')),
      field('calendars-file', t('admin.calendars.file'), file, t('admin.calendars.fileHint')),
      formButtons(form, 'calendars', t('admin.import')), formStatus);
    form.onsubmit = async (event) => {
      event.preventDefault();
      clearErrors(form);
      const response = file.files.length ? await post('/api/admin/calendar/import', file.files[0],
        { 'Content-Type': 'text/calendar' }) : null;
      if (!response?.ok) {
        const problem = response ? await problemOf(response)
          : { errors: [{ field: '', message: t('admin.regions.noFile') }] };
        errorList('calendars-file', problem);
        report(formStatus, false, t('admin.refused', { detail: problem.detail ?? '' }));
        return;
      }
      const result = await response.json();
      form.replaceChildren();
      report(status, true, t('admin.calendars.imported', { ...result, years: result.years.join('、') }));
      await draw();
    };
    file.focus();
  }

  year.addEventListener('change', draw);
  month.addEventListener('change', draw);
  await draw();
}
