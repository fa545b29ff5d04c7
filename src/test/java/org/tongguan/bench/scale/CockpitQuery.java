package org.tongguan.bench.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One statistics query of the bench: a grouping over the dates {@code [from, to)}, optionally within one district. */
record CockpitQuery(String name, String groupBy, LocalDate from, LocalDate to, String district) {

	/** The five cockpit queries of issue 14, then one year (and a day or more) at every region level, all ending {@code today}. */
	static List<CockpitQuery> all(LocalDate today, String district) {
		LocalDate year = today.minusYears(1);
		List<CockpitQuery> queries = new ArrayList<>(List.of(
				new CockpitQuery("city, last 30 days, by district", "district", today.minusDays(30), today, null),
				new CockpitQuery("one year by department", "department", year, today, null),
				new CockpitQuery("one year by category", "category", year, today, null),
				new CockpitQuery("three years by street", "street", today.minusYears(3), today, null),
				new CockpitQuery("one district, one month, by street", "street", today.minusMonths(1).withDayOfMonth(1),
						today.withDayOfMonth(1), district)));
		List<String> levels = List.of("province", "city", "district", "street", "community", "grid");
		for (int i = 0; i < levels.size(); i++) {
			// a period of its own (one more day each), so that no query repeats an earlier one's database work
			queries.add(new CockpitQuery("one year (+" + (i + 1) + " d) by " + levels.get(i), levels.get(i),
					year.minusDays(i + 1), today, null));
		}
		return queries;
	}

	/** The statistics API's address for this query, with the exact medians or without ({@code medians=false}). */
	String path(boolean medians) {
		return "/api/statistics/cases?groupBy=" + groupBy + "&from=" + from + "&to=" + to
				+ (district == null ? "" : "&district=" + district) + (medians ? "" : "&medians=false");
	}

	/** The same query starting {@code days} days earlier: a period of its own, so no answer repeats another's work. */
	CockpitQuery earlier(int days) {
		return new CockpitQuery(name, groupBy, from.minusDays(days), to, district);
	}
}
