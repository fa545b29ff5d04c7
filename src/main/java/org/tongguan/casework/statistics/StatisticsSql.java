package org.tongguan.casework.statistics;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Satisfaction;
import org.tongguan.casework.query.RegionBounds;
import org.tongguan.region.RegionCode;

/**
 * The SQL of the statistics over {@code casework_case}: which cases a query sees (the caller's data scope and the
 * filters) and the conditional sums of the indicators, with named parameters.
 */
final class StatisticsSql {

	/** Cases that ended without closure (voided, merged into a master, transferred to 110) are never due. */
	private static final String NOT_ENDED = "stage NOT IN (" + Arrays.stream(CaseStage.values())
		.filter(stage -> stage.terminal() && stage != CaseStage.CLOSED)
		.map(stage -> "'" + stage.name() + "'")
		.collect(Collectors.joining(", ")) + ")";

	/** 应结案: due in the period and not closed before its due time, or closed in the period before its due time. */
	static final String DUE_TO_CLOSE = NOT_ENDED + " AND due_at IS NOT NULL AND ((" + within("due_at")
			+ " AND (closed_at IS NULL OR closed_at >= due_at)) OR (" + within("closed_at") + " AND closed_at < due_at))";

	private static final String SATISFIED = Arrays.stream(Satisfaction.values())
		.filter(Satisfaction::satisfied)
		.map(answer -> "'" + answer.name() + "'")
		.collect(Collectors.joining(", "));

	private final List<String> filters = new ArrayList<>();

	private final Map<String, Object> params = new HashMap<>();

	StatisticsSql(StatisticsQuery query) {
		params.put("from", query.from().atOffset(ZoneOffset.UTC));
		params.put("to", query.to().atOffset(ZoneOffset.UTC));
		if (query.department() != null) {
			filters.add("lead_department = :department");
			params.put("department", query.department().value());
		}
		if (query.category() != null) {
			filters.add("category_code = :category");
			params.put("category", query.category().value());
		}
	}

	/** Restricts the cases to a region's subtree, e.g. the caller's data scope; the platform's is every case. */
	void within(String name, RegionCode region) {
		List<RegionBounds.Bound> bounds = RegionBounds.of(region);
		for (int i = 0; i < bounds.size(); i++) {
			RegionBounds.Bound bound = bounds.get(i);
			filters.add(bound.column() + " " + bound.operator() + " :" + name + i);
			params.put(name + i, bound.value());
		}
	}

	/** Sums every counted indicator per group, over the cases with anything in the period. */
	String counts(GroupBy groupBy) {
		String key = groupBy.column();
		String name = groupBy.nameColumn() == null ? "" : ", MAX(" + groupBy.nameColumn() + ") AS group_name";
		return "SELECT " + key + " AS group_key" + name + ", "
				+ count(within("reported_at"), "reported") + ", "
				+ count(within("filed_at"), "filed") + ", "
				+ count(DUE_TO_CLOSE, "due_to_close") + ", "
				+ count(DUE_TO_CLOSE + " AND closed_at < :to", "closed") + ", "
				+ count(DUE_TO_CLOSE + " AND closed_at < :to AND on_time = TRUE", "closed_on_time") + ", "
				+ count(DUE_TO_CLOSE + " AND rework_count > 0", "reworked") + ", "
				+ sum(within("dispatched_at"), "dispatch_count", "dispatched") + ", "
				+ sum(within("dispatched_at"), "return_count", "returned") + ", "
				+ count(within("evaluated_at") + " AND satisfaction IS NOT NULL", "evaluated") + ", "
				+ count(within("evaluated_at") + " AND satisfaction IN (" + SATISFIED + ")", "satisfied")
				+ " FROM casework_case" + where("(" + within("reported_at") + " OR " + within("filed_at") + " OR "
						+ within("dispatched_at") + " OR " + within("evaluated_at") + " OR " + within("due_at") + " OR "
						+ within("closed_at") + ")")
				+ " GROUP BY " + key;
	}

	/**
	 * The filing and closure times of the filed cases closed in the period, with their group and calendar; for an
	 * imported case without a filing time, the time its handling counts from instead (acceptance, else report).
	 */
	String handlingTimes(GroupBy groupBy) {
		return "SELECT " + groupBy.column() + " AS group_key, COALESCE(filed_at, handling_from) AS filed_at, "
				+ "closed_at, calendar_kind FROM casework_case"
				+ where(NOT_ENDED + " AND COALESCE(filed_at, handling_from) IS NOT NULL AND " + within("closed_at"));
	}

	private String where(String condition) {
		StringJoiner where = new StringJoiner(" AND ", " WHERE ", "");
		filters.forEach(where::add);
		return where.add(condition).toString();
	}

	Map<String, Object> params() {
		return params;
	}

	private static String within(String column) {
		return column + " >= :from AND " + column + " < :to";
	}

	private static String count(String condition, String alias) {
		return sum(condition, "1", alias);
	}

	private static String sum(String condition, String value, String alias) {
		return "SUM(CASE WHEN " + condition + " THEN " + value + " ELSE 0 END) AS " + alias;
	}
}
