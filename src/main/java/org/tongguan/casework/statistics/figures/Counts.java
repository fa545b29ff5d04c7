package org.tongguan.casework.statistics.figures;

import org.tongguan.casework.statistics.CaseStatistics;
import org.tongguan.casework.statistics.Grade;
import org.tongguan.casework.statistics.GroupStatistics;
import org.tongguan.casework.statistics.HandlingTime;

/**
 * The counts of one group as the aggregation query sums them; see {@link CaseStatistics} for what each counts.
 */
public record Counts(long reported, long filed, long dueToClose, long closed, long closedOnTime, long reworked,
		long dispatched, long returned, long evaluated, long satisfied) {

	static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	Counts plus(Counts other) {
		return new Counts(reported + other.reported, filed + other.filed, dueToClose + other.dueToClose,
				closed + other.closed, closedOnTime + other.closedOnTime, reworked + other.reworked,
				dispatched + other.dispatched, returned + other.returned, evaluated + other.evaluated,
				satisfied + other.satisfied);
	}

	/** The indicators of these counts. */
	GroupStatistics indicators(String key, String name, HandlingTime handlingTime) {
		Double onTimeRate = percent(closedOnTime, dueToClose);
		return new GroupStatistics(key, name, reported, filed, dueToClose, closed, closedOnTime,
				percent(closed, dueToClose), onTimeRate, Grade.of(onTimeRate), reworked, percent(reworked, dueToClose),
				dispatched, returned, dispatched - returned, percent(dispatched - returned, dispatched), handlingTime,
				evaluated, satisfied, percent(satisfied, evaluated));
	}

	/** The ratio in percent rounded to 0.01, {@code null} for a zero denominator. */
	static Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(10000.0 * part / whole) / 100.0;
	}
}
