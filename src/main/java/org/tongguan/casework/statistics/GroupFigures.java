package org.tongguan.casework.statistics;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.casework.Channel;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/**
 * The figures of a statistics query as they are gathered, by group key ({@code null} for cases without one): the
 * counts, the group's name and the handling times; then the report with its groups ordered by key.
 */
final class GroupFigures {

	private final GroupBy groupBy;

	private final Regions regions;

	private final Map<String, Counts> counts = new HashMap<>();

	private final Map<String, String> names = new HashMap<>();

	private final Map<String, HandlingTime> handling = new HashMap<>();

	private HandlingTime total;

	GroupFigures(GroupBy groupBy, Regions regions) {
		this.groupBy = groupBy;
		this.regions = regions;
	}

	/** Adds counts to a group; {@code name} is the group's name as the cases hold it, if the grouping has one. */
	void count(String key, Counts more, String name) {
		counts.merge(key, more, Counts::plus);
		String named = key == null ? "未指定" : groupBy.nameColumn() != null ? name : name(key);
		String known = names.get(key);
		if (known == null || named != null && named.compareTo(known) > 0) {
			names.put(key, named);
		}
	}

	/** Adds closures after the due time that count as closed in the period to a group. */
	void closedLate(String key, long closed, long closedOnTime) {
		counts.computeIfPresent(key, (k, c) -> c.plus(new Counts(0, 0, 0, closed, closedOnTime, 0, 0, 0, 0, 0)));
	}

	/** Sets a group's handling time. */
	void handling(String key, HandlingTime time) {
		handling.put(key, time);
	}

	/** Sets the handling time of all groups together. */
	void total(HandlingTime time) {
		this.total = time;
	}

	/** The report over the period. */
	StatisticsReport report(StatisticsQuery query) {
		HandlingTime none = new HandlingTimes().summary();
		List<GroupStatistics> groups = counts.keySet()
			.stream()
			.sorted(Comparator.nullsLast(Comparator.naturalOrder()))
			.map(key -> counts.get(key).indicators(key, names.get(key), handling.getOrDefault(key, none)))
			.toList();
		Counts all = counts.values().stream().reduce(Counts.ZERO, Counts::plus);
		return new StatisticsReport(query.from(), query.to(), groupBy, groups, all.indicators(null, "合计", total));
	}

	private String name(String key) {
		if (groupBy == GroupBy.CHANNEL) {
			return Channel.valueOf(key).label();
		}
		return groupBy.byRegion() ? regions.find(RegionCode.of(key)).map(Region::name).orElse(key) : key;
	}
}
