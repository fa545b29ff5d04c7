// The cockpit's figures, all from the platform's APIs within the user's data scope: the case statistics
// (GET /api/statistics/cases, whole days in the city's time zone, answered from the statistics' ready data) for the
// daily trends and the rankings of the last 30 days, and the case list (GET /api/cases) for the cases overdue now.
import { getJson } from '../api.js';
import { OPEN_STAGES } from '../case/format.js';
import { cityDate, addDays, mondayOf } from '../dates.js';

/** Days in the trend lines, and in the period of the rates and rankings. */
export const TREND_DAYS = 14;
export const PERIOD_DAYS = 30;

/** The days the cockpit counts, today in the city's time zone: {today, tomorrow, monday, from, trendFrom}. */
export function days(zone) {
  const today = cityDate(new Date(), zone);
  return { today, tomorrow: addDays(today, 1), monday: mondayOf(today), from: addDays(today, 1 - PERIOD_DAYS),
    trendFrom: addDays(today, 1 - TREND_DAYS) };
}

function statistics(query) {
  return getJson(`/api/statistics/cases?${new URLSearchParams({ medians: 'false', ...query })}`);
}

/** The totals of one day: reported, closureRate, onTimeClosureRate, dueToClose, closedOnTime, satisfactionRate… */
export async function dayTotals(day) {
  const report = await statistics({ groupBy: 'city', from: day, to: addDays(day, 1) });
  return { day, ...report.total };
}

/** The totals of each of the trend's days, oldest first. */
export function trend(period) {
  return Promise.all(Array.from({ length: TREND_DAYS }, (unused, i) => dayTotals(addDays(period.trendFrom, i))));
}

/** The statistics of the last 30 days (today included) grouped by district, department or category. */
export function grouped(groupBy, period) {
  return statistics({ groupBy, from: period.from, to: period.tomorrow });
}

/** How many cases of the user's scope are overdue now: still open and past their due time. */
export async function overdueNow() {
  const query = new URLSearchParams({ light: 'RED', size: '1' });
  OPEN_STAGES.forEach((stage) => query.append('stage', stage));
  return (await getJson(`/api/cases?${query}`)).total;
}
