package org.tongguan.indicator;

import java.util.List;

import org.tongguan.region.RegionCode;

/**
 * Values of indicators were stored: the values a batch created and those it revised (not those it left unchanged),
 * published inside the transaction that wrote them, by every way in (push, import, computed).
 *
 * @param values the created and revised values, as stored
 */
public record IndicatorValuesRecorded(List<Recorded> values) {

	public IndicatorValuesRecorded {
		values = List.copyOf(values);
	}

	/**
	 * One stored value.
	 *
	 * @param indicator its indicator
	 * @param region its region
	 * @param period its period
	 * @param value the figure
	 * @param revised whether it corrected an earlier value (a new revision) rather than being the first
	 */
	public record Recorded(IndicatorCode indicator, RegionCode region, Period period, double value, boolean revised) {
	}
}
