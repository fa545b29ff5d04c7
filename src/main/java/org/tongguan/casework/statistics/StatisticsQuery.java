package org.tongguan.casework.statistics;

import java.time.Instant;

import org.tongguan.catalog.CategoryCode;
import org.tongguan.identity.DepartmentCode;
import org.tongguan.region.RegionCode;

/**
 * What to count: a period {@code [from, to)}, a grouping and optional filters.
 *
 * @param groupBy how the cases are grouped
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 * @param region only cases in this region's subtree (a district, or a street, community or grid), or {@code null}
 * @param department only cases with this lead department, or {@code null}
 * @param category only cases of this sub-category, or {@code null}
 * @param medians whether to compute the exact median handling times too (without them the handling times hold the
 * count and the averages, and a whole-day period reads the cells alone)
 */
public record StatisticsQuery(GroupBy groupBy, Instant from, Instant to, RegionCode region, DepartmentCode department,
		CategoryCode category, boolean medians) {

	public StatisticsQuery {
		if (groupBy == null || from == null || to == null) {
			throw new IllegalArgumentException("Statistics need a grouping and a period");
		}
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("The period must end after it starts: from " + from + ", to " + to);
		}
	}
}
