// Calendar days in the city's time zone, as the platform's APIs take them (yyyy-mm-dd, midnight on the city's clock).

/** A date as yyyy-mm-dd in the city's time zone. */
export function cityDate(date, zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date);
}

/** The day `days` days after (or before, when negative) the yyyy-mm-dd day. */
export function addDays(iso, days) {
  const day = new Date(`${iso}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().substring(0, 10);
}

/** The Monday of the week (ISO weeks, as in China) of the yyyy-mm-dd day. */
export function mondayOf(iso) {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((weekday + 6) % 7));
}
