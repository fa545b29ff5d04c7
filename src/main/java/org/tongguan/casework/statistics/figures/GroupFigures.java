package org.tongguan.casework.statistics.figures;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tongguan.casework.Channel;
import org.tongguan.casework.statistics.GroupBy;
import org.tongguan.casework.statistics.GroupStatistics;
import org.tongguan.casework.statistics.HandlingTime;
import org.tongguan.casework.statistics.StatisticsQuery;
import org.tongguan.casework.statistics.StatisticsReport;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.Regions;

/**
 * The figures of a statistics query as they are gathered, by group key ({@code null} for cases without one): the
 * counts, the group's name and the handling times; then the report with its groups ordered by key.
 */
public final class GroupFigures {

	private final GroupBy groupBy;

	private final Regions regions;

	private final Map<String, Counts> counts = new HashMap<>();

	private final Map<String, String> names = new HashMap<>();

	private final Map<String, HandlingTime> handling = new HashMap<>();

	/** Per group, and in all: how many cases closed, and the sums of their working and calendar seconds. */
	private final Map<String, long[]> handlingSums = new HashMap<>();

	private final long[] totalSums = new long[3];

	private HandlingTime total;

	public GroupFigures(GroupBy groupBy, Regions regions) {
		this.groupBy = groupBy;
		this.regions = regions;
	}

	/** Adds counts to a group; {@code name} is the group's name as the cases hold it, if the grouping has one. */
	public void count(String key, Counts more, String name) {
		counts.merge(key, more, Counts::plus);
		if (key == null) {
			names.put(null, "未指定");
		}
		else if (groupBy.nameColumn() == null) {
			// a region's or channel's name is looked up once per group, not once per cell or row counted
			names.computeIfAbsent(key, this::name);
		}
		else if (name != null) {
			names.merge(key, name, (known, named) -> named.compareTo(known) > 0 ? named : known);
		}
	}

	/** How many groups have counts so far. */
	public int groups() {
		return counts.size();
	}

	/** Adds closures after the due time to a group's closed and closed on time (or takes them away, when negative). */
	public void closedLate(String key, long closed, long closedOnTime) {
		counts.computeIfPresent(key, (k, c) -> c.plus(new Counts(0, 0, 0, closed, closedOnTime, 0, 0, 0, 0, 0)));
	}

	/** Adds handling times, without their medians, to a group: how many cases and their sums in seconds. */
	public void handlingSums(String key, long cases, long workingSeconds, long calendarSeconds) {
		long[] sums = handlingSums.computeIfAbsent(key, k -> new long[3]);
		long[] more = { cases, workingSeconds, calendarSeconds };
		for (int i = 0; i < more.length; i++) {
			sums[i] += more[i];
			totalSums[i] += more[i];
		}
	}

	/** Sets a group's handling time. */
	public void handling(String key, HandlingTime time) {
		handling.put(key, time);
	}

	/** Sets a group's median handling times, with its other handling figures from the sums added before. */
	public void medians(String key, Double workingMedian, Double calendarMedian) {
		handling(key, withMedians(handlingSums.getOrDefault(key, new long[3]), workingMedian, calendarMedian));
	}

	/** Sets the median handling times of all groups together, with the other figures from the sums added before. */
	public void totalMedians(Double workingMedian, Double calendarMedian) {
		total(withMedians(totalSums, workingMedian, calendarMedian));
	}

	/** Sets the handling time of all groups together. */
	public void total(HandlingTime time) {
		this.total = time;
	}

	/**
	 * The report over the period; handling times set without their medians are summed up, and when the query asks
	 * for no medians, none are answered.
	 */
	public StatisticsReport report(StatisticsQuery query) {
		List<GroupStatistics> groups = counts.keySet()
			.stream()
			.sorted(Comparator.nullsLast(Comparator.naturalOrder()))
			.map(key -> counts.get(key).indicators(key, names.get(key), handlingTime(query,
					handling.containsKey(key) ? handling.get(key) : sums(handlingSums.get(key)))))
			.toList();
		Counts all = counts.values().stream().reduce(Counts.ZERO, Counts::plus);
		return new StatisticsReport(query.from(), query.to(), groupBy, groups,
				all.indicators(null, "合计", handlingTime(query, total != null ? total : sums(totalSums))));
	}

	private static HandlingTime withMedians(long[] sums, Double workingMedian, Double calendarMedian) {
		return HandlingTimes.summary(sums[0], sums[1], sums[2], workingMedian, calendarMedian);
	}

	private static HandlingTime sums(long[] sums) {
		return sums == null ? new HandlingTimes().summary()
				: withMedians(sums, null, null);
	}

	private static HandlingTime handlingTime(StatisticsQuery query, HandlingTime time) {
		return query.medians() ? time
				: new HandlingTime(time.cases(), time.averageWorkingHours(), null, time.averageCalendarHours(), null);
	}

	private String name(String key) {
		if (groupBy == GroupBy.CHANNEL) {
			return Channel.valueOf(key).label();
		}
		return groupBy.byRegion() ? regions.find(RegionCode.of(key)).map(Region::name).orElse(key) : key;
	}
}
