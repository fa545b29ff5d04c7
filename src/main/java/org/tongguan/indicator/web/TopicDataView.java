package org.tongguan.indicator.web;

import java.time.LocalDate;
import java.util.List;

import org.tongguan.indicator.Direction;
import org.tongguan.indicator.Frequency;
import org.tongguan.indicator.IndicatorPlan;
import org.tongguan.indicator.ThresholdLevel;
import org.tongguan.indicator.ValueSource;
import org.tongguan.indicator.WarningLevel;
import org.tongguan.indicator.topic.TopicPage;
import org.tongguan.region.Region;

/**
 * A topic page's data (专题数据): the topic, the region and span asked for, and each indicator's series.
 *
 * @param topic the topic as the caller sees it
 * @param region the region
 * @param from the first day
 * @param to the last day
 * @param series one per indicator, in the topic's order
 */
record TopicDataView(TopicView topic, RegionItem region, LocalDate from, LocalDate to, List<SeriesItem> series) {

	static TopicDataView of(TopicPage page) {
		return new TopicDataView(TopicView.of(page.topic()), RegionItem.of(page.region()), page.from(), page.to(),
				page.series().stream().map(SeriesItem::of).toList());
	}

	/**
	 * A region.
	 *
	 * @param code its code
	 * @param name its name
	 */
	record RegionItem(String code, String name) {

		static RegionItem of(Region region) {
			return new RegionItem(region.code().value(), region.name());
		}
	}

	/**
	 * One indicator's figures.
	 *
	 * @param code its code
	 * @param name its name
	 * @param unit its unit
	 * @param direction which values are good
	 * @param frequency how often it is published
	 * @param source how the region's latest value came in, absent without one
	 * @param target its target, absent without one
	 * @param targetLow the lower end of its target band, absent without one
	 * @param targetHigh the upper end of its target band
	 * @param thresholds its warning levels
	 * @param latest the region's latest value up to the span's end, absent without one
	 * @param trend the region's values within the span, one per period
	 * @param regions each child region's latest value up to the span's end
	 */
	record SeriesItem(String code, String name, String unit, Direction direction, Frequency frequency,
			ValueSource source, Double target, Double targetLow, Double targetHigh, List<ThresholdItem> thresholds,
			PointItem latest, TrendItem trend, List<RegionPointItem> regions) {

		static SeriesItem of(TopicPage.Series series) {
			IndicatorPlan plan = series.plan();
			return new SeriesItem(plan.code().value(), plan.name(), plan.unit(), plan.direction(), plan.frequency(),
					series.source(), plan.target(), plan.targetBand().min(), plan.targetBand().max(),
					plan.thresholds().levels().stream().map(ThresholdItem::of).toList(),
					series.latest() == null ? null : PointItem.of(series.latest()),
					TrendItem.of(series.trend()),
					series.regions().stream()
						.map(point -> new RegionPointItem(RegionItem.of(point.region()), point.period().text(),
								point.value()))
						.toList());
		}
	}

	/**
	 * A warning level's bounds.
	 *
	 * @param level BLUE, YELLOW, ORANGE or RED
	 * @param below reached at or below this, absent for none
	 * @param above reached at or above this, absent for none
	 */
	record ThresholdItem(WarningLevel level, Double below, Double above) {

		static ThresholdItem of(ThresholdLevel level) {
			return new ThresholdItem(level.level(), level.below(), level.above());
		}
	}

	/**
	 * 走势 — values of consecutive periods: {@code {"start": "2025-03-01", "values": [41.0, null, 42.0]}} is 41 for
	 * the period beginning on 2025-03-01, nothing for the next, 42 for the one after (days, ISO weeks, months,
	 * quarters or years, as the frequency says).
	 *
	 * @param start the first day of the first period with a value, absent when there is none
	 * @param values the value of each period from the first to the last with a value, {@code null} for one without
	 */
	record TrendItem(LocalDate start, List<Double> values) {

		static TrendItem of(TopicPage.Trend trend) {
			return new TrendItem(trend.first() == null ? null : trend.first().start(), trend.values());
		}
	}

	/**
	 * One value.
	 *
	 * @param period its period, e.g. {@code 2026-11}
	 * @param value the value
	 */
	record PointItem(String period, double value) {

		static PointItem of(TopicPage.Point point) {
			return new PointItem(point.period().text(), point.value());
		}
	}

	/**
	 * A child region's latest value.
	 *
	 * @param region the region
	 * @param period its period
	 * @param value the value
	 */
	record RegionPointItem(RegionItem region, String period, double value) {
	}
}
