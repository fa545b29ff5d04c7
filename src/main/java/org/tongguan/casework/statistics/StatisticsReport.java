package org.tongguan.casework.statistics;

import java.time.Instant;
import java.util.List;

/**
 * Case statistics (案件统计) for a period: one row per group, ordered by key (cases without a key last), and the total
 * over all groups.
 *
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive
 * @param groupBy how the cases are grouped
 * @param groups the indicators per group
 * @param total the indicators of all cases counted
 */
public record StatisticsReport(Instant from, Instant to, GroupBy groupBy, List<GroupStatistics> groups,
		GroupStatistics total) {
}
