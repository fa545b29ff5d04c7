package org.tongguan.bench.scale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The figures of one statistics group that the bench compares: the counts, the number of handled cases and their
 * average and median handling time in calendar hours and in working hours, rounded to 0.01 as the statistics API
 * publishes them. Rates and grades follow from the counts.
 */
record Figures(List<Object> values) {

	/** The compared figures' names, in order. */
	static final List<String> NAMES = List.of("reported", "filed", "dueToClose", "closed", "closedOnTime", "reworked",
			"dispatched", "wronglyDispatched", "evaluated", "satisfied", "handlingTime.cases",
			"handlingTime.averageCalendarHours", "handlingTime.medianCalendarHours",
			"handlingTime.averageWorkingHours", "handlingTime.medianWorkingHours");

	/** A group with nothing counted. */
	static final Figures NONE = of(new long[11], Arrays.asList(null, null, null, null));

	/**
	 * The figures from eleven counts (in {@link #NAMES}' order) and the average and median calendar and working
	 * handling times in seconds.
	 */
	static Figures of(long[] counts, List<Double> handlingSeconds) {
		List<Object> values = new ArrayList<>();
		Arrays.stream(counts).forEach(values::add);
		handlingSeconds.forEach(seconds -> values.add(hours(seconds)));
		return new Figures(values);
	}

	/** The figures of one group of the statistics API's answer. */
	static Figures of(JsonNode group) {
		List<Object> values = new ArrayList<>();
		for (String name : NAMES) {
			JsonNode node = name.startsWith("handlingTime.") ? group.path("handlingTime").path(name.substring(13))
					: group.path(name);
			values.add(node.isNull() || node.isMissingNode() ? null : node.isIntegralNumber() ? (Object) node.asLong()
					: (Object) node.asDouble());
		}
		return new Figures(values);
	}

	/** A count by its name in {@link #NAMES}. */
	long count(String name) {
		return (Long) values.get(NAMES.indexOf(name));
	}

	/** An average or median in hours by its name in {@link #NAMES}, {@code null} over no case. */
	Double handlingHours(String name) {
		return (Double) values.get(NAMES.indexOf(name));
	}

	private static Double hours(Double seconds) {
		return seconds == null ? null : Math.round(seconds / 36.0) / 100.0;
	}
}
