// Where each cockpit number leads: the console pages that show the cases behind it, with the filters in the
// address (the map's case filters: from, to, stage, department, category; the statistics page's period from, to,
// groupBy and the filters district, department, category; both pages' periods include their last day).
import { OPEN_STAGES } from '../case/format.js';

function page(path, query) {
  const address = new URLSearchParams();
  Object.entries(query).forEach(([name, value]) => [value].flat().forEach((one) => address.append(name, one)));
  return `${path}?${address}`;
}

/** The map of the cases reported on the days from–to (both inclusive). */
export function mapOfReported(from, to) {
  return page('/console/map', { from, to });
}

/** The map of the cases still being worked on (their red points are the overdue ones). */
export function mapOfOpenCases() {
  return page('/console/map', { stage: OPEN_STAGES });
}

/** The statistics of the days from–to (both inclusive), grouped, optionally filtered. */
export function statistics(from, to, groupBy, filters = {}) {
  return page('/console/statistics', { from, to, groupBy, ...filters });
}

/** The statistics of one day of a trend, by district. */
export function statisticsOfDay(day) {
  return statistics(day, day, 'district');
}

/** The map of the cases reported on one day of a trend. */
export function mapOfDay(day) {
  return mapOfReported(day, day);
}

/** One ranked group's cases: a district by street, a department or a category by district. */
export function rankedGroup(groupBy, key, period) {
  const drill = { district: ['street', { district: key }], department: ['district', { department: key }],
    category: ['district', { category: key }] }[groupBy];
  return statistics(period.from, period.today, drill[0], drill[1]);
}
