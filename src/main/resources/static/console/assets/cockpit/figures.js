// The cockpit's key figures (关键指标), each a number linked to the cases behind it and a sparkline of the last 14
// days whose points link to that day: reported today and this week, 结案率, 按期结案率 and 满意率 of the last 30
// days, and the cases overdue now.
import { t } from '../i18n.js';
import { element } from '../api.js';
import { chartIn, drawn, sparkline } from './charts.js';
import * as links from './links.js';

const daily = (column) => (state) => state.trend.map((day) => ({ day: day.day, value: day[column] }));

/** Reported per day, added up within each week (Monday first), so the line shows how each week filled up. */
function weekToDate(state) {
  let sum = 0;
  return state.trend.map((day) => {
    sum = (new Date(`${day.day}T00:00:00Z`).getUTCDay() === 1 ? 0 : sum) + day.reported;
    return { day: day.day, value: sum };
  });
}

const rateLink = (state) => links.statistics(state.period.from, state.period.today, 'district');

export const FIGURES = [
  { id: 'reportedToday', value: (s) => s.trend.at(-1).reported, series: daily('reported'),
    link: (s) => links.mapOfReported(s.period.today, s.period.today), pointLink: links.mapOfDay },
  { id: 'reportedWeek', value: (s) => s.trend.filter((day) => day.day >= s.period.monday)
    .reduce((sum, day) => sum + day.reported, 0), series: weekToDate,
  link: (s) => links.mapOfReported(s.period.monday, s.period.today), pointLink: links.mapOfDay },
  { id: 'closureRate', percent: true, value: (s) => s.overall.closureRate, series: daily('closureRate'),
    link: rateLink, pointLink: links.statisticsOfDay },
  { id: 'onTimeClosureRate', percent: true, value: (s) => s.overall.onTimeClosureRate,
    series: daily('onTimeClosureRate'), link: rateLink, pointLink: links.statisticsOfDay },
  { id: 'overdueNow', value: (s) => s.overdue,
    series: (s) => s.trend.map((day) => ({ day: day.day, value: day.dueToClose - day.closedOnTime })),
    link: links.mapOfOpenCases, pointLink: links.statisticsOfDay },
  { id: 'satisfactionRate', percent: true, value: (s) => s.overall.satisfactionRate,
    series: daily('satisfactionRate'), link: rateLink, pointLink: links.statisticsOfDay },
];

/** A figure's number as the user's language writes it; a rate without a denominator is a dash. */
export function formatted(value, percent) {
  if (value === null || value === undefined) {
    return '—';
  }
  const language = document.documentElement.lang || 'zh-CN';
  return percent ? `${value.toLocaleString(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`
    : value.toLocaleString(language);
}

/** The cards of the key figures; answers {cards, update(state, theme)}: update draws every number and sparkline. */
export function figureCards() {
  const parts = FIGURES.map((figure) => {
    const value = element('a', { class: 'figure-value', id: `figure-${figure.id}` }, '…');
    const box = element('div', { class: 'sparkline', role: 'img',
      'aria-label': t('cockpit.trend', { figure: t(`cockpit.figure.${figure.id}`) }) });
    const card = element('article', { class: `figure figure-${figure.id}` },
      element('h2', {}, t(`cockpit.figure.${figure.id}`)), value,
      element('p', { class: 'figure-note' }, t(`cockpit.figure.${figure.id}.note`)), box);
    return { figure, card, value, box, chart: null, series: [] };
  });

  async function update(state, theme) {
    await Promise.all(parts.map((part) => {
      const { figure } = part;
      const number = figure.value(state);
      part.value.textContent = formatted(number, figure.percent);
      part.value.dataset.value = number ?? '';
      part.value.href = figure.link(state);
      part.value.setAttribute('aria-label', `${t(`cockpit.figure.${figure.id}`)} ${part.value.textContent}`);
      part.series = figure.series(state);
      if (!part.chart) {
        part.chart = chartIn(part.box);
        part.chart.getZr().on('click', (event) => {
          const [index] = part.chart.convertFromPixel({ seriesIndex: 0 }, [event.offsetX, event.offsetY]);
          const day = part.series[Math.round(index)]?.day;
          if (day) {
            location.assign(figure.pointLink(day));
          }
        });
      }
      return drawn(part.chart, sparkline(part.series, { ...theme, percent: figure.percent }));
    }));
  }

  return { cards: parts.map((part) => part.card), update };
}
