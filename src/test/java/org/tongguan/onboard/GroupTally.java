package org.tongguan.onboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected indicators of one statistics group, summed case by case, with the rates, grade and handling times
 * derived the way the statistics API publishes them (percentages rounded to 0.01, {@code null} for a zero
 * denominator; hours rounded to 0.01).
 */
final class GroupTally {

	long reported;

	long filed;

	long dueToClose;

	long closed;

	long closedOnTime;

	long reworked;

	long dispatched;

	long returned;

	long evaluated;

	long satisfied;

	private final List<Long> handlingSeconds = new ArrayList<>();

	private boolean allRoundTheClock = true;

	/** Notes the filing-to-closure time of a case closed in the period. */
	void handled(long seconds, boolean roundTheClock) {
		handlingSeconds.add(seconds);
		allRoundTheClock &= roundTheClock;
	}

	void add(GroupTally other) {
		reported += other.reported;
		filed += other.filed;
		dueToClose += other.dueToClose;
		closed += other.closed;
		closedOnTime += other.closedOnTime;
		reworked += other.reworked;
		dispatched += other.dispatched;
		returned += other.returned;
		evaluated += other.evaluated;
		satisfied += other.satisfied;
		handlingSeconds.addAll(other.handlingSeconds);
		allRoundTheClock &= other.allRoundTheClock;
	}

	/**
	 * The indicators as the statistics JSON names them; {@code handlingTime.*} in calendar hours, and in working hours
	 * only where every case counted runs 24×7 (then working time is calendar time; other calendars need the working
	 * calendar's arithmetic, which this independent check does not repeat).
	 */
	Map<String, Object> indicators() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("reported", reported);
		values.put("filed", filed);
		values.put("dueToClose", dueToClose);
		values.put("closed", closed);
		values.put("closedOnTime", closedOnTime);
		values.put("closureRate", percent(closed, dueToClose));
		Double onTime = percent(closedOnTime, dueToClose);
		values.put("onTimeClosureRate", onTime);
		values.put("grade", grade(onTime));
		values.put("reworked", reworked);
		values.put("reworkRate", percent(reworked, dueToClose));
		values.put("dispatched", dispatched);
		values.put("wronglyDispatched", returned);
		values.put("accuratelyDispatched", dispatched - returned);
		values.put("accurateDispatchRate", percent(dispatched - returned, dispatched));
		values.put("evaluated", evaluated);
		values.put("satisfied", satisfied);
		values.put("satisfactionRate", percent(satisfied, evaluated));
		values.put("handlingTime.cases", (long) handlingSeconds.size());
		long[] sorted = handlingSeconds.stream().mapToLong(Long::longValue).sorted().toArray();
		Double average = sorted.length == 0 ? null : hours((double) Arrays.stream(sorted).sum() / sorted.length);
		Double median = sorted.length == 0 ? null : hours(sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0);
		values.put("handlingTime.averageCalendarHours", average);
		values.put("handlingTime.medianCalendarHours", median);
		if (allRoundTheClock && sorted.length > 0) {
			values.put("handlingTime.averageWorkingHours", average);
			values.put("handlingTime.medianWorkingHours", median);
		}
		return values;
	}

	private static Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(10000.0 * part / whole) / 100.0;
	}

	private static Double hours(double seconds) {
		return Math.round(seconds / 36.0) / 100.0;
	}

	private static String grade(Double percent) {
		if (percent == null) {
			return null;
		}
		return percent >= 90 ? "A" : percent >= 75 ? "B" : percent >= 60 ? "C" : percent >= 40 ? "D" : "E";
	}
}
