package org.tongguan.bench.scale;

import java.time.LocalDate;
import java.util.List;

/**
 * One case-based indicator series of the bench: an indicator's values for one region over {@code periods} days or
 * months ending with the last whole one before today, and how each value follows from the statistics' figures of its
 * period (as {@code indicator/computed/cases.csv} maps it).
 *
 * @param name what the line prints
 * @param code the indicator
 * @param region the region's code
 * @param monthly months, else days
 * @param periods how many periods the series spans
 * @param figure which figure the value is
 * @param category only the cases whose sub-category starts with this (a 大类), or {@code null}
 */
record IndicatorQuery(String name, String code, String region, boolean monthly, int periods, Figure figure,
		String category) {

	/** The handful of series the bench times: rates, a median and counts, for the city, a district and a street. */
	static List<IndicatorQuery> all(ScaleCity.Grid place) {
		return List.of(
				new IndicatorQuery("结案率 L14P2-A2, city, 36 months", "L14P2-A2", place.city(), true, 36,
						Figure.CLOSURE_RATE, null),
				new IndicatorQuery("按期结案率 L14P2-A3, a street, 36 months", "L14P2-A3", place.street(), true, 36,
						Figure.ON_TIME_CLOSURE_RATE, null),
				new IndicatorQuery("满意率 L14P3-A1, a district, 36 months", "L14P3-A1", place.district(), true, 36,
						Figure.SATISFACTION_RATE, null),
				new IndicatorQuery("处置用时中位数 L14P2-A7, city, 36 months", "L14P2-A7", place.city(), true, 36,
						Figure.MEDIAN_WORKING_HOURS, null),
				new IndicatorQuery("上报量 L14P1-A3, city, 365 days", "L14P1-A3", place.city(), false, 365,
						Figure.REPORTED, null),
				new IndicatorQuery("市容环境类 L14P4-A1, a district, 365 days", "L14P4-A1", place.district(), false, 365,
						Figure.REPORTED, "E01"));
	}

	/** The last period of run {@code run}: each run ends a period earlier, so no run repeats another's reads. */
	LocalDate last(LocalDate today, int run) {
		return monthly ? today.withDayOfMonth(1).minusMonths(1 + run) : today.minusDays(1 + run);
	}

	/** The first period of run {@code run}. */
	LocalDate first(LocalDate today, int run) {
		LocalDate last = last(today, run);
		return monthly ? last.minusMonths(periods - 1) : last.minusDays(periods - 1);
	}

	/** The indicators API's address of run {@code run}'s series. */
	String path(LocalDate today, int run) {
		return "/api/indicators/" + code + "/values?region=" + region + "&from=" + text(first(today, run)) + "&to="
				+ text(last(today, run));
	}

	/** A period as the indicators API writes it. */
	String text(LocalDate start) {
		return monthly ? start.toString().substring(0, 7) : start.toString();
	}

	/**
	 * The value the platform publishes for a period with these figures: a count always; a rate or median only over at
	 * least {@code fewestCases} reported cases and a case to take it over; {@code null} when none is published.
	 */
	Double value(Figures figures, long fewestCases) {
		if (figure == Figure.REPORTED) {
			return (double) figures.count("reported");
		}
		if (figures.count("reported") < fewestCases) {
			return null;
		}
		return switch (figure) {
			case CLOSURE_RATE -> percent(figures.count("closed"), figures.count("dueToClose"));
			case ON_TIME_CLOSURE_RATE -> percent(figures.count("closedOnTime"), figures.count("dueToClose"));
			case SATISFACTION_RATE -> percent(figures.count("satisfied"), figures.count("evaluated"));
			case MEDIAN_WORKING_HOURS -> figures.handlingHours("handlingTime.medianWorkingHours");
			case REPORTED -> throw new IllegalStateException("counted above");
		};
	}

	private static Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(10000.0 * part / whole) / 100.0;
	}

	/** Which figure of the statistics a value is. */
	enum Figure {
		/** 上报数 (of the category, when the query names one). */
		REPORTED,
		/** 结案率: closed ÷ due to close. */
		CLOSURE_RATE,
		/** 按期结案率: closed on time ÷ due to close. */
		ON_TIME_CLOSURE_RATE,
		/** 满意率: satisfied ÷ evaluated. */
		SATISFACTION_RATE,
		/** 处置用时中位数 in working hours. */
		MEDIAN_WORKING_HOURS
	}
}
