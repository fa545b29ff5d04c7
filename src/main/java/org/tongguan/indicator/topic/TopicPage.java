package org.tongguan.indicator.topic;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.Period;
import org.tongguan.indicator.ValueSource;
import org.tongguan.region.Region;

/**
 * A topic page's data: for each indicator of the topic the caller may see, the region's series over a span of days
 * and the latest value of each of the region's child regions (for the map).
 *
 * @param topic the topic as the caller sees it
 * @param region the region asked for
 * @param from the first day of the span
 * @param to the last day of the span
 * @param series one per indicator, in the topic's order
 */
public record TopicPage(Topic topic, Region region, LocalDate from, LocalDate to, List<Series> series) {

	/**
	 * One indicator's figures.
	 *
	 * @param plan its current plan
	 * @param source how the region's latest value came in, {@code null} when it has none
	 * @param latest the region's latest value up to the span's end (possibly before the span), {@code null} if none
	 * @param trend the region's values whose periods begin within the span (a period holding the first day counts)
	 * @param regions the latest value up to the span's end of each child region the indicator is published for
	 */
	public record Series(IndicatorPlan plan, ValueSource source, Point latest, Trend trend,
			List<RegionPoint> regions) {
	}

	/**
	 * 走势 — a region's values over consecutive periods of one frequency, from the first period with a value to the
	 * last: one number per period instead of a point each.
	 *
	 * @param first the first period with a value, {@code null} when there is none
	 * @param values the value of each period from the first on, {@code null} for a period without one
	 */
	public record Trend(Period first, List<Double> values) {

		/** A trend without values. */
		static final Trend NONE = new Trend(null, List.of());

		/**
		 * The trend of the values of consecutive periods of the frequency from the one beginning on {@code start},
		 * {@code null} for a period without one: from the first period with a value to the last.
		 */
		static Trend of(Frequency frequency, LocalDate start, Double[] values) {
			int first = 0;
			int last = values.length - 1;
			while (first <= last && values[first] == null) {
				first++;
			}
			while (last > first && values[last] == null) {
				last--;
			}
			return first > last ? NONE : new Trend(new Period(frequency, frequency.plus(start, first)),
					Collections.unmodifiableList(Arrays.asList(values).subList(first, last + 1)));
		}
	}

	/**
	 * One value with its period.
	 *
	 * @param period its period
	 * @param value the value
	 */
	public record Point(Period period, double value) {
	}

	/**
	 * A child region's latest value.
	 *
	 * @param region the child region
	 * @param period the period of its latest value
	 * @param value the value
	 */
	public record RegionPoint(Region region, Period period, double value) {
	}
}
