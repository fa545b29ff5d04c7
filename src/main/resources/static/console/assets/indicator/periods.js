// Periods of indicator values in the form of their frequency (2025-03-05 day, 2025-W10 ISO week, 2025-03 month,
// 2025-Q1 quarter, 2025 year), from the city's calendar days, for the value reads' from and to.
import { addDays, mondayOf } from '../dates.js';

/** The ISO week (2025-W10) of a yyyy-mm-dd day: the week of its Thursday. */
function isoWeek(day) {
  const thursday = addDays(mondayOf(day), 3);
  const year = Number(thursday.substring(0, 4));
  const first = Date.UTC(year, 0, 1);
  const week = Math.floor((Date.parse(`${thursday}T00:00:00Z`) - first) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The period of the frequency that holds the yyyy-mm-dd day. */
export function periodOf(day, frequency) {
  switch (frequency) {
    case 'WEEKLY': return isoWeek(day);
    case 'MONTHLY': return day.substring(0, 7);
    case 'QUARTERLY': return `${day.substring(0, 4)}-Q${Math.floor((Number(day.substring(5, 7)) - 1) / 3) + 1}`;
    case 'YEARLY': return day.substring(0, 4);
    default: return day;
  }
}

/** The first day of the month `months` months after the yyyy-mm-dd day's month. */
function monthsLater(day, months) {
  const month = Number(day.substring(0, 4)) * 12 + Number(day.substring(5, 7)) - 1 + months;
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

/** The first day of the period of the frequency after the one that begins on the yyyy-mm-dd day. */
function nextStart(day, frequency) {
  switch (frequency) {
    case 'WEEKLY': return addDays(day, 7);
    case 'MONTHLY': return monthsLater(day, 1);
    case 'QUARTERLY': return monthsLater(day, 3);
    case 'YEARLY': return monthsLater(day, 12);
    default: return addDays(day, 1);
  }
}

/**
 * The points [{period, value}] of a trend {start, values} of the frequency (the value of each period from the one
 * beginning on the day start, null for a period without one), oldest first, leaving out the periods without a value.
 */
export function trendPoints(trend, frequency) {
  const points = [];
  let day = trend?.start;
  for (const value of trend?.values ?? []) {
    if (value !== null) {
      points.push({ period: periodOf(day, frequency), value });
    }
    day = nextStart(day, frequency);
  }
  return points;
}

/** The ranges a chart offers, in days back from today; `all` reads every value. */
export const RANGES = { '90d': 90, '1y': 365, '2y': 730, all: null };

/** The from period of a range ending today (yyyy-mm-dd), or null for all. */
export function rangeStart(range, today, frequency) {
  const days = RANGES[range];
  return days === null ? null : periodOf(addDays(today, -days), frequency);
}

/** How far back a sparkline reaches, by frequency: about thirty points of daily values, fewer of slower ones. */
const SPARK_DAYS = { DAILY: 30, WEEKLY: 182, MONTHLY: 730, QUARTERLY: 1095, YEARLY: 3650 };

/** The from period of a sparkline of the frequency ending today (yyyy-mm-dd). */
export function sparkStart(frequency, today) {
  return periodOf(addDays(today, -(SPARK_DAYS[frequency] ?? 30)), frequency);
}
